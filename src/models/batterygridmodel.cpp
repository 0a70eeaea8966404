#include "batterygridmodel.h"

#include "modelroles.h"
#include "senec/seneccatalogue.h"

#include <QLocale>

#include <algorithm>

namespace kw::models {
namespace {

const QString Bms = QStringLiteral("BMS");

const BatteryGridModel::Item *findCell(const QList<BatteryGridModel::Item> &items, int index)
{
    return index >= 0 && index < items.size() ? &items.at(index) : nullptr;
}

} // namespace

BatteryGridModel::BatteryGridModel(int summaryColumns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_summaryColumns(summaryColumns)
    , m_catalogue(&senec::SenecCatalogue::instance())
{
}

void BatteryGridModel::setCatalogue(const senec::SenecCatalogue *catalogue)
{
    m_catalogue = catalogue ? catalogue : &senec::SenecCatalogue::instance();
    rebuild();
}

void BatteryGridModel::update(const senec::SenecResponse &response)
{
    BatteryPackReading reading = BatteryPackReading::fromResponse(response);
    if (reading.kind == BatteryPackReading::Kind::NoInformation || reading == m_reading)
        return;
    m_reading = std::move(reading);
    rebuild();
}

bool BatteryGridModel::isCellColumn(int column) const
{
    return column >= m_summaryColumns && column < m_summaryColumns + m_cellCount;
}

int BatteryGridModel::cellIndex(int column) const
{
    return isCellColumn(column) ? column - m_summaryColumns : -1;
}

int BatteryGridModel::columnOfCell(int cell) const
{
    return cell >= 0 && cell < m_cellCount ? m_summaryColumns + cell : -1;
}

int BatteryGridModel::moduleSlot(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).slot : -1;
}

int BatteryGridModel::rowOfSlot(int slot) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).slot == slot)
            return row;
    }
    return -1;
}

CellStatistics BatteryGridModel::cellStatistics(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).stats : CellStatistics{};
}

int BatteryGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatteryGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_summaryColumns + m_cellCount;
}

const BatteryGridModel::Item *BatteryGridModel::itemAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const Row &row = m_rows.at(index.row());
    return index.column() < m_summaryColumns ? findCell(row.summary, index.column())
                                             : findCell(row.cells, index.column() - m_summaryColumns);
}

QVariant BatteryGridModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemAt(index);
    if (!item || !item->present)
        return {};
    const bool cell = isCellColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return item->text;
    case Qt::TextAlignmentRole:
        return int(cell ? Qt::AlignRight | Qt::AlignVCenter : summaryAlignment(index.column()));
    case NumericValueRole:
        return item->number ? QVariant(*item->number) : QVariant();
    case CellTemperatureRole:
        return cell && cellsAreTemperatures() && item->number ? QVariant(*item->number) : QVariant();
    case ValueStatusRole:
        return item->status ? QVariant(*item->status) : QVariant();
    case RawTextRole:
        return item->raw.isEmpty() ? QVariant() : QVariant(item->raw);
    case UnitRole: {
        const QString unit = cell ? cellUnit() : summaryUnit(index.column());
        return unit.isEmpty() ? QVariant() : QVariant(unit);
    }
    case DeviationFromMeanRole:
        return item->deviation ? QVariant(*item->deviation) : QVariant();
    case IsModuleMinimumRole:
        return cell && item->number ? QVariant(item->isMinimum) : QVariant();
    case IsModuleMaximumRole:
        return cell && item->number ? QVariant(item->isMaximum) : QVariant();
    default:
        return {};
    }
}

QVariant BatteryGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return tr("Module %1").arg(BatteryPackReading::slotLetter(m_rows.at(section).slot));
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const bool cell = isCellColumn(section);
    const QString title = cell ? cellHeader(section - m_summaryColumns) : summaryHeader(section);
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case Qt::ToolTipRole: {
        const QString unit = cell ? cellUnit() : summaryUnit(section);
        return unit.isEmpty() ? title : tr("%1 (%2)").arg(title, unit);
    }
    case UnitRole: {
        const QString unit = cell ? cellUnit() : summaryUnit(section);
        return unit.isEmpty() ? QVariant() : QVariant(unit);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> BatteryGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(customRoleNames());
    return names;
}

Qt::Alignment BatteryGridModel::summaryAlignment(int) const
{
    return Qt::AlignRight | Qt::AlignVCenter;
}

void BatteryGridModel::rebuild()
{
    QList<Row> rows;
    rows.reserve(m_reading.modules.size());
    int cellCount = 0;
    for (const BatteryModuleReading &module : m_reading.modules) {
        rows.append(buildRow(module));
        cellCount = std::max(cellCount, int(rows.constLast().cells.size()));
    }
    for (Row &row : rows)
        row.cells.resize(cellCount);
    apply(std::move(rows), cellCount);
}

BatteryGridModel::Row BatteryGridModel::buildRow(const BatteryModuleReading &module) const
{
    Row row;
    row.slot = module.slot;
    row.cells = cellItems(module);
    row.stats = CellStatistics::of(numbersOf(row.cells));
    for (Item &item : row.cells) {
        if (!item.number)
            continue;
        item.deviation = *item.number - *row.stats.mean;
        item.isMinimum = *item.number == *row.stats.minimum;
        item.isMaximum = *item.number == *row.stats.maximum;
    }
    row.summary = summaryItems(module, row.stats);
    row.summary.resize(m_summaryColumns);
    return row;
}

void BatteryGridModel::apply(QList<Row> rows, int cellCount)
{
    const auto findRow = [&rows](int slot) -> const Row * {
        for (const Row &row : rows) {
            if (row.slot == slot)
                return &row;
        }
        return nullptr;
    };

    // Modules that went away, while the columns are still the old ones.
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (findRow(m_rows.at(r).slot))
            continue;
        beginRemoveRows({}, r, r);
        m_rows.removeAt(r);
        endRemoveRows();
    }

    // Cell columns come and go at the end; the remaining modules get their new cells with them.
    if (cellCount > m_cellCount) {
        beginInsertColumns({}, m_summaryColumns + m_cellCount, m_summaryColumns + cellCount - 1);
        for (Row &row : m_rows)
            row.cells.append(findRow(row.slot)->cells.mid(m_cellCount));
        m_cellCount = cellCount;
        endInsertColumns();
    } else if (cellCount < m_cellCount) {
        beginRemoveColumns({}, m_summaryColumns + cellCount, m_summaryColumns + m_cellCount - 1);
        for (Row &row : m_rows)
            row.cells.resize(cellCount);
        m_cellCount = cellCount;
        endRemoveColumns();
    }

    // New modules, in slot order (both lists ascend and the old one is now part of the new one).
    for (int r = 0; r < rows.size(); ++r) {
        if (r < m_rows.size() && m_rows.at(r).slot == rows.at(r).slot)
            continue;
        beginInsertRows({}, r, r);
        m_rows.insert(r, rows.at(r));
        endInsertRows();
    }

    for (int r = 0; r < rows.size(); ++r) {
        Row &current = m_rows[r];
        Row &next = rows[r];
        QList<std::optional<QList<int>>> changes;
        changes.reserve(m_summaryColumns + m_cellCount);
        for (int c = 0; c < m_summaryColumns; ++c)
            changes.append(changedRoles(current.summary.at(c), next.summary.at(c), false));
        for (int c = 0; c < m_cellCount; ++c)
            changes.append(changedRoles(current.cells.at(c), next.cells.at(c), true));
        current = std::move(next);
        emitRowChanges(r, changes);
    }
}

// One signal per run of neighbouring cells with the same changed roles: exact, and few signals.
void BatteryGridModel::emitRowChanges(int row, const QList<std::optional<QList<int>>> &changes)
{
    int column = 0;
    while (column < changes.size()) {
        if (!changes.at(column)) {
            ++column;
            continue;
        }
        int last = column;
        while (last + 1 < changes.size() && changes.at(last + 1) == changes.at(column))
            ++last;
        Q_EMIT dataChanged(index(row, column), index(row, last), *changes.at(column));
        column = last + 1;
    }
}

std::optional<QList<int>> BatteryGridModel::changedRoles(const Item &before, const Item &after,
                                                         bool cellColumn) const
{
    if (before == after)
        return std::nullopt;
    if (before.present != after.present)
        return QList<int>{}; // everything
    QList<int> roles;
    if (before.text != after.text)
        roles.append(Qt::DisplayRole);
    if (before.number != after.number) {
        roles.append(NumericValueRole);
        if (cellColumn && cellsAreTemperatures())
            roles.append(CellTemperatureRole);
    }
    if (before.status != after.status)
        roles.append(ValueStatusRole);
    if (before.raw != after.raw)
        roles.append(RawTextRole);
    if (before.deviation != after.deviation)
        roles.append(DeviationFromMeanRole);
    // These two are invalid without a number, so they change with it too.
    if (before.isMinimum != after.isMinimum || before.number.has_value() != after.number.has_value())
        roles.append(IsModuleMinimumRole);
    if (before.isMaximum != after.isMaximum || before.number.has_value() != after.number.has_value())
        roles.append(IsModuleMaximumRole);
    return roles;
}

BatteryGridModel::Item BatteryGridModel::receivedItem(const senec::SenecValue &value)
{
    Item item;
    item.present = true;
    item.status = int(value.status());
    item.raw = value.raw();
    return item;
}

BatteryGridModel::Item BatteryGridModel::valueItem(const std::optional<senec::SenecValue> &value,
                                                   const QString &variable, int decimals,
                                                   const QString &unit) const
{
    if (!value)
        return {};
    Item item = receivedItem(*value);
    item.number = scaledNumber(*value, variable);
    item.text = item.number ? formatNumber(*item.number, decimals, unit) : notANumberText();
    return item;
}

QList<BatteryGridModel::Item> BatteryGridModel::valueItems(const QList<senec::SenecValue> &values,
                                                          const QString &variable, int decimals,
                                                          const QString &unit) const
{
    QList<Item> items;
    items.reserve(values.size());
    for (const senec::SenecValue &value : values)
        items.append(valueItem(value, variable, decimals, unit));
    return items;
}

QList<std::optional<double>> BatteryGridModel::numbersOf(const QList<Item> &items)
{
    QList<std::optional<double>> numbers;
    numbers.reserve(items.size());
    for (const Item &item : items)
        numbers.append(item.number);
    return numbers;
}

BatteryGridModel::Item BatteryGridModel::numberItem(std::optional<double> number, int decimals,
                                                    const QString &unit)
{
    Item item;
    if (!number)
        return item;
    item.present = true;
    item.number = number;
    item.text = formatNumber(*number, decimals, unit);
    return item;
}

QString BatteryGridModel::formatNumber(double number, int decimals, const QString &unit)
{
    // The device sends −0.0 for idle currents; "−0.00 A" would look like a discharge.
    const QString text = QLocale().toString(number == 0.0 ? 0.0 : number, 'f', decimals);
    return unit.isEmpty() ? text : text + u' ' + unit;
}

std::optional<double> BatteryGridModel::scaledNumber(const senec::SenecValue &value,
                                                     const QString &variable) const
{
    return m_catalogue->scaledNumber(m_catalogue->variable(Bms, variable), value);
}

QString BatteryGridModel::notANumberText()
{
    return QStringLiteral("\u2014");
}

} // namespace kw::models
