#include "fetcherrorbanner.h"

#include "thememanager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace kw::gui {

FetchErrorBanner::FetchErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 5, 8, 5);
    layout->setSpacing(8);
    const int iconPx = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconPx, iconPx));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    applyColours();
    hide();
}

void FetchErrorBanner::showError(const QString &message)
{
    m_label->setText(message);
    setVisible(!message.isEmpty());
}

QString FetchErrorBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void FetchErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColours)
        applyColours();
}

void FetchErrorBanner::applyColours()
{
    // Derived from the inherited palette, so a theme switch recolours the banner too; only the
    // banner's own palette entries are changed, never its children's text roles.
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = ThemeManager::isDark(inherited);
    QPalette own = palette();
    own.setColor(QPalette::Window, dark ? QColor(0x4a, 0x22, 0x24) : QColor(0xfd, 0xec, 0xea));
    own.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xd7, 0xd5) : QColor(0x8a, 0x1c, 0x1c));
    // setPalette() sends a PaletteChange of its own.
    m_applyingColours = true;
    setPalette(own);
    m_applyingColours = false;
}

} // namespace kw::gui
