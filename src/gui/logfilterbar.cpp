#include "logfilterbar.h"

#include "searchfield.h"

#include "logfilterproxymodel.h"
#include "logleveldelegate.h"
#include "logmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace kw::gui {

using senec::SenecLogLevel;

LogFilterBar::LogFilterBar(models::LogFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_category(new QComboBox(this))
    , m_search(new SearchField(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    addLevelGroup(QStringLiteral("logLevelErrors"), tr("Errors"),
                  {SenecLogLevel::Error, SenecLogLevel::Panic});
    addLevelGroup(QStringLiteral("logLevelWarnings"), tr("Warnings"), {SenecLogLevel::Warning});
    addLevelGroup(QStringLiteral("logLevelInfo"), tr("Info"), {SenecLogLevel::Info});
    addLevelGroup(QStringLiteral("logLevelOther"), tr("Other"), {SenecLogLevel::Unknown});
    for (const LevelGroup &group : std::as_const(m_groups))
        layout->addWidget(group.button);
    m_groups.constLast().button->setToolTip(tr("Lines without a level (file headers, system marks)"));

    layout->addSpacing(12);
    m_category->setObjectName(QStringLiteral("logCategory"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->setToolTip(tr("Show one category only"));
    layout->addWidget(m_category);

    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search messages and categories"));
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    layout->addWidget(m_search, 1);

    connect(m_search, &SearchField::searchChanged, this, [this](const QString &text) { m_proxy->setText(text); });

    connect(m_category, &QComboBox::activated, this, [this](int index) {
        m_proxy->setCategory(m_category->itemData(index).toString());
    });
    connect(m_proxy, &models::LogFilterProxyModel::categoriesChanged, this,
            &LogFilterBar::refreshCategories);
    refreshCategories();
    updateIcons();
    updateCounts();
}

void LogFilterBar::setSearchDelayMs(int delayMs)
{
    m_search->setDelayMs(delayMs);
}

void LogFilterBar::addLevelGroup(const QString &objectName, const QString &name,
                                 QList<SenecLogLevel> levels)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setChecked(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setToolTip(tr("Show or hide %1").arg(name.toLower()));
    connect(button, &QToolButton::toggled, this, [this, levels](bool checked) {
        for (SenecLogLevel level : levels)
            m_proxy->setLevelVisible(level, checked);
    });
    m_groups.append({button, std::move(levels), name});
}

void LogFilterBar::updateCounts()
{
    const models::LogModel *model = m_proxy->logModel();
    QList<int> counts(m_groups.size(), 0);
    if (model) {
        for (const senec::SenecLogLine &line : model->lines()) {
            for (qsizetype i = 0; i < m_groups.size(); ++i) {
                if (m_groups.at(i).levels.contains(line.level)) {
                    ++counts[i];
                    break;
                }
            }
        }
    }
    const QLocale locale;
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const LevelGroup &group = m_groups.at(i);
        group.button->setText(tr("%1 %2", "level name, line count").arg(group.name, locale.toString(counts.at(i))));
    }
}

void LogFilterBar::refreshCategories()
{
    const QString current = m_proxy->category();
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &category : m_proxy->categories())
        m_category->addItem(category, category);
    // A chosen category stays chosen (and listed) while a reload briefly lacks it.
    int index = m_category->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_category->addItem(current, current);
        index = m_category->count() - 1;
    }
    m_category->setCurrentIndex(qMax(0, index));
}

void LogFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void LogFilterBar::updateIcons()
{
    for (const LevelGroup &group : std::as_const(m_groups))
        group.button->setIcon(
            LogLevelDelegate::dotIcon(LogLevelDelegate::levelColour(group.levels.constFirst(), palette())));
}

} // namespace kw::gui
