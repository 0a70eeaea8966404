#pragma once

#include "batterypackreading.h"
#include "cellstatistics.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace kw::senec {
class SenecCatalogue;
} // namespace kw::senec

namespace kw::models {

// Table of battery modules × cells shared by the cell-voltage and cell-temperature models: one row
// per module slot with data, summary columns first, then one column per cell (the longest module
// decides how many; shorter modules give invalid data there). update() changes the table in place:
// rows and columns are inserted or removed only when the module or cell count changes, and
// dataChanged names exactly the cells and roles that changed — a BMS poll every few seconds must
// not reset a heatmap view.
class BatteryGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // One table cell, everything data() answers for it.
    struct Item
    {
        bool present = false;            // false: nothing here, every role is invalid
        QString text;                    // Qt::DisplayRole
        std::optional<double> number;    // NumericValueRole: Ok numbers only, scaled
        std::optional<int> status;       // ValueStatusRole: senec::ValueStatus of a received value
        QString raw;                     // RawTextRole: as received
        std::optional<double> deviation; // DeviationFromMeanRole (cell columns)
        bool isMinimum = false;          // IsModuleMinimumRole / IsModuleMaximumRole (cell columns)
        bool isMaximum = false;

        bool operator==(const Item &other) const = default;
    };

    // Takes the module data from one answer (normally the poller's united lastResponse()). An
    // answer without module data (no BMS section, or the live poll's SYSTEM_SOC alone) or with a
    // malformed BMS section changes nothing; OBJECT_NOT_FOUND empties the table.
    void update(const senec::SenecResponse &response);
    const BatteryPackReading &reading() const { return m_reading; }

    // Scales, units and enum texts come from this catalogue (default: the built-in one; tests
    // pass their own). Re-renders in place.
    void setCatalogue(const senec::SenecCatalogue *catalogue);
    const senec::SenecCatalogue &catalogue() const { return *m_catalogue; }

    int summaryColumnCount() const { return m_summaryColumns; }
    int cellCount() const { return m_cellCount; }
    bool isCellColumn(int column) const;
    int cellIndex(int column) const;  // 0-based cell of a cell column, −1 for other columns
    int columnOfCell(int cell) const; // the column showing cell `cell`, −1 if there is none
    int moduleSlot(int row) const;    // 0..3 = module A..D, −1 for a bad row
    int rowOfSlot(int slot) const;    // −1 when that module is not shown
    CellStatistics cellStatistics(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    BatteryGridModel(int summaryColumns, QObject *parent);

    // The cells of one module (one per element received), and its summary columns.
    virtual QList<Item> cellItems(const BatteryModuleReading &module) const = 0;
    virtual QList<Item> summaryItems(const BatteryModuleReading &module, const CellStatistics &cells) const = 0;
    virtual QString summaryHeader(int column) const = 0;
    virtual QString summaryUnit(int column) const = 0;
    virtual QString cellHeader(int cell) const = 0;
    virtual QString cellUnit() const = 0;
    virtual bool cellsAreTemperatures() const { return false; }
    virtual Qt::Alignment summaryAlignment(int column) const;

    // Renders the last reading again (after a display setting changed), in place.
    void rebuild();

    // What every item of a received value carries: present, its status and raw text.
    static Item receivedItem(const senec::SenecValue &value);
    // A received value as an item: the catalogue's scale, `decimals` digits, `unit` appended to
    // the text (if not empty). Values that are not Ok numbers show a dash, never a number.
    Item valueItem(const std::optional<senec::SenecValue> &value, const QString &variable,
                   int decimals, const QString &unit) const;
    // valueItem() for each element of an array variable.
    QList<Item> valueItems(const QList<senec::SenecValue> &values, const QString &variable,
                           int decimals, const QString &unit) const;
    static QList<std::optional<double>> numbersOf(const QList<Item> &items);
    // A computed number (min, max, delta …); absent when `number` is.
    static Item numberItem(std::optional<double> number, int decimals, const QString &unit);
    static QString formatNumber(double number, int decimals, const QString &unit);
    // The number of a received value, scaled by the catalogue; nullopt unless an Ok number.
    std::optional<double> scaledNumber(const senec::SenecValue &value, const QString &variable) const;
    static QString notANumberText();

private:
    struct Row
    {
        int slot = 0;
        QList<Item> summary;
        QList<Item> cells; // padded with absent items to m_cellCount
        CellStatistics stats;
    };

    Row buildRow(const BatteryModuleReading &module) const;
    void apply(QList<Row> rows, int cellCount);
    void emitRowChanges(int row, const QList<std::optional<QList<int>>> &changes);
    std::optional<QList<int>> changedRoles(const Item &before, const Item &after, bool cellColumn) const;
    const Item *itemAt(const QModelIndex &index) const;

    const int m_summaryColumns;
    int m_cellCount = 0;
    QList<Row> m_rows;
    BatteryPackReading m_reading;
    const senec::SenecCatalogue *m_catalogue;
};

} // namespace kw::models
