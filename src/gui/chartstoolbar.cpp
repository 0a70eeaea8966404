#include "chartstoolbar.h"

#include "timeaxisticks.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace kw::gui {
namespace {

QIcon dotIcon(const QColor &on, const QColor &off)
{
    QIcon icon;
    for (const bool checked : {true, false}) {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(checked ? on : off);
        painter.drawEllipse(QRectF(4, 4, 8, 8));
        icon.addPixmap(pixmap, QIcon::Normal, checked ? QIcon::On : QIcon::Off);
    }
    return icon;
}

} // namespace

ChartsToolbar::ChartsToolbar(QWidget *parent)
    : QWidget(parent),
      m_presets(new QButtonGroup(this)),
      m_customEditor(new QWidget),
      m_fromEdit(new QDateTimeEdit),
      m_toEdit(new QDateTimeEdit),
      m_apply(new QPushButton(tr("Show"))),
      m_rangeLabel(new QLabel),
      m_resetButton(new QToolButton),
      m_liveButton(new QToolButton)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    for (const ChartRangePreset preset : {ChartRangePreset::Hour, ChartRangePreset::SixHours, ChartRangePreset::Day,
                                          ChartRangePreset::Week, ChartRangePreset::Month, ChartRangePreset::Custom}) {
        auto *button = new QToolButton;
        button->setText(ChartRange::presetLabel(preset));
        button->setCheckable(true);
        button->setMinimumWidth(44);
        button->setObjectName(u"preset%1"_s.arg(int(preset)));
        m_presets->addButton(button, int(preset));
        row->addWidget(button);
    }
    m_presets->setExclusive(true);
    connect(m_presets, &QButtonGroup::idClicked, this,
            [this](int id) { Q_EMIT presetChosen(ChartRangePreset(id)); });

    auto *customRow = new QHBoxLayout(m_customEditor);
    customRow->setContentsMargins(8, 0, 0, 0);
    const QLocale locale;
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat) + u' ' + TimeAxisTicks::timeFormat(locale));
    }
    m_fromEdit->setObjectName(u"customFrom"_s);
    m_toEdit->setObjectName(u"customTo"_s);
    m_apply->setObjectName(u"customApply"_s);
    customRow->addWidget(m_fromEdit);
    customRow->addWidget(new QLabel(u"–"_s));
    customRow->addWidget(m_toEdit);
    customRow->addWidget(m_apply);
    m_customEditor->hide();
    // An empty or reversed range cannot be applied.
    const auto checkOrder = [this] { m_apply->setEnabled(m_fromEdit->dateTime() < m_toEdit->dateTime()); };
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, this, checkOrder);
    connect(m_toEdit, &QDateTimeEdit::dateTimeChanged, this, checkOrder);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        Q_EMIT customRangeApplied(m_fromEdit->dateTime().toMSecsSinceEpoch(), m_toEdit->dateTime().toMSecsSinceEpoch());
    });
    row->addWidget(m_customEditor);
    row->addStretch(1);

    m_rangeLabel->setObjectName(u"rangeLabel"_s);
    row->addWidget(m_rangeLabel);
    row->addSpacing(8);
    m_resetButton->setObjectName(u"resetButton"_s);
    m_resetButton->setText(tr("Reset zoom"));
    m_resetButton->setToolTip(tr("Back to the chosen range (double-click the chart or press Esc)"));
    m_resetButton->hide();
    connect(m_resetButton, &QToolButton::clicked, this, &ChartsToolbar::resetClicked);
    row->addWidget(m_resetButton);
    m_liveButton->setObjectName(u"liveButton"_s);
    m_liveButton->setText(tr("Live"));
    m_liveButton->setCheckable(true);
    m_liveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_liveButton->setToolTip(tr("Follow new data as it is recorded"));
    connect(m_liveButton, &QToolButton::clicked, this, &ChartsToolbar::liveToggled);
    row->addWidget(m_liveButton);
}

void ChartsToolbar::setState(ChartRangePreset preset, TimeRange range, bool following, bool zoomed)
{
    if (QAbstractButton *button = m_presets->button(int(preset)))
        button->setChecked(true);
    m_customEditor->setVisible(preset == ChartRangePreset::Custom);
    m_resetButton->setVisible(zoomed);
    m_liveButton->setChecked(following);
    m_rangeLabel->setText(describe(range));
    // The label's new width now rather than on the next pass of the event loop, so that a grab
    // right after a change shows it whole.
    layout()->activate();
}

void ChartsToolbar::setCustomFields(TimeRange range)
{
    m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(range.fromMs));
    m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(range.toMs));
}

void ChartsToolbar::setLiveColours(const QColor &on, const QColor &off, const QColor &secondaryText)
{
    m_liveButton->setIcon(dotIcon(on, off));
    QPalette secondary = m_rangeLabel->palette();
    secondary.setColor(QPalette::WindowText, secondaryText);
    m_rangeLabel->setPalette(secondary);
}

QString ChartsToolbar::rangeText() const
{
    return m_rangeLabel->text();
}

QString ChartsToolbar::describe(TimeRange range, const QLocale &locale)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(range.fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(range.toMs);
    const QString clock = TimeAxisTicks::timeFormat(locale);
    const QString dayAndTime = u"ddd "_s + TimeAxisTicks::dayMonthFormat(locale) + u", "_s + clock;
    const QString toText = locale.toString(to, from.date() == to.date() ? clock : dayAndTime);
    return tr("%1 – %2").arg(locale.toString(from, dayAndTime), toText);
}

} // namespace kw::gui
