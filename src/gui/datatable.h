#pragma once

#include <functional>

class QAbstractItemModel;
class QObject;
class QTableView;

namespace kw::gui {

// Sets up a table the way the downloaded-data views show rows: whole rows selected, compact
// alternating lines without a grid or row numbers, left-aligned headers, sortable by a header
// click and back to the model's order on a third click.
void setUpDataTable(QTableView *table);

// Calls `changed` whenever rows come or go in `model` (filters, appends, resets, sorting), for
// counts and placeholders that follow the rows shown.
void onRowsChanged(QAbstractItemModel *model, QObject *context, const std::function<void()> &changed);

} // namespace kw::gui
