#include "dailyenergychart.h"

#include "niceaxisstep.h"
#include "powerformatter.h"

#include "timeaxisticks.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using kw::history::DailyEnergy;
using kw::history::EnergyTotals;

namespace kw::gui {
namespace {

QString quantityName(DailyEnergyChart::Quantity quantity)
{
    using Q = DailyEnergyChart::Quantity;
    switch (quantity) {
    case Q::Pv: return DailyEnergyChart::tr("PV produced");
    case Q::GridImport: return DailyEnergyChart::tr("Grid import");
    case Q::BatteryDischarge: return DailyEnergyChart::tr("Battery discharge");
    case Q::House: return DailyEnergyChart::tr("House consumed");
    case Q::GridExport: return DailyEnergyChart::tr("Grid export");
    case Q::BatteryCharge: return DailyEnergyChart::tr("Battery charge");
    }
    return {};
}

} // namespace

DailyEnergyChart::DailyEnergyChart(QWidget *parent)
    : QChartView(new QChart, parent),
      m_series(new QStackedBarSeries),
      m_dayAxis(new QBarCategoryAxis),
      m_valueAxis(new QCategoryAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setRubberBand(QChartView::NoRubberBand);
    for (int i = 0; i < QuantityCount; ++i) {
        m_sets[std::size_t(i)] = new QBarSet(quantityName(Quantity(i)));
        m_series->append(m_sets[std::size_t(i)]);
    }
    m_series->setBarWidth(0.62);
    QChart *c = chart();
    c->addSeries(m_series);
    c->addAxis(m_dayAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_dayAxis);
    m_series->attachAxis(m_valueAxis);
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_dayAxis->setGridLineVisible(false);
    c->legend()->setAlignment(Qt::AlignTop);
    c->setMargins(QMargins(4, 0, 4, 4));
    c->setAnimationOptions(QChart::NoAnimation);
    updateValueAxis(0, 0);

    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (status && index >= 0 && index < m_days.size())
            QToolTip::showText(QCursor::pos(), toolTipText(index), this);
        else
            QToolTip::hideText();
    });
}

double DailyEnergyChart::barValueKWh(const EnergyTotals &totals, Quantity quantity)
{
    switch (quantity) {
    case Quantity::Pv: return totals.pvWh / 1000.0;
    case Quantity::GridImport: return totals.gridImportWh / 1000.0;
    case Quantity::BatteryDischarge: return totals.batteryDischargeWh / 1000.0;
    case Quantity::House: return -totals.houseWh / 1000.0;
    case Quantity::GridExport: return -totals.gridExportWh / 1000.0;
    case Quantity::BatteryCharge: return -totals.batteryChargeWh / 1000.0;
    }
    return 0;
}

void DailyEnergyChart::setDays(QDate first, QDate last, const QList<DailyEnergy> &recorded)
{
    m_days.clear();
    QStringList categories;
    const bool weekdays = first.daysTo(last) < 10;
    const QLocale locale = chart()->locale();
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
        const auto found = std::find_if(recorded.cbegin(), recorded.cend(),
                                        [day](const DailyEnergy &energy) { return energy.day == day; });
        m_days.append(found != recorded.cend() ? *found : DailyEnergy{day, {}});
        categories.append(locale.toString(day, weekdays ? u"ddd d"_s : u"d"_s));
    }
    m_dayAxis->setCategories(TimeAxisTicks::distinctLabels(categories));
    m_dayAxis->setTitleText(m_days.isEmpty() || weekdays
                                ? QString()
                                : tr("%1 – %2").arg(locale.toString(first, u"d MMM"_s),
                                                    locale.toString(last, u"d MMM yyyy"_s)));
    double maxIn = 0;
    double maxOut = 0;
    for (int i = 0; i < QuantityCount; ++i) {
        QList<qreal> values;
        values.reserve(m_days.size());
        for (const DailyEnergy &day : std::as_const(m_days))
            values.append(barValueKWh(day.totals, Quantity(i)));
        QBarSet *set = m_sets[std::size_t(i)];
        set->remove(0, set->count());
        set->append(values);
    }
    for (const DailyEnergy &day : std::as_const(m_days)) {
        maxIn = std::max(maxIn, (day.totals.pvWh + day.totals.gridImportWh + day.totals.batteryDischargeWh) / 1000.0);
        maxOut = std::max(maxOut, (day.totals.houseWh + day.totals.gridExportWh + day.totals.batteryChargeWh) / 1000.0);
    }
    updateValueAxis(maxIn, maxOut);
}

void DailyEnergyChart::updateValueAxis(double maxInKWh, double maxOutKWh)
{
    const double largest = std::max({maxInKWh, maxOutKWh, 1.0});
    const double step = niceAxisStep(largest, 3);
    const int up = std::max(1, int(std::ceil(maxInKWh / step - 1e-9)));
    const int down = std::max(1, int(std::ceil(maxOutKWh / step - 1e-9)));
    const QStringList old = m_valueAxis->categoriesLabels();
    for (const QString &label : old)
        m_valueAxis->remove(label);
    m_valueAxis->setStartValue(-down * step);
    // Magnitudes both ways: "out" is below the line, not a negative energy.
    const QLocale locale = chart()->locale();
    const int decimals = step < 1 ? 1 : 0;
    QStringList labels;
    QList<double> values;
    for (int i = -down; i <= up; ++i) {
        labels.append(locale.toString(std::abs(i * step), 'f', decimals));
        values.append(i * step);
    }
    labels = TimeAxisTicks::distinctLabels(labels);
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_valueAxis->append(labels[i], values[i]);
    // Labels first: a range change re-lays the axis out at once, with the labels it has then.
    m_valueAxis->setRange(-down * step, up * step);
    m_valueAxis->setTitleText(tr("kWh: out below, in above"));
}

QString DailyEnergyChart::toolTipText(int dayIndex) const
{
    if (dayIndex < 0 || dayIndex >= m_days.size())
        return {};
    const DailyEnergy &day = m_days[dayIndex];
    const QLocale locale = chart()->locale();
    const EnergyTotals &t = day.totals;
    QString html = u"<b>%1</b>"_s.arg(locale.toString(day.day, QLocale::LongFormat).toHtmlEscaped());
    if (t.isZero())
        return html + u"<br>"_s + tr("Nothing recorded");
    html += u"<table>"_s;
    const auto row = [&html](const QString &name, const QString &value) {
        html += u"<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td></tr>"_s.arg(name.toHtmlEscaped(), value);
    };
    row(quantityName(Quantity::Pv), PowerFormatter::formatEnergy(t.pvWh, locale));
    row(quantityName(Quantity::House), PowerFormatter::formatEnergy(t.houseWh, locale));
    row(quantityName(Quantity::GridImport), PowerFormatter::formatEnergy(t.gridImportWh, locale));
    row(quantityName(Quantity::GridExport), PowerFormatter::formatEnergy(t.gridExportWh, locale));
    row(quantityName(Quantity::BatteryCharge), PowerFormatter::formatEnergy(t.batteryChargeWh, locale));
    row(quantityName(Quantity::BatteryDischarge), PowerFormatter::formatEnergy(t.batteryDischargeWh, locale));
    row(tr("Autarky"), tr("%1 %").arg(locale.toString(t.autarkyPercent(), 'f', 0)));
    row(tr("Self-consumption"), tr("%1 %").arg(locale.toString(t.selfConsumptionPercent(), 'f', 0)));
    return html + u"</table>"_s;
}

void DailyEnergyChart::applyPalette(const QPalette &palette, const QFont &font)
{
    m_colours = ChartColours::fromPalette(palette);
    QChart *c = chart();
    c->setTheme(m_colours.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundBrush(m_colours.background);
    c->setBackgroundPen(Qt::NoPen);
    c->setBackgroundRoundness(0);
    c->setPlotAreaBackgroundVisible(false);
    const QFont small = ChartColours::scaledFont(font, 0.9);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_dayAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsBrush(m_colours.secondaryText);
        axis->setLabelsFont(small);
        axis->setTitleBrush(m_colours.secondaryText);
        axis->setTitleFont(small);
        axis->setGridLineColor(m_colours.gridLine);
        axis->setLinePenColor(m_colours.gridLine);
        axis->setShadesVisible(false);
    }
    m_dayAxis->setGridLineVisible(false);
    c->legend()->setLabelColor(m_colours.text);
    c->legend()->setFont(font);
    applyBrushes();
}

void DailyEnergyChart::applyBrushes()
{
    const auto colourOf = [this](Quantity quantity) {
        switch (quantity) {
        case Quantity::Pv: return m_colours.pv;
        case Quantity::GridImport: return m_colours.grid;
        case Quantity::BatteryDischarge: return m_colours.battery;
        case Quantity::House: return m_colours.house;
        case Quantity::GridExport: return m_colours.faded(m_colours.grid, 0.45);
        case Quantity::BatteryCharge: return m_colours.faded(m_colours.battery, 0.45);
        }
        return m_colours.text;
    };
    for (int i = 0; i < QuantityCount; ++i) {
        QBarSet *set = m_sets[std::size_t(i)];
        set->setBrush(colourOf(Quantity(i)));
        set->setPen(QPen(m_colours.background, 0.6));
    }
}

} // namespace kw::gui
