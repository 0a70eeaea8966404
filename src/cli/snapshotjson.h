#pragma once

#include "snapshot/energysnapshot.h"
#include "util/jsonwriter.h"

#include <QByteArray>

#include <optional>

namespace kw::cli {

// The vendor-neutral snapshot as JSON with unit-suffixed snake_case keys (sorted). Values the
// device did not deliver are null, never 0; import/export and charge/discharge are the signed
// values split so that scripts need no sign conventions.
QByteArray snapshotToJson(const EnergySnapshot &snapshot, std::optional<qint64> deviceTimeMs,
                          JsonWriter::Style style);

} // namespace kw::cli
