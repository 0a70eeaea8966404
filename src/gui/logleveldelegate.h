#pragma once

#include "senec/seneclogparser.h"

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;

namespace kw::gui {

// Paints LogModel rows by level with colours chosen for the view's own palette (the model's fixed
// foreground colours are too dark on dark palettes): a coloured dot and text in the level column,
// error and warning messages in their colour, a faint tint behind error rows, muted times.
class LogLevelDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LogLevelDelegate(QObject *parent = nullptr);

    // The colour a level is shown in on `palette`; info and unknown lines get softer accents.
    static QColor levelColour(senec::SenecLogLevel level, const QPalette &palette);
    // A small filled circle in `colour`, for the level column and the level filter buttons.
    static QIcon dotIcon(const QColor &colour, int diameterPx = 8);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace kw::gui
