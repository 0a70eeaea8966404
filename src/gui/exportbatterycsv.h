#pragma once

#include "senec/senecresponse.h"

#include <QByteArray>
#include <QString>

namespace kw::gui {

// The Battery view's tables as one CSV, from a poll answer (normally DevicePoller::lastResponse()):
// one row per battery module,
//
//   time_utc,module,soc_percent,soh_percent,cycles,voltage_v,current_a,min_cell_mv,max_cell_mv,
//   cell_delta_mv,temp_min_c,temp_max_c,status,cell_01_mv … cell_NN_mv,sensor_01_c … sensor_NN_c
//
// time_utc = when the answer was taken; module = A–D; values scaled exactly as the Battery view
// shows them (BatteryModulesModel, BatteryCellTemperaturesModel), an empty field where the BMS
// gave no usable value; status in words as in the view. As many cell and sensor columns as the
// module with the most.
class ExportBatteryCsv
{
public:
    // Does the answer hold at least one module with cell voltages?
    static bool hasCells(const kw::senec::SenecResponse &response);
    // The header alone when the answer holds no module. `language` "de"/"en": status words.
    static QByteArray build(const kw::senec::SenecResponse &response, qint64 readingTimeMs,
                            const QString &language = QStringLiteral("en"));
};

} // namespace kw::gui
