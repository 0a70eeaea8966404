#pragma once

#include "chartrange.h"

#include <QLocale>
#include <QWidget>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QToolButton;

namespace kw::gui {

// The Charts view's controls: range presets as a row of toggle buttons, the custom range's two
// date fields (shown for Custom), the range on screen in words, "Reset zoom" while zoomed and the
// Live toggle. It only reports what the user asked for; ChartsView decides and calls setState().
class ChartsToolbar : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsToolbar(QWidget *parent = nullptr);

    void setState(ChartRangePreset preset, TimeRange range, bool following, bool zoomed);
    // The custom fields show `range` (when Custom is chosen, or a custom range is applied).
    void setCustomFields(TimeRange range);
    void setLiveColours(const QColor &on, const QColor &off, const QColor &secondaryText);
    QString rangeText() const;

    // "Thu 13 Jun, 14:30 – Fri 14 Jun, 14:30" (or "… 13:30 – 14:30" within a day), local time.
    static QString describe(TimeRange range, const QLocale &locale = QLocale());

Q_SIGNALS:
    void presetChosen(kw::gui::ChartRangePreset preset);
    void customRangeApplied(qint64 fromMs, qint64 toMs);
    void resetClicked();
    void liveToggled(bool follow);

private:
    QButtonGroup *m_presets;
    QWidget *m_customEditor;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QPushButton *m_apply;
    QLabel *m_rangeLabel;
    QToolButton *m_resetButton;
    QToolButton *m_liveButton;
};

} // namespace kw::gui
