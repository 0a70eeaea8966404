#include "heatmaplegend.h"

#include "cellheatmapdelegate.h"
#include "heatmapcolours.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kw::gui {

// Where each piece of the one-line key goes, from the left.
struct HeatmapLegend::Parts
{
    QRect low, bar, high, caption, minimumMarker, minimumText, maximumMarker, maximumText;
    QString captionText, minimumLabel, maximumLabel;
    QSize size;
};

HeatmapLegend::HeatmapLegend(double span, const QString &unit, QWidget *parent)
    : QWidget(parent)
    , m_span(span)
    , m_unit(unit)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(tr("Cell colour: the reading's deviation from the mean of its module, blue below, "
                  "orange above, at its fullest from %1 on. \u25BC marks the module's lowest reading, "
                  "\u25B2 its highest.").arg(highText().mid(1)));
}

QString HeatmapLegend::lowText() const
{
    return u"\u2212"_s + QLocale().toString(m_span, 'g', 3) + u' ' + m_unit;
}

QString HeatmapLegend::highText() const
{
    return u"+"_s + QLocale().toString(m_span, 'g', 3) + u' ' + m_unit;
}

QFont HeatmapLegend::legendFont() const
{
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    return small;
}

HeatmapLegend::Parts HeatmapLegend::layoutParts() const
{
    const QFontMetrics metrics(legendFont());
    const int height = metrics.height() + 4;
    const int gap = metrics.horizontalAdvance(u' ');
    const int wideGap = 3 * gap;
    const int barWidth = 9 * metrics.height();
    const int barHeight = std::max(8, metrics.height() * 2 / 3);
    const int marker = int(std::ceil(CellHeatmapDelegate::markerSize(metrics.height())));

    Parts parts;
    parts.captionText = tr("from the module mean");
    parts.minimumLabel = tr("lowest");
    parts.maximumLabel = tr("highest");
    int x = 0;
    const auto take = [&x, height](int width) {
        const QRect rect(x, 0, width, height);
        x += width;
        return rect;
    };
    parts.low = take(metrics.horizontalAdvance(lowText()));
    x += gap;
    parts.bar = take(barWidth).adjusted(0, (height - barHeight) / 2, 0, -(height - barHeight + 1) / 2);
    x += gap;
    parts.high = take(metrics.horizontalAdvance(highText()));
    x += gap;
    parts.caption = take(metrics.horizontalAdvance(parts.captionText));
    x += wideGap;
    parts.minimumMarker = take(marker);
    x += gap;
    parts.minimumText = take(metrics.horizontalAdvance(parts.minimumLabel));
    x += 2 * gap;
    parts.maximumMarker = take(marker);
    x += gap;
    parts.maximumText = take(metrics.horizontalAdvance(parts.maximumLabel));
    parts.size = QSize(x + 1, height);
    return parts;
}

QSize HeatmapLegend::sizeHint() const
{
    return layoutParts().size;
}

QSize HeatmapLegend::minimumSizeHint() const
{
    return sizeHint();
}

void HeatmapLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void HeatmapLegend::paintEvent(QPaintEvent *)
{
    const Parts parts = layoutParts();
    const HeatmapColours colours = HeatmapColours::fromPalette(palette());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor secondary = HeatmapColours::mix(palette().color(QPalette::Window), text, 0.72);
    QPainter painter(this);
    painter.setFont(legendFont());

    painter.setPen(secondary);
    painter.drawText(parts.low, Qt::AlignRight | Qt::AlignVCenter, lowText());
    painter.drawText(parts.high, Qt::AlignLeft | Qt::AlignVCenter, highText());
    painter.drawText(parts.caption, Qt::AlignLeft | Qt::AlignVCenter, parts.captionText);

    // The bar samples the very function the cells use, one pixel column at a time.
    const QRect bar = parts.bar;
    for (int i = 0; i < bar.width(); ++i) {
        const double fraction = bar.width() > 1 ? double(i) / double(bar.width() - 1) : 0.5;
        painter.fillRect(QRect(bar.left() + i, bar.top(), 1, bar.height()),
                         colours.background((2.0 * fraction - 1.0) * m_span, m_span));
    }
    painter.setPen(HeatmapColours::mix(palette().color(QPalette::Window), text, 0.35));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    // The mean: a tick through the middle of the bar.
    painter.drawLine(bar.center().x(), bar.top() - 2, bar.center().x(), bar.bottom() + 2);

    const auto markerRect = [](const QRect &rect) {
        const qreal height = rect.width() * 0.8;
        return QRectF(rect.left(), rect.top() + (rect.height() - height) / 2.0, rect.width(), height);
    };
    CellHeatmapDelegate::paintMarker(&painter, markerRect(parts.minimumMarker),
                                     CellHeatmapDelegate::Marker::Minimum, text);
    CellHeatmapDelegate::paintMarker(&painter, markerRect(parts.maximumMarker),
                                     CellHeatmapDelegate::Marker::Maximum, text);
    painter.setPen(secondary);
    painter.drawText(parts.minimumText, Qt::AlignLeft | Qt::AlignVCenter, parts.minimumLabel);
    painter.drawText(parts.maximumText, Qt::AlignLeft | Qt::AlignVCenter, parts.maximumLabel);
}

} // namespace kw::gui
