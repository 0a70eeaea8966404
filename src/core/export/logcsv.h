#pragma once

#include "senec/seneclogparser.h"

#include <QByteArray>
#include <QList>

namespace kw::exporting {

// A parsed device log as CSV, one row per line in file order:
//
//   time_utc,level,category,message,line
//
// time_utc empty for a line without a timestamp; level as logLevelName() ("info", "warning",
// "error", "panic", "unknown"); line = the line number in the device's file. Messages are quoted
// as RFC 4180 wants (commas, quotes and line breaks survive a round trip).
namespace LogCsv {

QByteArray header();
QByteArray build(const QList<senec::SenecLogLine> &lines);

} // namespace LogCsv
} // namespace kw::exporting
