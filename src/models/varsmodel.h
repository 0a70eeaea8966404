#pragma once

#include "senec/senecvarsparser.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace kw::models {

// The device's variable monitor page as a table: name, type, value. The page is re-downloaded
// periodically; a download with the same variables updates only the cells that changed.
class VarsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ValueColumn, ColumnCount };
    // What setRows() did.
    enum class Update { Unchanged, UpdatedInPlace, Reset };
    Q_ENUM(Update)

    explicit VarsModel(QObject *parent = nullptr);

    // Same names in the same order: dataChanged for the changed type and value cells only.
    // Otherwise (variables added, removed or reordered) a model reset.
    Update setRows(const QList<senec::SenecVarsRow> &rows);
    // Takes a parse of a downloaded page. A page without a variable table (a login page, an error)
    // keeps the rows shown and returns false; lastError() then says why.
    bool setParseResult(const senec::SenecVarsParser::Result &result);
    QString lastError() const { return m_lastError; }
    void clear();

    const QList<senec::SenecVarsRow> &rows() const { return m_rows; }
    // The row of `row` (with section(), variable(), index()); a default row out of range.
    senec::SenecVarsRow rowAt(int row) const;
    // The row number of a name ("BMS.CELL_VOLTAGES_MODULE_A[3]"); −1 if not shown.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The value as a number where the type is numeric (or unknown) and the text is one.
    static QVariant numericValue(const senec::SenecVarsRow &row);
    // What a type abbreviation means ("fl" → "32-bit float"); empty for unknown ones.
    static QString typeDescription(const QString &type);

private:
    QList<senec::SenecVarsRow> m_rows;
    QString m_lastError;
};

} // namespace kw::models
