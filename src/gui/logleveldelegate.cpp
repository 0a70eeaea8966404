#include "logleveldelegate.h"

#include "thememanager.h"

#include "logmodel.h"
#include "modelroles.h"

#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace kw::gui {

using senec::SenecLogLevel;

namespace {

// `a` blended towards `b` by `amount` (0..1).
QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

} // namespace

LogLevelDelegate::LogLevelDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor LogLevelDelegate::levelColour(SenecLogLevel level, const QPalette &palette)
{
    // Each pair keeps a contrast of at least 4.5:1 against typical light / dark view backgrounds.
    const bool dark = ThemeManager::isDark(palette);
    switch (level) {
    case SenecLogLevel::Panic:
        return dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xb0, 0x1e, 0x1e);
    case SenecLogLevel::Error:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xc6, 0x28, 0x28);
    case SenecLogLevel::Warning:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xa1, 0x5c, 0x07);
    case SenecLogLevel::Info:
        return dark ? QColor(0x7c, 0xb3, 0xf5) : QColor(0x1f, 0x5f, 0xbf);
    case SenecLogLevel::Unknown:
        break;
    }
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QIcon LogLevelDelegate::dotIcon(const QColor &colour, int diameterPx)
{
    // Painted once per colour: a table paints a dot for every visible row.
    static QHash<quint64, QIcon> cache;
    const quint64 key = (quint64(colour.rgba()) << 16) | quint64(diameterPx & 0xffff);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(diameterPx, diameterPx) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0.5, 0.5, diameterPx - 1.0, diameterPx - 1.0));
    painter.end();
    const QIcon icon(pixmap);
    if (cache.size() > 64)
        cache.clear();
    cache.insert(key, icon);
    return icon;
}

void LogLevelDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    // The view's own colours, before the model's fixed foreground replaces its text colour.
    const QPalette palette = option->palette;
    const QColor text = palette.color(QPalette::Text);
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant levelValue = index.data(models::LogLevelRole);
    const auto level = levelValue.isValid() ? SenecLogLevel(levelValue.toInt()) : SenecLogLevel::Unknown;
    const QColor accent = levelColour(level, palette);
    const bool alarming = level == SenecLogLevel::Error || level == SenecLogLevel::Panic;
    const bool notable = alarming || level == SenecLogLevel::Warning;

    QColor foreground = text;
    switch (index.column()) {
    case models::LogModel::TimeColumn:
        // Times repeat the same digits row after row; muted, they let the messages stand out.
        foreground = mix(text, palette.color(QPalette::Base), 0.35);
        option->font.setBold(false);
        break;
    case models::LogModel::LevelColumn:
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = dotIcon(accent);
        option->decorationSize = QSize(8, 8);
        foreground = notable ? accent : text;
        if (notable)
            option->font.setBold(true);
        break;
    case models::LogModel::CategoryColumn:
        foreground = mix(text, palette.color(QPalette::Base), 0.2);
        option->font.setBold(false);
        break;
    case models::LogModel::MessageColumn:
        foreground = notable ? accent : (level == SenecLogLevel::Unknown ? accent : text);
        break;
    default:
        break;
    }
    option->palette.setColor(QPalette::Text, foreground);
    if (alarming && !(option->state & QStyle::State_Selected)) {
        QColor tint = levelColour(level, palette);
        tint.setAlphaF(ThemeManager::isDark(palette) ? 0.14f : 0.08f);
        option->backgroundBrush = tint;
    }
}

} // namespace kw::gui
