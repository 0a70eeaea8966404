#include "powerchart.h"

#include "niceaxisstep.h"

#include "timeaxisticks.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using kw::history::SeriesKind;
using kw::history::SeriesPoint;

namespace kw::gui {
namespace {

// A full battery's line a little below the plot's top edge rather than on it.
constexpr double SocAxisMax = 104;

// Far beyond any recording, so the zero line never needs new points.
constexpr double ZeroLineEndMs = 4.1e12;

QString kindTitle(SeriesKind kind)
{
    switch (kind) {
    case SeriesKind::Pv: return PowerChart::tr("PV");
    case SeriesKind::House: return PowerChart::tr("House");
    case SeriesKind::Grid: return PowerChart::tr("Grid");
    case SeriesKind::Battery: return PowerChart::tr("Battery");
    case SeriesKind::Soc: return PowerChart::tr("SOC");
    }
    return {};
}

// SOC in %, powers in `unit` with the direction in words for grid and battery.
QString valueText(SeriesKind kind, double value, PowerUnit unit)
{
    const QLocale locale;
    if (kind == SeriesKind::Soc)
        return PowerChart::tr("%1 %").arg(locale.toString(value, 'f', 0));
    const QString magnitude = PowerFormatter::format(value, unit);
    if (std::abs(value) < PowerFormatter::IdleThresholdW)
        return magnitude;
    switch (kind) {
    case SeriesKind::Grid:
        return value > 0 ? PowerChart::tr("import %1").arg(magnitude) : PowerChart::tr("export %1").arg(magnitude);
    case SeriesKind::Battery:
        return value > 0 ? PowerChart::tr("charging %1").arg(magnitude) : PowerChart::tr("discharging %1").arg(magnitude);
    default:
        return magnitude;
    }
}

} // namespace

PowerChart::PowerChart(QGraphicsItem *parent)
    : QChart(parent),
      m_timeAxis(new QCategoryAxis),
      m_powerAxis(new QValueAxis),
      m_socAxis(new QValueAxis),
      m_zeroLine(new QLineSeries),
      m_emptyNote(new QGraphicsSimpleTextItem(tr("Nothing recorded in this range"), this))
{
    // Axis numbers in the UI's locale ("2,5" in German). Qt formats localised labels itself, so
    // the label formats below hold a plain "%" (the C printf "%%" would show twice).
    setLocalizeNumbers(true);
    m_emptyNote->setZValue(100);
    m_emptyNote->hide();
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setTruncateLabels(false);
    addAxis(m_timeAxis, Qt::AlignBottom);
    addAxis(m_powerAxis, Qt::AlignLeft);
    addAxis(m_socAxis, Qt::AlignRight);
    m_powerAxis->setTickType(QValueAxis::TicksDynamic);
    m_powerAxis->setTickAnchor(0);
    m_socAxis->setRange(0, SocAxisMax);
    m_socAxis->setTickType(QValueAxis::TicksDynamic);
    m_socAxis->setTickAnchor(0);
    m_socAxis->setTickInterval(25);
    m_socAxis->setLabelFormat(u"%.0f %"_s);
    m_socAxis->setTitleText(tr("SOC"));
    // Two value axes cannot share grid lines; the power axis owns them.
    m_socAxis->setGridLineVisible(false);
    m_socAxis->setMinorGridLineVisible(false);

    m_zeroLine->setObjectName(u"zero-line"_s);
    m_zeroLine->replace({QPointF(0, 0), QPointF(ZeroLineEndMs, 0)});
    addSeries(m_zeroLine);
    m_zeroLine->attachAxis(m_timeAxis);
    m_zeroLine->attachAxis(m_powerAxis);
    for (QLegendMarker *marker : legend()->markers(m_zeroLine))
        marker->setVisible(false);

    for (const SeriesKind kind : kw::history::allSeriesKinds()) {
        m_lines[kind] = std::make_unique<SegmentedLineSeries>(
            kw::history::seriesKindName(kind), kindTitle(kind), this, m_timeAxis,
            kind == SeriesKind::Soc ? m_socAxis : m_powerAxis);
        for (QLegendMarker *marker : legend()->markers(m_lines[kind]->series().first())) {
            connect(marker, &QLegendMarker::clicked, this, [this, kind] { setKindVisible(kind, !isKindVisible(kind)); });
        }
    }

    legend()->setAlignment(Qt::AlignTop);
    legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    setMargins(QMargins(4, 0, 4, 4));
    setBackgroundRoundness(0);
    setAnimationOptions(QChart::NoAnimation);
    updatePowerAxis();

    connect(this, &QChart::plotAreaChanged, this, [this](const QRectF &plotArea) {
        if (qRound(plotArea.width()) != m_ticksWidthPx)
            updateTimeTicks();
        placeEmptyNote();
        if (powerTickCount() != m_powerTicks)
            updatePowerAxis();
    });
}

PowerChart::~PowerChart() = default;

void PowerChart::setTimeRange(TimeRange range)
{
    if (!range.isValid() || range == m_range)
        return;
    m_range = range;
    // Labels first: a range change re-lays the axis out at once, with the labels it has then.
    updateTimeTicks();
    m_timeAxis->setRange(double(range.fromMs), double(range.toMs));
}

void PowerChart::updateTimeTicks()
{
    m_ticksWidthPx = qRound(plotArea().width());
    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    if (!m_range.isValid())
        return;
    m_timeAxis->setStartValue(double(m_range.fromMs));
    const int widthPx = m_ticksWidthPx > 50 ? m_ticksWidthPx : 1000;
    const QList<TimeTick> ticks = TimeAxisTicks::compute(m_range.fromMs, m_range.toMs, widthPx, locale());
    QStringList labels;
    for (const TimeTick &tick : ticks)
        labels.append(tick.label);
    labels = TimeAxisTicks::distinctLabels(labels);
    for (qsizetype i = 0; i < ticks.size(); ++i)
        m_timeAxis->append(labels[i], double(ticks[i].timeMs));
}

void PowerChart::setData(const kw::history::SeriesResult &result, qint64 gapMs)
{
    m_gapMs = gapMs;
    m_points = result.series;
    double minW = 0;
    double maxW = 0;
    for (const SeriesKind kind : kw::history::allSeriesKinds()) {
        if (kind == SeriesKind::Soc)
            continue;
        for (const SeriesPoint &point : result.series.value(kind)) {
            minW = std::min(minW, point.value);
            maxW = std::max(maxW, point.value);
        }
    }
    m_unit = PowerFormatter::unitFor({minW, maxW});
    const double scale = m_unit == PowerUnit::Kilowatt ? 0.001 : 1.0;
    m_powerMin = minW * scale;
    m_powerMax = maxW * scale;
    for (const SeriesKind kind : kw::history::allSeriesKinds()) {
        const QList<SeriesPoint> points = result.series.value(kind);
        QList<QPointF> chartPoints;
        chartPoints.reserve(points.size());
        const double kindScale = kind == SeriesKind::Soc ? 1.0 : scale;
        for (const SeriesPoint &point : points)
            chartPoints.append(QPointF(double(point.timeMs), point.value * kindScale));
        m_lines[kind]->setSegments(SegmentedLineSeries::split(chartPoints, double(gapMs)));
    }
    // Series created for new segments took the theme's colours, and may have widened the axes
    // to their points.
    applyPens();
    const bool empty = std::all_of(result.series.cbegin(), result.series.cend(),
                                   [](const QList<SeriesPoint> &points) { return points.isEmpty(); });
    m_emptyNote->setVisible(empty);
    placeEmptyNote();
    updatePowerAxis();
    m_socAxis->setRange(0, SocAxisMax);
    m_timeAxis->setRange(double(m_range.fromMs), double(m_range.toMs));
}

int PowerChart::powerTickCount() const
{
    // About one grid line per 45 px of height.
    return std::clamp(int(plotArea().height() / 45), 3, 10);
}

void PowerChart::updatePowerAxis()
{
    const double minValue = m_powerMin;
    const double maxValue = m_powerMax > m_powerMin ? m_powerMax : m_powerMin + 1;
    m_powerTicks = powerTickCount();
    const double step = niceAxisStep((maxValue - minValue) * 1.04, m_powerTicks);
    const double low = std::floor(minValue / step - 0.02) * step;
    const double high = std::ceil(maxValue / step + 0.02) * step;
    m_powerAxis->setRange(std::min(low, 0.0), std::max(high, 0.0));
    m_powerAxis->setTickInterval(step);
    int decimals = 0; // as many as the step needs: 2.5 kW steps show "2.5"
    while (decimals < 3 && std::abs(step * std::pow(10, decimals) - std::round(step * std::pow(10, decimals))) > 1e-6)
        ++decimals;
    m_powerAxis->setLabelFormat(u"%.%1f"_s.arg(decimals));
    m_powerAxis->setTitleText(m_unit == PowerUnit::Kilowatt ? tr("Power (kW)") : tr("Power (W)"));
}

const SegmentedLineSeries &PowerChart::line(SeriesKind kind) const
{
    return *m_lines.at(kind);
}

qsizetype PowerChart::pointCount(SeriesKind kind) const
{
    return m_lines.at(kind)->pointCount();
}

QList<PowerChart::Reading> PowerChart::readingsAt(qint64 timeMs) const
{
    QList<Reading> readings;
    for (const SeriesKind kind : kw::history::allSeriesKinds()) {
        if (!m_lines.at(kind)->isVisible())
            continue;
        const QList<SeriesPoint> &points = m_points[kind];
        const auto after = std::lower_bound(points.cbegin(), points.cend(), timeMs,
                                            [](const SeriesPoint &point, qint64 t) { return point.timeMs < t; });
        const SeriesPoint *nearest = nullptr;
        if (after != points.cend())
            nearest = &*after;
        if (after != points.cbegin()) {
            const SeriesPoint *before = &*(after - 1);
            if (!nearest || timeMs - before->timeMs < nearest->timeMs - timeMs)
                nearest = before;
        }
        if (nearest && std::abs(nearest->timeMs - timeMs) <= std::max<qint64>(m_gapMs / 2, 1))
            readings.append({kind, nearest->timeMs, nearest->value});
    }
    return readings;
}

QString PowerChart::readoutText(qint64 timeMs) const
{
    const QLocale locale;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeMs);
    QString html = u"<b>%1</b><table>"_s.arg(locale.toString(time, QLocale::ShortFormat).toHtmlEscaped());
    const QList<Reading> readings = readingsAt(timeMs);
    for (const Reading &reading : readings) {
        html += u"<tr><td><span style=\"color:%1\">\u25A0</span> %2</td><td align=right>&nbsp;&nbsp;%3</td></tr>"_s.arg(
            m_colours.forKind(reading.kind).name(), kindTitle(reading.kind).toHtmlEscaped(),
            valueText(reading.kind, reading.value, m_unit).toHtmlEscaped());
    }
    if (readings.isEmpty())
        html += u"<tr><td>%1</td></tr>"_s.arg(tr("Nothing recorded here").toHtmlEscaped());
    return html + u"</table>"_s;
}

void PowerChart::setKindVisible(SeriesKind kind, bool visible)
{
    m_lines.at(kind)->setVisible(visible);
    updateLegendMarker(kind);
}

bool PowerChart::isKindVisible(SeriesKind kind) const
{
    return m_lines.at(kind)->isVisible();
}

bool PowerChart::isShowingEmptyNote() const
{
    return m_emptyNote->isVisible();
}

void PowerChart::updateLegendMarker(SeriesKind kind)
{
    // A hidden quantity keeps its legend entry, greyed, so it can be clicked back.
    const bool visible = isKindVisible(kind);
    for (QLegendMarker *marker : legend()->markers(m_lines.at(kind)->series().first())) {
        marker->setVisible(true);
        marker->setLabelBrush(visible ? m_colours.text : m_colours.secondaryText);
        marker->setBrush(visible ? m_colours.forKind(kind) : m_colours.gridLine);
        marker->setPen(Qt::NoPen);
    }
}

void PowerChart::placeEmptyNote()
{
    const QRectF plot = plotArea();
    const QRectF note = m_emptyNote->boundingRect();
    m_emptyNote->setPos(plot.center() - QPointF(note.width() / 2, note.height() / 2));
}

void PowerChart::applyPalette(const QPalette &palette, const QFont &font)
{
    m_colours = ChartColours::fromPalette(palette);
    // The theme first: it resets every colour and font set before it.
    setTheme(m_colours.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    setBackgroundBrush(m_colours.background);
    setBackgroundPen(Qt::NoPen);
    setBackgroundRoundness(0);
    setPlotAreaBackgroundVisible(false);
    const QFont small = ChartColours::scaledFont(font, 0.9);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_powerAxis),
                                static_cast<QAbstractAxis *>(m_socAxis)}) {
        axis->setLabelsBrush(m_colours.secondaryText);
        axis->setLabelsFont(small);
        axis->setTitleBrush(m_colours.secondaryText);
        axis->setTitleFont(small);
        axis->setGridLineColor(m_colours.gridLine);
        axis->setLinePenColor(m_colours.gridLine);
        axis->setShadesVisible(false);
    }
    m_socAxis->setLabelsBrush(m_colours.soc);
    m_socAxis->setTitleBrush(m_colours.soc);
    m_socAxis->setGridLineVisible(false);
    legend()->setLabelColor(m_colours.text);
    legend()->setFont(font);
    m_emptyNote->setBrush(m_colours.secondaryText);
    m_emptyNote->setFont(ChartColours::scaledFont(font, 1.1));
    applyPens();
}

void PowerChart::applyPens()
{
    for (auto &[kind, line] : m_lines) {
        // Solid, bevel-joined and flat-capped: round joins and dashes made the raster engine's
        // stroker take ~7× as long on a month of min/max zig-zags (bench_charts BM_Paint).
        QPen pen(m_colours.forKind(kind), kind == SeriesKind::Soc ? 1.4 : 1.6);
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::BevelJoin);
        line->setPen(pen);
    }
    for (const SeriesKind kind : kw::history::allSeriesKinds())
        updateLegendMarker(kind);
    QPen zero(m_colours.zeroLine, 1.0);
    zero.setCosmetic(true);
    m_zeroLine->setPen(zero);
}

} // namespace kw::gui
