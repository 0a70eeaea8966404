#include "decodedvaluesmodel.h"

#include "senec/senecvaluecodec.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

namespace kw::gui {
namespace {

// `quoteText`: inside arrays, so that empty strings stay visible ("" rather than nothing).
QString valueText(const senec::SenecValue &value, bool quoteText)
{
    if (!value.isOk())
        return QStringLiteral("[%1]").arg(senec::statusName(value.status()));
    const auto &payload = value.payload();
    if (const auto *f = std::get_if<float>(&payload))
        return QString::number(double(*f), 'g', 9); // all of a float32's precision, no more
    if (const auto *u = std::get_if<quint64>(&payload))
        return QString::number(*u);
    if (const auto *i = std::get_if<qint64>(&payload))
        return QString::number(*i);
    return quoteText ? u'"' + value.text() + u'"' : value.text();
}

// Ordering of the rows: the same as the response's QMaps (QString::operator<).
bool keyLess(const QString &sectionA, const QString &variableA, const QString &sectionB,
             const QString &variableB)
{
    if (sectionA != sectionB)
        return sectionA < sectionB;
    return variableA < variableB;
}

} // namespace

DecodedValuesModel::DecodedValuesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DecodedValuesModel::Row DecodedValuesModel::rowFor(const QString &section, const QString &variable,
                                                   const senec::SenecVariable &value)
{
    Row row;
    row.section = section;
    row.variable = variable;
    QStringList values;
    QStringList raws;
    QStringList problems;
    for (const senec::SenecValue &element : value.values) {
        values.append(valueText(element, value.isArray));
        raws.append(element.raw());
        if (!element.isOk()) {
            const QString name = senec::statusName(element.status());
            if (!problems.contains(name))
                problems.append(name);
        }
    }
    if (value.endOfArrayMarker)
        raws.append(senec::SenecValueCodec::EndOfArray.toString());
    const QString separator = QStringLiteral(", ");
    row.value = value.isArray ? u'[' + values.join(separator) + u']' : values.join(separator);
    row.raw = raws.join(separator);
    row.ok = problems.isEmpty();
    row.status = row.ok ? senec::statusName(senec::ValueStatus::Ok) : problems.join(separator);
    return row;
}

QList<DecodedValuesModel::Row> DecodedValuesModel::rowsFor(const senec::SenecResponse &response)
{
    QList<Row> rows;
    rows.reserve(response.variableCount() + response.sections.size());
    for (auto section = response.sections.constBegin(); section != response.sections.constEnd();
         ++section) {
        if (section->status != senec::SectionStatus::Ok) {
            Row row;
            row.section = section.key();
            row.raw = section->raw;
            row.ok = false;
            row.status = senec::statusName(section->status == senec::SectionStatus::NotFound
                                               ? senec::ValueStatus::NotFound
                                               : senec::ValueStatus::Malformed);
            rows.append(row);
            continue;
        }
        for (auto variable = section->variables.constBegin();
             variable != section->variables.constEnd(); ++variable)
            rows.append(rowFor(section.key(), variable.key(), variable.value()));
    }
    return rows;
}

void DecodedValuesModel::setResponse(const senec::SenecResponse &response)
{
    const QList<Row> incoming = rowsFor(response);
    // Merge walk over two sorted lists: update equal keys, insert new ones, drop vanished ones.
    qsizetype mine = 0;
    for (const Row &row : incoming) {
        while (mine < m_rows.size()
               && keyLess(m_rows.at(mine).section, m_rows.at(mine).variable, row.section,
                          row.variable)) {
            beginRemoveRows({}, int(mine), int(mine));
            m_rows.removeAt(mine);
            endRemoveRows();
        }
        const bool same = mine < m_rows.size() && m_rows.at(mine).section == row.section
                       && m_rows.at(mine).variable == row.variable;
        if (same) {
            if (!m_rows.at(mine).sameText(row)) {
                m_rows[mine] = row;
                Q_EMIT dataChanged(index(int(mine), ValueColumn), index(int(mine), StatusColumn));
            }
        } else {
            beginInsertRows({}, int(mine), int(mine));
            m_rows.insert(mine, row);
            endInsertRows();
        }
        ++mine;
    }
    if (mine < m_rows.size()) {
        beginRemoveRows({}, int(mine), int(m_rows.size() - 1));
        m_rows.remove(mine, m_rows.size() - mine);
        endRemoveRows();
    }
}

int DecodedValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecodedValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecodedValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SectionColumn: return row.section;
        case VariableColumn: return row.variable;
        case ValueColumn: return row.value;
        case RawColumn: return row.raw;
        case StatusColumn: return row.status;
        default: return {};
        }
    }
    // Problems stand out without hiding what was received.
    if (role == Qt::ForegroundRole && !row.ok && index.column() == StatusColumn)
        return QBrush(QColor(0xb0, 0x30, 0x20));
    return {};
}

QVariant DecodedValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectionColumn: return tr("Section");
    case VariableColumn: return tr("Variable");
    case ValueColumn: return tr("Value");
    case RawColumn: return tr("Raw");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace kw::gui
