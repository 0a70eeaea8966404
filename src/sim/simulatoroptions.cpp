#include "simulatoroptions.h"

#include <QCoreApplication>

#include <array>

namespace kw::sim {
namespace {

struct FaultName
{
    QStringView name;
    FaultKind kind;
};

// The first name of each kind is the canonical one; the others are accepted because people
// type what the issue text says ("not-found sections", "500").
constexpr std::array<FaultName, 10> FaultNames{{
    {u"timeout", FaultKind::Timeout},
    {u"http500", FaultKind::Http500},
    {u"garbage", FaultKind::Garbage},
    {u"truncated", FaultKind::Truncated},
    {u"slow", FaultKind::Slow},
    {u"reset", FaultKind::Reset},
    {u"notfound", FaultKind::NotFoundSections},
    {u"not-found", FaultKind::NotFoundSections},
    {u"notfoundsections", FaultKind::NotFoundSections},
    {u"500", FaultKind::Http500},
}};

} // namespace

QString firmwareName(Firmware firmware)
{
    switch (firmware) {
    case Firmware::V0824: return QStringLiteral("0824");
    case Firmware::V0825: return QStringLiteral("0825");
    case Firmware::V0826: return QStringLiteral("0826");
    }
    return QStringLiteral("0826");
}

std::optional<Firmware> parseFirmware(const QString &name)
{
    const QString n = name.trimmed();
    for (const Firmware f : {Firmware::V0824, Firmware::V0825, Firmware::V0826}) {
        if (n == firmwareName(f))
            return f;
    }
    return std::nullopt;
}

QString faultKindName(FaultKind kind)
{
    for (const auto &entry : FaultNames) {
        if (entry.kind == kind)
            return entry.name.toString();
    }
    return {};
}

std::optional<FaultKind> parseFaultKind(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const auto &entry : FaultNames) {
        if (n == entry.name)
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<FaultSpec> parseFaultSpec(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<FaultSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringList parts = text.split(u':');
    if (parts.size() > 2)
        return fail(QCoreApplication::translate("kw::sim", "fault \"%1\": expected KIND[:RATE]")
                        .arg(text));
    const auto kind = parseFaultKind(parts.constFirst());
    if (!kind)
        return fail(QCoreApplication::translate(
                        "kw::sim",
                        "unknown fault kind \"%1\" (timeout, http500, garbage, truncated, slow, "
                        "reset, notfound)")
                        .arg(parts.constFirst()));
    FaultSpec spec;
    spec.kind = *kind;
    if (parts.size() == 2) {
        bool ok = false;
        const double rate = parts.at(1).trimmed().toDouble(&ok);
        if (!ok || !(rate >= 0.0 && rate <= 1.0))
            return fail(QCoreApplication::translate(
                            "kw::sim", "fault \"%1\": rate must be a number from 0 to 1")
                            .arg(text));
        spec.rate = rate;
    }
    return spec;
}

QDateTime parseSimulatedStart(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toUTC();
}

} // namespace kw::sim
