#pragma once

#include <QWidget>

namespace kw::gui {

// The key to one battery heatmap, in one line: the colour bar from a full span below the module
// mean to a full span above it, and the ▼ / ▲ marks of a module's lowest and highest reading,
// painted with the delegate's own colours and marker so the key always matches the table.
class HeatmapLegend : public QWidget
{
    Q_OBJECT
public:
    // `span` and `unit` as the delegate of the table it explains ("mV", "K").
    HeatmapLegend(double span, const QString &unit, QWidget *parent = nullptr);

    // "−20 mV", "+20 mV": the ends of the bar.
    QString lowText() const;
    QString highText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Parts;
    Parts layoutParts() const;
    QFont legendFont() const;

    double m_span;
    QString m_unit;
};

} // namespace kw::gui
