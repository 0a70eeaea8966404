#include "batteryview.h"

#include "batterycelltemperaturesmodel.h"
#include "batterymodulesmodel.h"
#include "cellheatmapdelegate.h"
#include "heatmapcolours.h"
#include "heatmaplegend.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace kw::gui {
namespace {

using Modules = models::BatteryModulesModel;

QString separator()
{
    return u"  \u00B7  "_s;
}

// Whole numbers as whole numbers, anything else with its decimals ("21", "21.5").
QString compactNumber(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

BatteryView::BatteryView(QWidget *parent)
    : QWidget(parent)
    , m_modules(new models::BatteryModulesModel(this))
    , m_temperatures(new models::BatteryCellTemperaturesModel(this))
    , m_cellDelegate(new CellHeatmapDelegate(CellVoltageSpanMv, u"mV"_s, this))
    , m_temperatureDelegate(new CellHeatmapDelegate(TemperatureSpanK, u"K"_s, this))
{
    // The per-module figures and the cell heatmap are two views of one model: each shows the
    // columns that belong to it, so neither table needs scrolling at a normal window width.
    m_moduleTable = createTable(m_modules, m_cellDelegate);
    m_cellTable = createTable(m_modules, m_cellDelegate);
    m_temperatureTable = createTable(m_temperatures, m_temperatureDelegate);
    m_moduleTable->setObjectName(u"batteryModuleTable"_s);
    m_cellTable->setObjectName(u"batteryCellTable"_s);
    m_temperatureTable->setObjectName(u"batteryTemperatureTable"_s);
    // Cell and temperature extremes stand beside their heatmaps, not among the module figures.
    hideColumns(m_moduleTable, Modules::MinCellColumn, Modules::MaxTempColumn);
    hideColumns(m_cellTable, Modules::SocColumn, Modules::CurrentColumn);
    hideColumns(m_cellTable, Modules::MinTempColumn, Modules::StatusColumn);
    // Cell columns arrive with the first answer (and change with the cell count).
    connect(m_modules, &QAbstractItemModel::columnsInserted, this,
            [this](const QModelIndex &, int first, int last) { hideColumns(m_moduleTable, first, last); });

    m_summaryLabel = new QLabel;
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setTextFormat(Qt::PlainText);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(fontMetrics().height());
    layout->addWidget(m_summaryLabel);
    layout->addWidget(createSection(tr("Modules"), m_moduleTable, nullptr), 0, Qt::AlignLeft);
    layout->addWidget(createSection(tr("Cell voltages (mV)"), m_cellTable,
                                    new HeatmapLegend(CellVoltageSpanMv, u"mV"_s)),
                      0, Qt::AlignLeft);
    layout->addWidget(createSection(tr("Temperature sensors (°C)"), m_temperatureTable,
                                    new HeatmapLegend(TemperatureSpanK, u"K"_s)),
                      0, Qt::AlignLeft);
    layout->addStretch(1);

    m_scrollArea = new QScrollArea;
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setWidget(content);

    m_emptyLabel = new QLabel;
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_emptyLabel->font();
    if (emptyFont.pointSizeF() > 0)
        emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.25);
    m_emptyLabel->setFont(emptyFont);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_scrollArea);
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->addWidget(m_stack);

    refresh();
}

void BatteryView::showResponse(const senec::SenecResponse &response)
{
    m_modules->update(response);
    m_temperatures->update(response);
    refresh();
}

void BatteryView::setLanguage(const QString &language)
{
    m_modules->setLanguage(language);
    refresh();
}

BatteryView::State BatteryView::state() const
{
    switch (m_modules->reading().kind) {
    case models::BatteryPackReading::Kind::NoInformation:
        return State::NoData;
    case models::BatteryPackReading::Kind::NoBattery:
        return State::NoModules;
    case models::BatteryPackReading::Kind::Modules:
        break;
    }
    return m_modules->rowCount() > 0 ? State::Modules : State::NoModules;
}

QString BatteryView::emptyText() const
{
    switch (state()) {
    case State::NoData: return tr("No battery data yet");
    case State::NoModules: return tr("The device reports no battery modules");
    case State::Modules: break;
    }
    return {};
}

QString BatteryView::packSummaryText() const
{
    const int modules = m_modules->rowCount();
    if (modules == 0)
        return {};
    QStringList parts{tr("%n modules", nullptr, modules)};

    int cells = 0;
    double sumMv = 0.0;
    std::optional<double> largestDeltaMv;
    int largestRow = -1;
    for (int row = 0; row < modules; ++row) {
        const models::CellStatistics stats = m_modules->cellStatistics(row);
        if (!stats.mean)
            continue;
        cells += stats.count;
        sumMv += *stats.mean * stats.count;
        if (stats.delta() && (!largestDeltaMv || *stats.delta() > *largestDeltaMv)) {
            largestDeltaMv = stats.delta();
            largestRow = row;
        }
    }
    if (cells > 0) {
        parts.append(tr("%n cells", nullptr, cells));
        parts.append(tr("mean cell %1 mV").arg(QLocale().toString(sumMv / cells, 'f', 0)));
    }
    if (largestDeltaMv) {
        parts.append(tr("largest cell delta %1 mV in %2")
                         .arg(QLocale().toString(*largestDeltaMv, 'f', 0),
                              m_modules->headerData(largestRow, Qt::Vertical).toString()));
    }

    std::optional<double> coolestC;
    std::optional<double> warmestC;
    for (int row = 0; row < m_temperatures->rowCount(); ++row) {
        const models::CellStatistics stats = m_temperatures->cellStatistics(row);
        if (stats.minimum && (!coolestC || *stats.minimum < *coolestC))
            coolestC = stats.minimum;
        if (stats.maximum && (!warmestC || *stats.maximum > *warmestC))
            warmestC = stats.maximum;
    }
    if (coolestC && warmestC) {
        parts.append(*coolestC == *warmestC
                         ? tr("sensors %1 °C").arg(compactNumber(*coolestC))
                         : tr("sensors %1\u2013%2 °C").arg(compactNumber(*coolestC), compactNumber(*warmestC)));
    }
    return parts.join(separator());
}

void BatteryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        refresh();
}

QTableView *BatteryView::createTable(models::BatteryGridModel *model, CellHeatmapDelegate *delegate)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->setItemDelegate(delegate);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The page scrolls as a whole; each table is exactly as large as its contents.
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);

    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Fixed);
    columns->setMinimumSectionSize(8);
    columns->setDefaultSectionSize(8); // fitTable() widens what is shown, and only widens
    columns->setDefaultAlignment(Qt::AlignCenter);
    columns->setHighlightSections(false);
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    rows->setHighlightSections(false);
    return table;
}

QWidget *BatteryView::createSection(const QString &title, QTableView *table, QWidget *legend)
{
    auto *section = new QWidget;
    auto *grid = new QGridLayout(section);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().horizontalAdvance(u"MM"_s));
    grid->setVerticalSpacing(fontMetrics().height() / 3);
    auto *heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    grid->addWidget(heading, 0, 0, Qt::AlignLeft | Qt::AlignBottom);
    if (legend)
        grid->addWidget(legend, 0, 1, Qt::AlignRight | Qt::AlignBottom);
    grid->addWidget(table, 1, 0, 1, 2, Qt::AlignLeft | Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    return section;
}

void BatteryView::hideColumns(QTableView *table, int first, int last)
{
    for (int column = first; column <= last; ++column)
        table->setColumnHidden(column, true);
}

void BatteryView::refresh()
{
    const State current = state();
    if (current != State::Modules) {
        m_emptyLabel->setText(emptyText());
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_summaryLabel->setText(packSummaryText());
    // One row height and one module-name width for all three tables, so their rows line up.
    const int rowHeight = fontMetrics().height() + fontMetrics().height() / 2 + 2;
    int headerWidth = 0;
    for (QTableView *table : {m_moduleTable, m_cellTable, m_temperatureTable}) {
        table->verticalHeader()->setDefaultSectionSize(rowHeight);
        headerWidth = std::max(headerWidth, table->verticalHeader()->sizeHint().width());
    }
    for (QTableView *table : {m_moduleTable, m_cellTable, m_temperatureTable}) {
        table->verticalHeader()->setFixedWidth(headerWidth);
        fitTable(table, headerWidth);
    }
    m_stack->setCurrentWidget(m_scrollArea);
}

void BatteryView::fitTable(QTableView *table, int headerWidth)
{
    const auto *grid = qobject_cast<const models::BatteryGridModel *>(table->model());
    const QAbstractItemView *view = table; // sizeHintForColumn() is public here
    QHeaderView *columns = table->horizontalHeader();
    // Columns only ever widen: a value gaining a digit must not make the table jump back and forth.
    int cellWidth = 0;
    for (int column = 0; column < grid->columnCount(); ++column) {
        if (table->isColumnHidden(column))
            continue;
        const int wanted = std::max({view->sizeHintForColumn(column), columns->sectionSizeHint(column),
                                     columns->sectionSize(column)});
        if (grid->isCellColumn(column))
            cellWidth = std::max(cellWidth, wanted); // one width for all cells: a grid, not a ragged row
        else if (wanted != columns->sectionSize(column))
            columns->resizeSection(column, wanted);
    }
    for (int cell = 0; cell < grid->cellCount(); ++cell) {
        const int column = grid->columnOfCell(cell);
        if (!table->isColumnHidden(column) && columns->sectionSize(column) != cellWidth)
            columns->resizeSection(column, cellWidth);
    }
    const int frame = 2 * table->frameWidth();
    table->setFixedSize(frame + headerWidth + columns->length(),
                        frame + columns->sizeHint().height() + table->verticalHeader()->length());
}

} // namespace kw::gui
