#include "screenshotwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

namespace kw::gui {

bool saveScreenshot(QWidget *widget, const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QDir().mkpath(QFileInfo(absolute).absolutePath());
    // grab() paints the widget into a pixmap itself: it works without a compositor and under
    // Xvfb or the offscreen platform, where grabbing the screen would not.
    const QImage image = widget->grab().toImage();
    QImageWriter writer(absolute, "png");
    if (image.isNull() || !writer.write(image)) {
        if (error)
            *error = QCoreApplication::translate("kw::gui::ScreenshotWriter",
                                                 "cannot write screenshot %1: %2")
                         .arg(absolute, writer.errorString());
        return false;
    }
    return true;
}

} // namespace kw::gui
