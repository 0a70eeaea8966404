#include "settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace kw {

Q_LOGGING_CATEGORY(lcSettings, "kw.settings", QtInfoMsg)

namespace {

using namespace Qt::StringLiterals;

const QString KeyDeviceType = u"device/type"_s;
const QString KeyAddress = u"device/address"_s;
const QString KeyScheme = u"device/scheme"_s;
const QString KeyPollInterval = u"device/pollIntervalMs"_s;
const QString KeyDemo = u"device/demo"_s;
const QString KeyTheme = u"appearance/theme"_s;
const QString KeyLanguage = u"appearance/language"_s;
const QString KeyFlowAnimation = u"appearance/flowAnimation"_s;
const QString KeyFlowFullScale = u"appearance/flowFullScaleW"_s;
const QString KeyGeometry = u"window/geometry"_s;
const QString KeyWindowState = u"window/state"_s;
const QString KeyLastView = u"window/lastView"_s;
const QString KeyCloseToTray = u"tray/closeToTray"_s;
const QString KeyStartMinimised = u"tray/startMinimised"_s;
const QString KeyCloseToTrayExplained = u"tray/closeToTrayExplained"_s;
const QString KeyTrayMissingExplained = u"tray/missingExplained"_s;

QString alertKey(alerts::AlertKind kind)
{
    return u"alerts/"_s + alerts::alertKindName(kind);
}

constexpr qsizetype MaxLastViewLength = 32;

void warnBad(const QString &key, const QVariant &value, const char *expected)
{
    constexpr qsizetype MaxShown = 60; // a stray blob must not flood the log
    QString shown = value.typeId() == QMetaType::QStringList ? value.toStringList().join(u", ")
                                                             : value.toString();
    if (shown.size() > MaxShown)
        shown = shown.left(MaxShown) + u'…';
    qCWarning(lcSettings).noquote() << "bad setting" << key << "=" << shown << "- expected"
                                    << expected;
}

// A number from the file: the INI backend gives strings, the registry and plists give numbers;
// anything else (lists, byte arrays, NaN) is no number at all.
std::optional<double> toNumber(const QVariant &value)
{
    bool ok = false;
    double number = 0.0;
    switch (value.typeId()) {
    case QMetaType::QString: number = value.toString().trimmed().toDouble(&ok); break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float: number = value.toDouble(&ok); break;
    default: break;
    }
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

// The value whose stored name is `name` (case and surrounding blanks ignored).
template <typename Enum>
std::optional<Enum> parseByName(const QString &name, const QList<Enum> &values, QString (*nameOf)(Enum))
{
    const QString lower = name.trimmed().toLower();
    for (const Enum value : values) {
        if (nameOf(value) == lower)
            return value;
    }
    return std::nullopt;
}

std::optional<bool> toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"1" || text == u"yes" || text == u"on")
            return true;
        if (text == u"false" || text == u"0" || text == u"no" || text == u"off")
            return false;
        return std::nullopt;
    }
    if (const auto number = toNumber(value); number && (*number == 0.0 || *number == 1.0))
        return *number == 1.0;
    return std::nullopt;
}

std::optional<QString> toText(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    return value.toString();
}

bool isViewName(const QString &view)
{
    if (view.isEmpty() || view.size() > MaxLastViewLength)
        return false;
    return std::all_of(view.cbegin(), view.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

} // namespace

Settings::Settings()
    : m_owned(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                          u"Kilowatch"_s, u"kilowatch"_s))
    , m_backend(m_owned.get())
{
}

Settings::Settings(QSettings *backend)
    : m_backend(backend)
{
    Q_ASSERT(backend);
}

Settings::~Settings() = default;

bool Settings::sync(QString *error)
{
    m_backend->sync();
    QString message;
    switch (m_backend->status()) {
    case QSettings::NoError: return true;
    case QSettings::AccessError:
        message = QCoreApplication::translate("kw::Settings", "cannot write the settings file %1")
                          .arg(m_backend->fileName());
        break;
    case QSettings::FormatError:
        message = QCoreApplication::translate("kw::Settings",
                                              "the settings file %1 is not readable; defaults are used")
                          .arg(m_backend->fileName());
        break;
    }
    if (error)
        *error = message;
    return false;
}

QVariant Settings::read(const QString &key) const
{
    return m_backend->value(key);
}

void Settings::write(const QString &key, const QVariant &value)
{
    m_backend->setValue(key, value);
}

Settings::DeviceType Settings::deviceType() const
{
    const QVariant value = read(KeyDeviceType);
    if (!value.isValid())
        return DeviceType::SenecHomeV3;
    const auto type = parseDeviceType(toText(value).value_or(QString()));
    if (!type) {
        warnBad(KeyDeviceType, value, "a device type such as senec-home-v3");
        return DeviceType::SenecHomeV3;
    }
    return *type;
}

void Settings::setDeviceType(DeviceType type)
{
    write(KeyDeviceType, deviceTypeName(type));
}

QString Settings::deviceAddress() const
{
    const QVariant value = read(KeyAddress);
    if (!value.isValid())
        return {};
    const QString text = toText(value).value_or(QString()).trimmed();
    if (text.isEmpty())
        return {};
    if (!net::DeviceAddress::parse(text)) {
        warnBad(KeyAddress, value, "host, host:port or http(s)://host[:port]");
        return {};
    }
    return text;
}

bool Settings::setDeviceAddress(const QString &address, QString *error)
{
    const QString text = address.trimmed();
    if (text.isEmpty()) {
        m_backend->remove(KeyAddress);
        return true;
    }
    if (!net::DeviceAddress::parse(text, error))
        return false;
    write(KeyAddress, text);
    return true;
}

QString Settings::invalidStoredAddress() const
{
    const QVariant value = read(KeyAddress);
    if (!value.isValid())
        return {};
    const auto text = toText(value);
    if (!text) // a list or a number: show what the file says, as far as it is text
        return value.toStringList().join(u", ");
    if (text->trimmed().isEmpty() || net::DeviceAddress::parse(*text))
        return {};
    return text->trimmed();
}

net::Scheme Settings::scheme() const
{
    const QVariant value = read(KeyScheme);
    if (!value.isValid())
        return net::Scheme::Auto;
    const auto scheme = net::parseScheme(toText(value).value_or(QString()));
    if (!scheme) {
        warnBad(KeyScheme, value, "auto, http or https");
        return net::Scheme::Auto;
    }
    return *scheme;
}

void Settings::setScheme(net::Scheme scheme)
{
    write(KeyScheme, net::schemeName(scheme));
}

std::optional<net::DeviceAddress> Settings::device() const
{
    const QString text = deviceAddress();
    if (text.isEmpty())
        return std::nullopt;
    auto address = net::DeviceAddress::parse(text);
    if (address && address->scheme == net::Scheme::Auto)
        address->scheme = scheme();
    return address;
}

int Settings::pollIntervalMs() const
{
    const QVariant value = read(KeyPollInterval);
    if (!value.isValid())
        return DefaultPollIntervalMs;
    const auto number = toNumber(value);
    if (!number) {
        warnBad(KeyPollInterval, value, "milliseconds");
        return DefaultPollIntervalMs;
    }
    const double clamped = std::clamp(*number, double(MinPollIntervalMs), double(MaxPollIntervalMs));
    if (clamped != *number)
        warnBad(KeyPollInterval, value, "2000 to 3600000 ms (clamped)");
    return static_cast<int>(std::lround(clamped));
}

void Settings::setPollIntervalMs(int intervalMs)
{
    write(KeyPollInterval, std::clamp(intervalMs, MinPollIntervalMs, MaxPollIntervalMs));
}

bool Settings::readBool(const QString &key, bool fallback) const
{
    const QVariant value = read(key);
    if (!value.isValid())
        return fallback;
    const auto flag = toBool(value);
    if (!flag)
        warnBad(key, value, "true or false");
    return flag.value_or(fallback);
}

bool Settings::useDemo() const
{
    return readBool(KeyDemo, false);
}

void Settings::setUseDemo(bool demo)
{
    write(KeyDemo, demo);
}

bool Settings::hasDevice() const
{
    return useDemo() || (isImplemented(deviceType()) && !deviceAddress().isEmpty());
}

Settings::Theme Settings::theme() const
{
    const QVariant value = read(KeyTheme);
    if (!value.isValid())
        return Theme::System;
    const auto theme = parseTheme(toText(value).value_or(QString()));
    if (!theme) {
        warnBad(KeyTheme, value, "system, light or dark");
        return Theme::System;
    }
    return *theme;
}

void Settings::setTheme(Theme theme)
{
    write(KeyTheme, themeName(theme));
}

Settings::Language Settings::language() const
{
    const QVariant value = read(KeyLanguage);
    if (!value.isValid())
        return Language::System;
    const auto language = parseLanguage(toText(value).value_or(QString()));
    if (!language) {
        warnBad(KeyLanguage, value, "system, en or de");
        return Language::System;
    }
    return *language;
}

void Settings::setLanguage(Language language)
{
    write(KeyLanguage, languageName(language));
}

bool Settings::flowAnimation() const
{
    return readBool(KeyFlowAnimation, true);
}

void Settings::setFlowAnimation(bool enabled)
{
    write(KeyFlowAnimation, enabled);
}

double Settings::flowFullScaleW() const
{
    const QVariant value = read(KeyFlowFullScale);
    if (!value.isValid())
        return DefaultFlowFullScaleW;
    const auto number = toNumber(value);
    if (!number) {
        warnBad(KeyFlowFullScale, value, "watts");
        return DefaultFlowFullScaleW;
    }
    const double clamped = std::clamp(*number, MinFlowFullScaleW, MaxFlowFullScaleW);
    if (clamped != *number)
        warnBad(KeyFlowFullScale, value, "500 to 100000 W (clamped)");
    return clamped;
}

void Settings::setFlowFullScaleW(double powerW)
{
    const double valid = std::isfinite(powerW) ? powerW : DefaultFlowFullScaleW;
    write(KeyFlowFullScale, std::clamp(valid, MinFlowFullScaleW, MaxFlowFullScaleW));
}

QByteArray Settings::windowGeometry() const
{
    const QVariant value = read(KeyGeometry);
    if (!value.isValid())
        return {};
    if (value.typeId() != QMetaType::QByteArray || value.toByteArray().size() > MaxWindowBlobBytes) {
        warnBad(KeyGeometry, value, "a saved window geometry");
        return {};
    }
    return value.toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    write(KeyGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    const QVariant value = read(KeyWindowState);
    if (!value.isValid())
        return {};
    if (value.typeId() != QMetaType::QByteArray || value.toByteArray().size() > MaxWindowBlobBytes) {
        warnBad(KeyWindowState, value, "a saved window state");
        return {};
    }
    return value.toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    write(KeyWindowState, state);
}

QString Settings::lastView() const
{
    const QVariant value = read(KeyLastView);
    if (!value.isValid())
        return {};
    const QString view = toText(value).value_or(QString());
    if (!isViewName(view)) {
        warnBad(KeyLastView, value, "a view name");
        return {};
    }
    return view;
}

void Settings::setLastView(const QString &view)
{
    if (isViewName(view))
        write(KeyLastView, view);
    else
        m_backend->remove(KeyLastView);
}

QString Settings::deviceTypeName(DeviceType type)
{
    switch (type) {
    case DeviceType::SenecHomeV3: return u"senec-home-v3"_s;
    case DeviceType::EnphaseEnvoy: return u"enphase-envoy"_s;
    case DeviceType::GivTcp: return u"givtcp"_s;
    case DeviceType::Senertec: return u"senertec"_s;
    }
    return {};
}

std::optional<Settings::DeviceType> Settings::parseDeviceType(const QString &name)
{
    return parseByName(name, allDeviceTypes(), &Settings::deviceTypeName);
}

QString Settings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System: return u"system"_s;
    case Theme::Light: return u"light"_s;
    case Theme::Dark: return u"dark"_s;
    }
    return {};
}

std::optional<Settings::Theme> Settings::parseTheme(const QString &name)
{
    return parseByName(name, QList<Theme>{Theme::System, Theme::Light, Theme::Dark}, &Settings::themeName);
}

QString Settings::languageName(Language language)
{
    switch (language) {
    case Language::System: return u"system"_s;
    case Language::English: return u"en"_s;
    case Language::German: return u"de"_s;
    }
    return {};
}

std::optional<Settings::Language> Settings::parseLanguage(const QString &name)
{
    return parseByName(name, QList<Language>{Language::System, Language::English, Language::German},
                       &Settings::languageName);
}

QList<Settings::DeviceType> Settings::allDeviceTypes()
{
    return {DeviceType::SenecHomeV3, DeviceType::EnphaseEnvoy, DeviceType::GivTcp,
            DeviceType::Senertec};
}

bool Settings::isImplemented(DeviceType type)
{
    return type == DeviceType::SenecHomeV3;
}

QString Settings::deviceTypeDisplayName(DeviceType type)
{
    switch (type) {
    case DeviceType::SenecHomeV3: return QCoreApplication::translate("kw::Settings", "SENEC.Home V3");
    case DeviceType::EnphaseEnvoy: return QCoreApplication::translate("kw::Settings", "Enphase Envoy");
    case DeviceType::GivTcp: return QCoreApplication::translate("kw::Settings", "GivEnergy (GivTCP)");
    case DeviceType::Senertec: return QCoreApplication::translate("kw::Settings", "SenerTec Dachs");
    }
    return {};
}

bool Settings::alertEnabled(alerts::AlertKind kind) const
{
    return readBool(alertKey(kind), true);
}

void Settings::setAlertEnabled(alerts::AlertKind kind, bool enabled)
{
    write(alertKey(kind), enabled);
}

bool Settings::closeToTray() const
{
    return readBool(KeyCloseToTray, true);
}

void Settings::setCloseToTray(bool enabled)
{
    write(KeyCloseToTray, enabled);
}

bool Settings::startMinimised() const
{
    return readBool(KeyStartMinimised, false);
}

void Settings::setStartMinimised(bool enabled)
{
    write(KeyStartMinimised, enabled);
}

bool Settings::closeToTrayExplained() const
{
    return readBool(KeyCloseToTrayExplained, false);
}

void Settings::setCloseToTrayExplained(bool explained)
{
    write(KeyCloseToTrayExplained, explained);
}

bool Settings::trayMissingExplained() const
{
    return readBool(KeyTrayMissingExplained, false);
}

void Settings::setTrayMissingExplained(bool explained)
{
    write(KeyTrayMissingExplained, explained);
}

QStringList Settings::keys()
{
    QStringList all = {KeyDeviceType,    KeyAddress,        KeyScheme,
                       KeyPollInterval,  KeyDemo,           KeyTheme,         KeyLanguage,
                       KeyFlowAnimation, KeyFlowFullScale,  KeyGeometry,
                       KeyWindowState,   KeyLastView,       KeyCloseToTray,
                       KeyStartMinimised, KeyCloseToTrayExplained, KeyTrayMissingExplained};
    for (const alerts::AlertKind kind : alerts::allAlertKinds())
        all.append(alertKey(kind));
    return all;
}

} // namespace kw
