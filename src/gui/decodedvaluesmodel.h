#pragma once

#include "senec/senecresponse.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace kw::gui {

// Every decoded variable of the device as a flat table (section, variable, value, raw, status).
// Updated in place: a poll only emits dataChanged for rows whose text changed and inserts or
// removes rows for variables that appeared or vanished, so selection and scrolling survive.
class DecodedValuesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SectionColumn, VariableColumn, ValueColumn, RawColumn, StatusColumn, ColumnCount };

    explicit DecodedValuesModel(QObject *parent = nullptr);

    void setResponse(const senec::SenecResponse &response);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString section;
        QString variable; // empty for a row that stands for a whole (missing or malformed) section
        QString value;
        QString raw;
        QString status;
        bool ok = true;

        bool sameText(const Row &other) const
        {
            return value == other.value && raw == other.raw && status == other.status;
        }
    };

    static QList<Row> rowsFor(const senec::SenecResponse &response);
    static Row rowFor(const QString &section, const QString &variable,
                      const senec::SenecVariable &value);

    QList<Row> m_rows; // sorted by (section, variable), like the response's maps
};

} // namespace kw::gui
