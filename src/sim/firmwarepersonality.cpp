#include "firmwarepersonality.h"

#include <QRegularExpression>

namespace kw::sim {

FirmwarePersonality::FirmwarePersonality(Firmware firmware)
    : m_firmware(firmware)
{
}

QByteArray FirmwarePersonality::serverHeader() const
{
    return usesTls() ? QByteArrayLiteral("nginx/1.17.7") : QByteArray();
}

QByteArray FirmwarePersonality::varsPath() const
{
    switch (m_firmware) {
    case Firmware::V0824: return QByteArrayLiteral("/vars.html");
    case Firmware::V0825: return QByteArrayLiteral("/Vars.html");
    case Firmware::V0826: return QByteArrayLiteral("//vars.html");
    }
    return QByteArrayLiteral("//vars.html");
}

QByteArray FirmwarePersonality::logPrefix() const
{
    return m_firmware == Firmware::V0826 ? QByteArrayLiteral("//log/") : QByteArrayLiteral("/log/");
}

QByteArray FirmwarePersonality::pathOf(const QByteArray &target)
{
    qsizetype end = target.size();
    for (const char c : {'?', '#'}) {
        const qsizetype at = target.indexOf(c);
        if (at >= 0)
            end = qMin(end, at);
    }
    return QByteArray::fromPercentEncoding(target.left(end));
}

std::optional<QDate> FirmwarePersonality::logDate(const QByteArray &target) const
{
    const QByteArray path = pathOf(target);
    const QByteArray prefix = logPrefix();
    if (!path.startsWith(prefix))
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})/(\\d{2})/(\\d{2})\\.log$"));
    const auto match = pattern.match(QString::fromLatin1(path.mid(prefix.size())));
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace kw::sim
