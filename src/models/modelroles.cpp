#include "modelroles.h"

namespace kw::models {

QHash<int, QByteArray> customRoleNames()
{
    return {
        {NumericValueRole, QByteArrayLiteral("numericValue")},
        {RawTextRole, QByteArrayLiteral("rawText")},
        {ValueStatusRole, QByteArrayLiteral("valueStatus")},
        {UnitRole, QByteArrayLiteral("unit")},
        {DescriptionRole, QByteArrayLiteral("description")},
        {PathRole, QByteArrayLiteral("path")},
        {DeviationFromMeanRole, QByteArrayLiteral("deviationFromMean")},
        {IsModuleMinimumRole, QByteArrayLiteral("isModuleMinimum")},
        {IsModuleMaximumRole, QByteArrayLiteral("isModuleMaximum")},
        {CellTemperatureRole, QByteArrayLiteral("cellTemperature")},
        {LogLevelRole, QByteArrayLiteral("logLevel")},
        {TimestampMsRole, QByteArrayLiteral("timestampMs")},
    };
}

} // namespace kw::models
