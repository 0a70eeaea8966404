#pragma once

// What the public lala.cgi reference (firmware 0826 baseline) lists, typed in here as an oracle
// independent of the product code, so tests do not depend on files outside the repository.

#include <QStringList>

namespace kwtest {

inline const QStringList &referenceSections()
{
    static const QStringList sections{
        QStringLiteral("BAT1"), QStringLiteral("BAT1OBJ1"), QStringLiteral("BAT1OBJ2"),
        QStringLiteral("BAT1OBJ3"), QStringLiteral("BAT1OBJ4"), QStringLiteral("BMS"),
        QStringLiteral("BMS_PARA"), QStringLiteral("BMZ_CURRENT_LIMITS"), QStringLiteral("CASC"),
        QStringLiteral("CELL_DEVIATION_ROC"), QStringLiteral("CURRENT_IMBALANCE_CONTROL"),
        QStringLiteral("DEBUG"), QStringLiteral("DISPLAY"), QStringLiteral("DISPLAYSYS_UPDATE"),
        QStringLiteral("ENERGY"), QStringLiteral("FACTORY"), QStringLiteral("FAN_SPEED"),
        QStringLiteral("FAN_TEST"), QStringLiteral("FEATURES"), QStringLiteral("FILE"),
        QStringLiteral("GRIDCONFIG"), QStringLiteral("IPU"), QStringLiteral("LOG"),
        QStringLiteral("PM1"), QStringLiteral("PM1OBJ1"), QStringLiteral("PM1OBJ2"),
        QStringLiteral("PV1"), QStringLiteral("PWR_UNIT"), QStringLiteral("RTC"),
        QStringLiteral("SELFTEST_RESULTS"), QStringLiteral("SENEC_IO_INPUT"),
        QStringLiteral("SENEC_IO_OUTPUT"), QStringLiteral("SOCKETS"), QStringLiteral("STATISTIC"),
        QStringLiteral("STECA"), QStringLiteral("SYS_UPDATE"), QStringLiteral("TEMPMEASURE"),
        QStringLiteral("TEST"), QStringLiteral("UPDATE"), QStringLiteral("V_STECA"),
        QStringLiteral("WALLBOX"), QStringLiteral("WIZARD"),
    };
    return sections;
}

// Sections the reference shows answering {"OBJECT_NOT_FOUND":""}.
inline const QStringList &referenceNotFoundSections()
{
    static const QStringList sections{QStringLiteral("BAT1OBJ2"), QStringLiteral("BAT1OBJ3"),
                                      QStringLiteral("BAT1OBJ4"), QStringLiteral("DISPLAYSYS_UPDATE")};
    return sections;
}

// Sections the reference shows answering an empty object.
inline const QStringList &referenceEmptySections()
{
    static const QStringList sections{QStringLiteral("DISPLAY"), QStringLiteral("FILE"),
                                      QStringLiteral("TEST"), QStringLiteral("UPDATE")};
    return sections;
}

} // namespace kwtest
