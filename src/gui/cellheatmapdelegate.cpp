#include "cellheatmapdelegate.h"

#include "batterygridmodel.h"
#include "heatmapcolours.h"
#include "modelroles.h"
#include "senec/senecvalue.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPolygonF>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kw::gui {
namespace {

int paddingFor(const QFontMetrics &metrics)
{
    return std::max(3, metrics.height() / 4);
}

bool hasNumber(const QModelIndex &index)
{
    return index.data(models::NumericValueRole).isValid();
}

// "3,712.6" in the user's locale: one decimal, as means and deviations fall between whole mV.
QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

CellHeatmapDelegate::CellHeatmapDelegate(double span, const QString &deviationUnit, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_span(span)
    , m_deviationUnit(deviationUnit)
{
}

bool CellHeatmapDelegate::isHeatmapCell(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    if (const auto *grid = qobject_cast<const models::BatteryGridModel *>(index.model()))
        return grid->isCellColumn(index.column());
    return index.data(models::DeviationFromMeanRole).isValid();
}

CellHeatmapDelegate::Marker CellHeatmapDelegate::markerOf(const QModelIndex &index)
{
    if (!isHeatmapCell(index) || !hasNumber(index))
        return Marker::None;
    const bool minimum = index.data(models::IsModuleMinimumRole).toBool();
    const bool maximum = index.data(models::IsModuleMaximumRole).toBool();
    // Both at once: every reading of the module is the same, and marking all of them says nothing.
    if (minimum == maximum)
        return Marker::None;
    const int role = minimum ? models::IsModuleMinimumRole : models::IsModuleMaximumRole;
    if (const auto *grid = qobject_cast<const models::BatteryGridModel *>(index.model())) {
        int readings = 0;
        int sharing = 0;
        for (int cell = 0; cell < grid->cellCount(); ++cell) {
            const QModelIndex other = grid->index(index.row(), grid->columnOfCell(cell));
            readings += hasNumber(other) ? 1 : 0;
            sharing += other.data(role).toBool() ? 1 : 0;
        }
        if (sharing > std::max(1, readings / 4))
            return Marker::None;
    }
    return minimum ? Marker::Minimum : Marker::Maximum;
}

std::optional<QColor> CellHeatmapDelegate::cellColour(const QModelIndex &index, const QPalette &palette) const
{
    if (!isHeatmapCell(index) || !hasNumber(index))
        return std::nullopt;
    const QVariant deviation = index.data(models::DeviationFromMeanRole);
    if (!deviation.isValid())
        return std::nullopt;
    return HeatmapColours::fromPalette(palette).background(deviation.toDouble(), m_span);
}

QString CellHeatmapDelegate::cellText(const QModelIndex &index)
{
    const QVariant text = index.data(Qt::DisplayRole);
    if (!hasNumber(index) || !text.isValid())
        return u"\u2014"_s;
    return text.toString();
}

QString CellHeatmapDelegate::deviationText(double deviation) const
{
    // Signs in words of their own: "−" (minus), "+", and "±" where rounding leaves nothing.
    const QString magnitude = oneDecimal(std::abs(deviation));
    const QString sign = magnitude == oneDecimal(0.0) ? u"\u00B1"_s : deviation < 0 ? u"\u2212"_s : u"+"_s;
    return sign + magnitude + u' ' + m_deviationUnit;
}

QString CellHeatmapDelegate::toolTipText(const QModelIndex &index) const
{
    const QAbstractItemModel *model = index.model();
    if (!model)
        return {};
    const QString module = model->headerData(index.row(), Qt::Vertical).toString();
    QStringList lines{tr("%1, %2").arg(module, model->headerData(index.column(), Qt::Horizontal).toString())};
    const QVariant display = index.data(Qt::DisplayRole);
    const QString raw = index.data(models::RawTextRole).toString();
    if (!display.isValid()) {
        lines.append(tr("No reading"));
        return lines.join(u'\n');
    }
    if (!hasNumber(index) && isHeatmapCell(index)) {
        const QVariant status = index.data(models::ValueStatusRole);
        lines.append(status.isValid()
                         ? tr("No valid reading: %1, received %2")
                               .arg(senec::statusName(senec::ValueStatus(status.toInt())), raw)
                         : tr("No valid reading"));
        return lines.join(u'\n');
    }

    const QString unit = index.data(models::UnitRole).toString();
    QString value = display.toString();
    if (isHeatmapCell(index) && !unit.isEmpty())
        value += u' ' + unit;
    if (!isHeatmapCell(index)) {
        // A summary text may be composed from several variables (the status): the raw value on a
        // line of its own, not as if it spelled the text.
        lines.append(value);
        if (!raw.isEmpty())
            lines.append(tr("As received: %1").arg(raw));
        return lines.join(u'\n');
    }
    lines.append(raw.isEmpty() ? value : tr("%1 (received %2)").arg(value, raw));

    const QVariant deviation = index.data(models::DeviationFromMeanRole);
    if (deviation.isValid()) {
        const double mean = index.data(models::NumericValueRole).toDouble() - deviation.toDouble();
        lines.append(tr("%1 from the module mean of %2")
                         .arg(deviationText(deviation.toDouble()), oneDecimal(mean) + u' ' + unit));
    }
    switch (markerOf(index)) {
    case Marker::Minimum: lines.append(tr("\u25BC lowest in %1").arg(module)); break;
    case Marker::Maximum: lines.append(tr("\u25B2 highest in %1").arg(module)); break;
    case Marker::None: break;
    }
    return lines.join(u'\n');
}

qreal CellHeatmapDelegate::markerSize(int fontHeight)
{
    return std::round(fontHeight * 0.5);
}

void CellHeatmapDelegate::paintMarker(QPainter *painter, const QRectF &rect, Marker marker, const QColor &colour)
{
    if (marker == Marker::None)
        return;
    QPolygonF triangle;
    if (marker == Marker::Maximum)
        triangle << QPointF(rect.center().x(), rect.top()) << rect.bottomRight() << rect.bottomLeft();
    else
        triangle << rect.topLeft() << rect.topRight() << QPointF(rect.center().x(), rect.bottom());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(triangle);
    painter->restore();
}

void CellHeatmapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (!isHeatmapCell(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const HeatmapColours colours = HeatmapColours::fromPalette(opt.palette);
    const std::optional<QColor> colour = cellColour(index, opt.palette);
    const QColor background = colour.value_or(colours.neutral);
    const QColor foreground = colour ? colours.textOn(background) : colours.muted;
    const QFontMetrics metrics(opt.font);
    const int padding = paddingFor(metrics);
    const QRect rect = opt.rect;

    painter->save();
    painter->fillRect(rect, background);
    const Marker marker = markerOf(index);
    if (marker != Marker::None) {
        const qreal size = markerSize(metrics.height());
        const QRectF markerRect(rect.left() + padding, rect.top() + (rect.height() - size * 0.8) / 2.0,
                                size, size * 0.8);
        paintMarker(painter, markerRect, marker, foreground);
        // A frame as well: the marked cell stands out at a glance, the triangle says which end.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(foreground, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(rect).adjusted(1.25, 1.25, -1.25, -1.25));
    }
    if (opt.state & QStyle::State_Selected) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(opt.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
    }
    painter->setFont(opt.font);
    painter->setPen(foreground);
    const QRect textRect = rect.adjusted(padding, 0, -padding, 0);
    painter->drawText(textRect, colour ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter, cellText(index));
    painter->restore();
}

QSize CellHeatmapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!isHeatmapCell(index))
        return size;
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const int padding = paddingFor(metrics);
    // Room for four digits whatever the cell holds now, and for the marker beside them, so
    // the columns keep their width when a reading or the marked cell changes.
    const int textWidth = std::max(metrics.horizontalAdvance(cellText(index)),
                                   metrics.horizontalAdvance(u"8888"_s));
    const int width = padding + int(std::ceil(markerSize(metrics.height()))) + padding + textWidth + padding;
    size.setWidth(std::max(size.width(), width));
    return size;
}

bool CellHeatmapDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString text = toolTipText(index);
        if (!text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view, option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace kw::gui
