#include "thememanager.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStyle>
#include <QStyleFactory>

namespace kw::gui {
namespace {

Q_LOGGING_CATEGORY(lcTheme, "kw.gui.theme", QtInfoMsg)

using namespace Qt::StringLiterals;

// The look the platform gave the application, captured before we first change it.
struct PlatformLook
{
    bool captured = false;
    QString styleName;
    Settings::Theme current = Settings::Theme::System;
};

PlatformLook &platformLook()
{
    static PlatformLook look;
    return look;
}

struct Colours
{
    QColor window, windowText, base, alternateBase, toolTipBase, toolTipText, placeholder, text,
            button, buttonText, brightText, light, midlight, mid, dark, shadow, highlight,
            highlightedText, link, linkVisited;
    // Disabled group: text fades towards the background, selections lose their colour.
    QColor disabledText, disabledButton, disabledBase, disabledHighlight, disabledHighlightedText,
            disabledPlaceholder;
    // Inactive windows keep a quieter selection so the focused one stands out.
    QColor inactiveHighlight, inactiveHighlightedText;
};

QPalette build(const Colours &c)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor &colour) {
        p.setColor(QPalette::All, role, colour);
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);
    set(QPalette::PlaceholderText, c.placeholder);
    set(QPalette::Text, c.text);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.buttonText);
    set(QPalette::BrightText, c.brightText);
    set(QPalette::Light, c.light);
    set(QPalette::Midlight, c.midlight);
    set(QPalette::Mid, c.mid);
    set(QPalette::Dark, c.dark);
    set(QPalette::Shadow, c.shadow);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.linkVisited);

    p.setColor(QPalette::Inactive, QPalette::Highlight, c.inactiveHighlight);
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, c.inactiveHighlightedText);

    const QPalette::ColorGroup d = QPalette::Disabled;
    p.setColor(d, QPalette::WindowText, c.disabledText);
    p.setColor(d, QPalette::Text, c.disabledText);
    p.setColor(d, QPalette::ButtonText, c.disabledText);
    p.setColor(d, QPalette::Button, c.disabledButton);
    p.setColor(d, QPalette::Base, c.disabledBase);
    p.setColor(d, QPalette::AlternateBase, c.disabledBase);
    p.setColor(d, QPalette::Highlight, c.disabledHighlight);
    p.setColor(d, QPalette::HighlightedText, c.disabledHighlightedText);
    p.setColor(d, QPalette::PlaceholderText, c.disabledPlaceholder);
    p.setColor(d, QPalette::Link, c.disabledText);
    p.setColor(d, QPalette::LinkVisited, c.disabledText);
    p.setColor(d, QPalette::BrightText, c.disabledText);
    p.setColor(d, QPalette::ToolTipText, c.disabledText);
    return p;
}

void useFusion()
{
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(u"Fusion"_s);
}

} // namespace

void ThemeManager::apply(Settings::Theme theme)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        qCWarning(lcTheme) << "no QApplication: theme not applied";
        return;
    }
    PlatformLook &look = platformLook();
    if (!look.captured) {
        look.styleName = QApplication::style()->name();
        look.captured = true;
    }
    switch (theme) {
    case Settings::Theme::System:
        if (QApplication::style()->name().compare(look.styleName, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(look.styleName);
        // A palette with no roles set hands the application back to the platform theme, which
        // then also follows the desktop's later changes (a stored copy would freeze it).
        QApplication::setPalette(QPalette());
        break;
    case Settings::Theme::Light:
        useFusion();
        QApplication::setPalette(lightPalette());
        break;
    case Settings::Theme::Dark:
        useFusion();
        QApplication::setPalette(darkPalette());
        break;
    }
    look.current = theme;
    qCDebug(lcTheme) << "theme" << Settings::themeName(theme) << "style"
                     << QApplication::style()->name();
}

Settings::Theme ThemeManager::current()
{
    return platformLook().current;
}

QPalette ThemeManager::lightPalette()
{
    Colours c;
    c.window = QColor(0xf3, 0xf4, 0xf6);
    c.windowText = QColor(0x1f, 0x23, 0x28);
    c.base = QColor(0xff, 0xff, 0xff);
    c.alternateBase = QColor(0xf6, 0xf8, 0xfa);
    c.toolTipBase = QColor(0xff, 0xff, 0xff);
    c.toolTipText = QColor(0x1f, 0x23, 0x28);
    c.placeholder = QColor(0x7a, 0x82, 0x8a);
    c.text = QColor(0x1f, 0x23, 0x28);
    c.button = QColor(0xfa, 0xfb, 0xfc);
    c.buttonText = QColor(0x1f, 0x23, 0x28);
    c.brightText = QColor(0xd1, 0x24, 0x2f);
    c.light = QColor(0xff, 0xff, 0xff);
    c.midlight = QColor(0xe6, 0xe8, 0xeb);
    c.mid = QColor(0xc3, 0xc8, 0xce);
    c.dark = QColor(0x9a, 0xa1, 0xa9);
    c.shadow = QColor(0x5c, 0x63, 0x6a);
    c.highlight = QColor(0x2f, 0x6f, 0xd6);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x0b, 0x62, 0xd6);
    c.linkVisited = QColor(0x7a, 0x3f, 0xc2);
    c.disabledText = QColor(0xa0, 0xa6, 0xad);
    c.disabledButton = QColor(0xee, 0xef, 0xf1);
    c.disabledBase = QColor(0xf3, 0xf4, 0xf6);
    c.disabledHighlight = QColor(0xc9, 0xcf, 0xd6);
    c.disabledHighlightedText = QColor(0x5c, 0x63, 0x6a);
    c.disabledPlaceholder = QColor(0xb8, 0xbd, 0xc3);
    c.inactiveHighlight = QColor(0xd4, 0xe2, 0xf7);
    c.inactiveHighlightedText = QColor(0x1f, 0x23, 0x28);
    return build(c);
}

QPalette ThemeManager::darkPalette()
{
    // Fusion outlines controls with the window colour darkened; fields (Base) clearly darker
    // than the window keep unchecked boxes and empty line edits visible.
    Colours c;
    c.window = QColor(0x2b, 0x2e, 0x33);
    c.windowText = QColor(0xe6, 0xe8, 0xeb);
    c.base = QColor(0x1c, 0x1e, 0x22);
    c.alternateBase = QColor(0x24, 0x27, 0x2b);
    c.toolTipBase = QColor(0x3a, 0x3e, 0x45);
    c.toolTipText = QColor(0xe6, 0xe8, 0xeb);
    c.placeholder = QColor(0x85, 0x8b, 0x92);
    c.text = QColor(0xe6, 0xe8, 0xeb);
    c.button = QColor(0x37, 0x3b, 0x41);
    c.buttonText = QColor(0xe6, 0xe8, 0xeb);
    c.brightText = QColor(0xff, 0x6b, 0x6b);
    c.light = QColor(0x4a, 0x4f, 0x56);
    c.midlight = QColor(0x3f, 0x43, 0x4a);
    c.mid = QColor(0x52, 0x57, 0x5e);
    c.dark = QColor(0x18, 0x1a, 0x1d);
    c.shadow = QColor(0x00, 0x00, 0x00);
    c.highlight = QColor(0x3d, 0x8b, 0xe8);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x6c, 0xb4, 0xff);
    c.linkVisited = QColor(0xb6, 0x9c, 0xff);
    c.disabledText = QColor(0x6b, 0x71, 0x78);
    c.disabledButton = QColor(0x30, 0x33, 0x38);
    c.disabledBase = QColor(0x26, 0x28, 0x2c);
    c.disabledHighlight = QColor(0x3a, 0x3f, 0x45);
    c.disabledHighlightedText = QColor(0x9a, 0xa0, 0xa6);
    c.disabledPlaceholder = QColor(0x55, 0x5a, 0x60);
    c.inactiveHighlight = QColor(0x2f, 0x4a, 0x6e);
    c.inactiveHighlightedText = QColor(0xe6, 0xe8, 0xeb);
    return build(c);
}

bool ThemeManager::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

QColor ThemeManager::secondaryTextColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const float keep = 0.68F; // still above 4.5:1 contrast on both of our palettes
    return QColor::fromRgbF(text.redF() * keep + window.redF() * (1 - keep),
                            text.greenF() * keep + window.greenF() * (1 - keep),
                            text.blueF() * keep + window.blueF() * (1 - keep));
}

QColor ThemeManager::errorTextColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

} // namespace kw::gui
