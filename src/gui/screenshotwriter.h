#pragma once

#include <QString>

class QWidget;

namespace kw::gui {

// Renders `widget` (a whole window) to a PNG file, for `kilowatch --screenshot` and for checking
// views on a headless machine. False with `error` (one line) when the file cannot be written.
bool saveScreenshot(QWidget *widget, const QString &path, QString *error = nullptr);

} // namespace kw::gui
