#pragma once

#include "livevalueformatter.h"

#include "senec/seneccatalogue.h"
#include "senec/senecresponse.h"

#include <QAbstractItemModel>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace kw::models {

namespace detail {
struct LiveNode;
struct LiveSectionNode;
struct LiveVariableNode;
struct LiveElementNode;
struct ChangedRows;
} // namespace detail

// Every value the device answered as a tree section → variable → array element, with the
// catalogue's scale, unit, enum text and description. Each poll updates it in place: only the
// cells that changed report dataChanged; rows are inserted only for new sections, variables and
// array elements (in sorted position); the model is never reset by a poll.
//
// Columns: name; value (scaled, with unit, "text (code)" for coded values, "[forbidden]" and the
// like for anything that is not a number); raw (as received; "n values" on an array's row);
// description. Every column: PathRole, DescriptionRole, UnitRole, tooltip. Value and raw columns
// only: NumericValueRole (Ok numbers only), RawTextRole, ValueStatusRole — so a changed value
// touches exactly those two cells.
class LiveValuesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, RawColumn, DescriptionColumn, ColumnCount };

    // With the catalogue compiled into the program.
    explicit LiveValuesModel(QObject *parent = nullptr);
    // With another catalogue, which must outlive the model.
    explicit LiveValuesModel(const senec::SenecCatalogue &catalogue, QObject *parent = nullptr);
    ~LiveValuesModel() override;

    // Takes in one answer (a live, heavy or full sweep, or the poller's united lastResponse()).
    // Variables missing from it keep their last value.
    void update(const senec::SenecResponse &response);
    // Drops everything (a different device): the only reset this model does.
    void clear();

    // "de" or "en" for enum texts. Emits dataChanged for the cells whose text changes.
    void setLanguage(const QString &language);
    QString language() const { return m_formatter.language(); }
    // Number formatting (default: the system locale). Emits dataChanged for changed cells.
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_formatter.locale(); }

    // The index of a section ("BMS"), a variable ("BMS.MAX_TEMP") or an element ("BMS.SOC[2]")
    // in `column`; invalid if the model has no such row.
    QModelIndex indexForPath(const QString &path, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    using Node = detail::LiveNode;
    using SectionNode = detail::LiveSectionNode;
    using VariableNode = detail::LiveVariableNode;
    using ElementNode = detail::LiveElementNode;
    using ChangedRows = detail::ChangedRows;

    void updateSection(SectionNode &node, const senec::SenecSection &section, ChangedRows &rootChanges);
    void updateVariables(SectionNode &node, const senec::SenecSection &section);
    // The first and last changed column of the variable's own row; (−1, −1) when unchanged.
    std::pair<int, int> updateVariable(VariableNode &node, const senec::SenecVariable &variable);
    void resizeElements(VariableNode &node, const QList<senec::SenecValue> &values);
    void insertSections(qsizetype at, const QList<QString> &names,
                        const QList<const senec::SenecSection *> &sections);
    void insertVariables(SectionNode &node, qsizetype at, const QList<QString> &names,
                         const QList<const senec::SenecVariable *> &variables);
    void removeAllVariables(SectionNode &node);
    void emitChanges(const QModelIndex &parent, ChangedRows &changes);
    // Formats every cell again (language or locale changed) and reports the ones that differ.
    void reformatAll();

    QModelIndex indexOf(const Node *node, int column) const;
    static const Node *nodeOf(const QModelIndex &index);

    LiveValueFormatter m_formatter;
    std::vector<std::unique_ptr<SectionNode>> m_sections; // sorted by name, as the response's maps
};

} // namespace kw::models
