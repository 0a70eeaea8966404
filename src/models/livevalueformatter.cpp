#include "livevalueformatter.h"

#include "senec/senecvaluecodec.h"

#include <charconv>
#include <cmath>

namespace kw::models {
namespace {

// Digits after the point that a scale such as 0.1 or 0.001 needs, so 235 × 0.1 shows as "23.5"
// and not as "23.500000000000004"; −1 when the scale has no short decimal form.
int decimalsOfScale(double scale)
{
    if (scale >= 1.0)
        return 0;
    double scaled = scale;
    for (int digits = 0; digits <= 9; ++digits) {
        if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::abs(scaled)))
            return digits;
        scaled *= 10.0;
    }
    return -1;
}

// Digits after the point of the shortest text that reads back as exactly this float: a float32
// from the device carries about seven significant digits, and printing more would invent them.
int shortestFloatDecimals(float value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (result.ec != std::errc())
        return 6;
    const std::string_view text(buffer, static_cast<size_t>(result.ptr - buffer));
    const auto point = text.find('.');
    return point == std::string_view::npos ? 0 : int(text.size() - point - 1);
}

} // namespace

LiveValueFormatter::LiveValueFormatter(const senec::SenecCatalogue &catalogue)
    : m_catalogue(&catalogue)
{
    setLocale(QLocale());
}

void LiveValueFormatter::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
}

void LiveValueFormatter::setLanguage(const QString &language)
{
    m_language = language;
}

QString LiveValueFormatter::valueText(const senec::SenecVariableInfo *info,
                                      const senec::SenecValue &value) const
{
    if (!value.isOk())
        return statusText(value);
    if (!value.isNumber())
        return value.text();
    if (info && !info->enumName.isEmpty())
        return enumValueText(info, value);
    QString text = numberText(info, value);
    if (info && !info->unit.isEmpty()) {
        text += u' ';
        text += info->unit;
    }
    return text;
}

std::optional<double> LiveValueFormatter::number(const senec::SenecVariableInfo *info,
                                                 const senec::SenecValue &value) const
{
    if (!value.isOk() || !value.isNumber())
        return std::nullopt;
    return m_catalogue->scaledNumber(info, value);
}

QString LiveValueFormatter::numberText(const senec::SenecVariableInfo *info,
                                       const senec::SenecValue &value) const
{
    const std::optional<double> scaled = number(info, value);
    if (!scaled)
        return statusText(value);
    const double scale = info ? info->scale : 1.0;
    if (info && info->decimals >= 0)
        return m_locale.toString(*scaled, 'f', info->decimals);
    if (const auto f = value.toFloat()) {
        // Scaled back to float precision first, so 320 × 0.1 reads "32", not "32.00000000000001".
        const float shown = static_cast<float>(*scaled);
        return m_locale.toString(double(shown), 'f', shortestFloatDecimals(shown));
    }
    if (scale == 1.0) {
        // Exactly as decoded: 64-bit ids and counters do not survive a trip through double.
        if (const auto u = value.toUInt64())
            return m_locale.toString(qulonglong(*u));
        if (const auto i = value.toInt64())
            return m_locale.toString(qlonglong(*i));
    }
    const int decimals = decimalsOfScale(scale);
    return decimals >= 0 ? m_locale.toString(*scaled, 'f', decimals)
                         : m_locale.toString(*scaled, 'g', 7);
}

QString LiveValueFormatter::enumValueText(const senec::SenecVariableInfo *info,
                                          const senec::SenecValue &value) const
{
    QString code;
    if (const auto i = value.toInt64())
        code = QString::number(*i);
    else if (const auto u = value.toUInt64())
        code = QString::number(*u);
    else
        code = QString::number(value.toDouble().value_or(0.0), 'g', 9);
    const QString text = m_catalogue->enumText(info, value, m_language);
    if (text.isEmpty())
        return tr("unknown code %1").arg(code);
    return text + u" (" + code + u')';
}

QString LiveValueFormatter::statusText(const senec::SenecValue &value)
{
    switch (value.status()) {
    case senec::ValueStatus::Ok: return {};
    case senec::ValueStatus::NotFound: return tr("[variable not found]");
    case senec::ValueStatus::Forbidden: return tr("[forbidden]");
    case senec::ValueStatus::Malformed: return tr("[malformed]");
    case senec::ValueStatus::DeviceError: return tr("[device error]");
    case senec::ValueStatus::UnknownType: return tr("[unknown type]");
    case senec::ValueStatus::NonFinite: {
        const double number = value.toDouble().value_or(std::nan(""));
        if (std::isnan(number))
            return tr("[not a number]");
        return number > 0 ? tr("[+infinity]") : tr("[\u2212infinity]");
    }
    }
    return tr("[malformed]");
}

QString LiveValueFormatter::wireTypeHint(const senec::SenecValue &value)
{
    if (value.type() != senec::WireType::None) {
        QString prefix = senec::SenecValueCodec::prefix(value.type());
        prefix.chop(1); // the underscore
        return prefix;
    }
    if (value.status() == senec::ValueStatus::UnknownType) {
        const qsizetype underscore = value.raw().indexOf(u'_');
        if (underscore > 0)
            return value.raw().left(underscore);
    }
    return {};
}

QString LiveValueFormatter::unknownVariableDescription(bool isArray, const senec::SenecValue *sample)
{
    const QString hint = sample ? wireTypeHint(*sample) : QString();
    if (hint.isEmpty())
        return isArray ? tr("Not in the catalogue (array)") : tr("Not in the catalogue");
    return isArray ? tr("Not in the catalogue; array of %1").arg(hint)
                   : tr("Not in the catalogue; type %1").arg(hint);
}

QString LiveValueFormatter::elementName(const senec::SenecVariableInfo *info, qsizetype index) const
{
    QString name = m_catalogue->elementName(info, index, m_language);
    if (name.isEmpty())
        name = u'[' + QString::number(index) + u']';
    return name;
}

} // namespace kw::models
