#pragma once

#include "settings/settings.h"

#include <QColor>
#include <QPalette>

namespace kw::gui {

// Switches the whole application between the platform's look and Kilowatch's own light and dark
// palettes, at runtime: widgets get a PaletteChange and repaint, nothing needs restarting.
//
// System: the platform's style as it was before the first apply() (remembered then) and the
// platform theme's palette. Light/Dark: the Fusion style, which honours every palette role on every platform, with
// complete palettes (all roles, disabled group included). Qt 6.4 has no way to tell the platform
// which colour scheme the app uses (QStyleHints::colorScheme arrived read-only in 6.5 and
// settable in 6.8), so native dialogs and the title bar keep the desktop's scheme.
class ThemeManager
{
public:
    // Requires a QApplication; without one it logs and does nothing. Widgets receive the new
    // palette through posted events, i.e. once the event loop runs.
    static void apply(Settings::Theme theme);
    // The theme last applied; System before any apply().
    static Settings::Theme current();

    static QPalette lightPalette();
    static QPalette darkPalette();
    // For widgets that choose their own colours: is the window background dark (darker than
    // its text)? Works for the platform's palette as well as for ours.
    static bool isDark(const QPalette &palette);
    // Quieter text for hints and captions: the text colour washed towards the background.
    static QColor secondaryTextColour(const QPalette &palette);
    // Text that reports a problem (an invalid entry), readable on the palette's background.
    static QColor errorTextColour(const QPalette &palette);
};

} // namespace kw::gui
