#pragma once

#include <QByteArray>
#include <QHash>
#include <Qt>

namespace kw::models {

// Custom item roles of the kw_models models, in one place so delegates and proxies in kw_gui can
// rely on them and no two models give one number two meanings.
enum Role : int {
    // Any model: the value as a number (double) for sorting, charts and delegates; invalid when
    // the cell holds no number.
    NumericValueRole = Qt::UserRole + 1,
    // LiveValuesModel: the text exactly as received (e.g. "fl_42C80000").
    RawTextRole,
    // LiveValuesModel: kw::senec::ValueStatus of the value, as int.
    ValueStatusRole,
    // LiveValuesModel: unit of the shown value ("W", "°C" …), empty if none.
    UnitRole,
    // LiveValuesModel: the catalogue's description; LogModel: the log line's category.
    DescriptionRole,
    // LiveValuesModel: "SECTION.VARIABLE" or "SECTION.VARIABLE[i]", the search key.
    PathRole,
    // BatteryModulesModel cell columns: deviation of the cell from its module's mean (mV, double).
    DeviationFromMeanRole,
    // BatteryModulesModel cell columns: true for the module's lowest / highest cell.
    IsModuleMinimumRole,
    IsModuleMaximumRole,
    // BatteryModulesModel cell columns: the cell's temperature (°C, double) where known.
    CellTemperatureRole,
    // LogModel: kw::senec::SenecLogLevel as int; its time as UTC ms (qint64).
    LogLevelRole,
    TimestampMsRole,
};

// Names for the roles above (for roleNames() and debugging output).
QHash<int, QByteArray> customRoleNames();

} // namespace kw::models
