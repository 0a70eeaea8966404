#pragma once

#include <QColor>
#include <QStyledItemDelegate>

#include <optional>

namespace kw::gui {

// Paints the cell columns of a battery table (BatteryModulesModel, BatteryCellTemperaturesModel)
// as a heatmap: the background from DeviationFromMeanRole on the HeatmapColours scale with a fixed
// span, the module's lowest and highest reading framed and marked ▼ / ▲ (so they show without
// colour vision too), "—" on a neutral background where there is no valid reading. Summary
// columns are painted as usual. Tooltips on every item give the value as received and, on
// cells, the deviation from the module mean.
class CellHeatmapDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Marker { None, Minimum, Maximum };

    // `span`: the deviation from the module mean (in `deviationUnit`, "mV" or "K") at which the
    // colour is at its fullest. Fixed, never taken from the data: the same colour has to mean the
    // same deviation from one poll and one module to the next.
    explicit CellHeatmapDelegate(double span, const QString &deviationUnit, QObject *parent = nullptr);

    double span() const { return m_span; }
    QString deviationUnit() const { return m_deviationUnit; }

    // A cell column of a BatteryGridModel (with any other model: an item with a deviation).
    static bool isHeatmapCell(const QModelIndex &index);
    // Lowest or highest reading of its module. None where the item holds no number, and where the
    // extreme singles nothing out: shared by more than one reading and by more than a quarter of
    // the module's readings (whole-degree sensors that read only 22 and 23 °C), or all equal.
    static Marker markerOf(const QModelIndex &index);
    // The heatmap colour of `index` on `palette`; nullopt where it gets none (not a heatmap cell,
    // or no valid reading).
    std::optional<QColor> cellColour(const QModelIndex &index, const QPalette &palette) const;
    // The text a cell shows: the model's, or "—" where there is no valid reading.
    static QString cellText(const QModelIndex &index);
    QString toolTipText(const QModelIndex &index) const;

    // ▼ (minimum) or ▲ (maximum) filling `rect`; shared with the legend.
    static void paintMarker(QPainter *painter, const QRectF &rect, Marker marker, const QColor &colour);
    // Side of the marker triangle for a font of this height.
    static qreal markerSize(int fontHeight);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    QString deviationText(double deviation) const;

    double m_span;
    QString m_deviationUnit;
};

} // namespace kw::gui
