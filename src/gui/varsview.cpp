#include "varsview.h"

#include "searchfield.h"

#include "busystatusrow.h"
#include "datatable.h"
#include "placeholderstack.h"

#include "fetcherrorbanner.h"
#include "varsfilterproxy.h"
#include "varsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kw::gui {

namespace {

constexpr int MaxNameColumnEms = 28;
constexpr int MinTypeColumnEms = 4;

} // namespace

VarsView::VarsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::VarsModel(this))
    , m_proxy(new VarsFilterProxy(this))
    , m_search(new SearchField(this))
    , m_section(new QComboBox(this))
    , m_refreshButton(new QToolButton(this))
    , m_banner(new FetchErrorBanner(this))
    , m_table(new QTableView(this))
    , m_stack(new PlaceholderStack(m_table, QStringLiteral("vars"), this))
    , m_status(new BusyStatusRow(QStringLiteral("vars"), this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("varsSearch"));
    m_search->setPlaceholderText(tr("Search names and values"));
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    m_section->setObjectName(QStringLiteral("varsSection"));
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_section->setToolTip(tr("Show one section only"));
    m_refreshButton->setObjectName(QStringLiteral("varsRefresh"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                              style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshButton->setAutoRaise(true);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Fetch the device's variable monitor page again (%1)")
                                    .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));

    auto *topRow = new QHBoxLayout;
    topRow->setSpacing(6);
    topRow->addWidget(m_search, 1);
    topRow->addWidget(m_section);
    topRow->addStretch(0);
    topRow->addWidget(m_refreshButton);

    m_table->setObjectName(QStringLiteral("varsTable"));
    m_table->setModel(m_proxy);
    setUpDataTable(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addLayout(topRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_search, &SearchField::searchChanged, this, [this](const QString &text) { m_proxy->setText(text); });
    connect(m_section, &QComboBox::activated, this,
            [this](int index) { m_proxy->setSection(m_section->itemData(index).toString()); });
    connect(m_refreshButton, &QToolButton::clicked, this, &VarsView::requestRefresh);

    const auto refresh = [this] {
        updatePlaceholder();
        updateStatus();
    };
    onRowsChanged(m_proxy, this, refresh);
    refreshSections();
    updatePlaceholder();
    updateStatus();
}

VarsView::~VarsView() = default;

void VarsView::showVars(const senec::SenecVarsResult &result)
{
    m_asked = true;
    if (result.ok) {
        m_model->setRows(result.rows);
        m_path = result.path;
        m_fetchedAt = QDateTime::currentDateTime();
        m_error.clear();
        m_banner->showError({});
        refreshSections();
        if (!m_columnsSized && m_model->rowCount() > 0)
            sizeColumns();
    } else {
        m_error = result.error.isEmpty() ? tr("unknown error") : result.error;
        QString message = tr("Could not fetch the variable monitor page (%1).").arg(m_error);
        if (m_model->rowCount() > 0)
            message += u' ' + tr("Showing the values as fetched at %1.")
                                  .arg(QLocale().toString(m_fetchedAt.time(), QLocale::ShortFormat));
        m_banner->showError(message);
    }
    updatePlaceholder();
    updateStatus();
}

void VarsView::setBusy(bool busy)
{
    m_busy = busy;
    m_status->setBusy(busy);
    m_refreshButton->setEnabled(!busy);
    updatePlaceholder();
}

void VarsView::setSearchDelayMs(int delayMs)
{
    m_search->setDelayMs(delayMs);
}

QString VarsView::statusText() const
{
    return m_status->text();
}

QString VarsView::errorText() const
{
    return m_banner->text();
}

QString VarsView::placeholderText() const
{
    return m_stack->placeholderText();
}

void VarsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown for the first time with nothing to show: ask for the page once.
    if (!m_asked)
        requestRefresh();
}

void VarsView::requestRefresh()
{
    m_asked = true;
    Q_EMIT refreshRequested();
}

void VarsView::refreshSections()
{
    QStringList sections;
    for (const senec::SenecVarsRow &row : m_model->rows()) {
        const QString section = row.section();
        if (!section.isEmpty() && (sections.isEmpty() || sections.constLast() != section))
            sections.append(section);
    }
    sections.sort(Qt::CaseInsensitive);
    sections.removeDuplicates();
    if (sections == m_sections && m_section->count() > 0)
        return;
    m_sections = sections;
    const QString current = m_proxy->section();
    m_section->clear();
    m_section->addItem(tr("All sections"), QString());
    for (const QString &section : std::as_const(m_sections))
        m_section->addItem(section, section);
    // A chosen section stays chosen while a page briefly lacks it.
    int index = m_section->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_section->addItem(current, current);
        index = m_section->count() - 1;
    }
    m_section->setCurrentIndex(qMax(0, index));
}

void VarsView::updatePlaceholder()
{
    QString text;
    if (m_model->rowCount() == 0 && m_busy)
        text = tr("Fetching the device's variable monitor page…");
    else if (m_model->rowCount() == 0 && !m_error.isEmpty())
        text = tr("No variables loaded.");
    else if (m_model->rowCount() == 0 && m_fetchedAt.isValid())
        text = tr("The variable monitor page lists no variables.");
    else if (m_model->rowCount() == 0)
        text = tr("Press Refresh to read the device's variable monitor page.");
    else if (m_proxy->rowCount() == 0)
        text = tr("No variable matches the search.");
    m_stack->setPlaceholderText(text);
}

void VarsView::updateStatus()
{
    const QLocale locale;
    QStringList parts;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_fetchedAt.isValid()) {
        if (shown != total)
            parts.append(tr("%1 of %2 variables").arg(locale.toString(shown), locale.toString(total)));
        else
            parts.append(tr("%Ln variables", nullptr, total));
    }
    if (!m_error.isEmpty())
        parts.append(tr("fetch failed: %1").arg(m_error));
    if (m_fetchedAt.isValid())
        parts.append(tr("%1, fetched %2").arg(m_path, locale.toString(m_fetchedAt.time(), QLocale::LongFormat)));
    m_status->setText(parts.isEmpty() ? tr("Not fetched yet") : parts.join(QStringLiteral("  ·  ")));
}

void VarsView::sizeColumns()
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->resizeColumnToContents(models::VarsModel::NameColumn);
    m_table->resizeColumnToContents(models::VarsModel::TypeColumn);
    // The longest names (arrays of the battery modules) must not push the values out of sight.
    if (m_table->columnWidth(models::VarsModel::NameColumn) > em * MaxNameColumnEms)
        m_table->setColumnWidth(models::VarsModel::NameColumn, em * MaxNameColumnEms);
    m_table->setColumnWidth(models::VarsModel::TypeColumn,
                            qMax(m_table->columnWidth(models::VarsModel::TypeColumn), em * MinTypeColumnEms));
    m_columnsSized = true;
}

} // namespace kw::gui
