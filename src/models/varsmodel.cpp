#include "varsmodel.h"

#include "modelroles.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kw::models {

using senec::SenecVarsRow;

VarsModel::VarsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

VarsModel::Update VarsModel::setRows(const QList<SenecVarsRow> &rows)
{
    const bool sameNames = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const SenecVarsRow &a, const SenecVarsRow &b) { return a.name == b.name; });
    if (!sameNames) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return Update::Reset;
    }

    // Consecutive rows whose changed cells span the same columns go out as one dataChanged.
    Update result = Update::Unchanged;
    int runStart = -1;
    int runFirstColumn = -1;
    int runLastColumn = -1;
    auto flush = [&](int endRow) {
        if (runStart >= 0)
            emit dataChanged(index(runStart, runFirstColumn), index(endRow - 1, runLastColumn));
        runStart = -1;
    };
    for (int row = 0; row < int(rows.size()); ++row) {
        SenecVarsRow &current = m_rows[row];
        const SenecVarsRow &fresh = rows.at(row);
        const bool typeChanged = current.type != fresh.type;
        const bool valueChanged = current.value != fresh.value;
        if (!typeChanged && !valueChanged) {
            flush(row);
            continue;
        }
        current.type = fresh.type;
        current.value = fresh.value;
        result = Update::UpdatedInPlace;
        const int firstColumn = typeChanged ? TypeColumn : ValueColumn;
        const int lastColumn = valueChanged ? ValueColumn : TypeColumn;
        if (runStart >= 0 && (firstColumn != runFirstColumn || lastColumn != runLastColumn))
            flush(row);
        if (runStart < 0) {
            runStart = row;
            runFirstColumn = firstColumn;
            runLastColumn = lastColumn;
        }
    }
    flush(int(rows.size()));
    return result;
}

bool VarsModel::setParseResult(const senec::SenecVarsParser::Result &result)
{
    if (!result.ok()) {
        m_lastError = result.error;
        return false;
    }
    m_lastError.clear();
    setRows(result.rows);
    return true;
}

void VarsModel::clear()
{
    m_lastError.clear();
    setRows({});
}

SenecVarsRow VarsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : SenecVarsRow{};
}

int VarsModel::rowOf(const QString &name) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

int VarsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VarsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VarsModel::data(const QModelIndex &index, int role) const
{
    // Plain checks, not checkIndex(): an invalid index is a normal question here, not a bug.
    if (!index.isValid() || index.model() != this || index.parent().isValid()
        || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const SenecVarsRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case TypeColumn:
            return row.type;
        case ValueColumn:
            return row.value;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TypeColumn) {
            const QString description = typeDescription(row.type);
            return description.isEmpty() ? QVariant() : QVariant(description);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn && numericValue(row).isValid())
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case NumericValueRole:
        return index.column() == ValueColumn ? numericValue(row) : QVariant();
    case PathRole:
        return row.name;
    default:
        return {};
    }
}

QVariant VarsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

QHash<int, QByteArray> VarsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    const QHash<int, QByteArray> custom = customRoleNames();
    for (int role : {int(NumericValueRole), int(PathRole)})
        names.insert(role, custom.value(role));
    return names;
}

QVariant VarsModel::numericValue(const SenecVarsRow &row)
{
    // Text types can look like numbers (serial numbers, device ids) but are not quantities.
    if (row.type == u"st" || row.type == u"ch" || row.type == u"er")
        return {};
    bool ok = false;
    const double value = QLocale::c().toDouble(row.value, &ok);
    if (!ok || !std::isfinite(value))
        return {};
    return value;
}

QString VarsModel::typeDescription(const QString &type)
{
    if (type == u"fl")
        return tr("32-bit float");
    if (type == u"u8")
        return tr("unsigned 8-bit integer");
    if (type == u"u1")
        return tr("unsigned 16-bit integer");
    if (type == u"u3")
        return tr("unsigned 32-bit integer");
    if (type == u"u6")
        return tr("unsigned 64-bit integer");
    if (type == u"i8")
        return tr("signed 8-bit integer");
    if (type == u"i1")
        return tr("signed 16-bit integer");
    if (type == u"i3")
        return tr("signed 32-bit integer");
    if (type == u"i6")
        return tr("signed 64-bit integer");
    if (type == u"st")
        return tr("text");
    if (type == u"ch")
        return tr("character");
    if (type == u"er")
        return tr("error");
    return {};
}

} // namespace kw::models
