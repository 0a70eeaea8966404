// kilowatch: the desktop app. main only parses the command line and hands over to AppController.
#include "appcontroller.h"
#include "appoptions.h"
#include "languagesetup.h"
#include "singleinstance.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <cstdio>
#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("kilowatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KW_VERSION));
}

// The window icon, drawn from the embedded SVG (packaging/icons/appicon.qrc) by our own renderer:
// no dependence on the SVG icon-engine plugin being deployed.
QIcon applicationIcon()
{
    QSvgRenderer svg(QStringLiteral(":/kw/app/app.kilowatch.Kilowatch.svg"));
    QIcon icon;
    for (int sizePx : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(sizePx, sizePx);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    // The command line is read before any window system is touched, so --help, --version and
    // usage errors work on a machine without a display (ssh, CI, packaging checks).
    kw::app::AppParseResult parsed;
    {
        QCoreApplication commandLine(argc, argv);
        setApplicationIdentity();
        // --help and usage errors in the system's language, as command-line tools do; the
        // window's language (the setting, --language) is chosen later by the AppController.
        kw::app::LanguageSetup commandLineLanguage;
        commandLineLanguage.install(kw::app::LanguageSetup::resolve(
            QStringLiteral("system"), QLocale::system().uiLanguages()));
        parsed = kw::app::parseAppOptions(QCoreApplication::arguments());
    }
    if (parsed.exitNow)
        return 0;
    if (!parsed.ok) {
        std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(parsed.error));
        return 64; // sysexits EX_USAGE, as kilowatch-cli
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Kilowatch"));
    // The Wayland app id that ties the windows to app.kilowatch.Kilowatch.desktop (X11 matches
    // StartupWMClass=kilowatch, the WM_CLASS Qt derives from the program name).
    QGuiApplication::setDesktopFileName(QStringLiteral("app.kilowatch.Kilowatch"));
    QApplication::setWindowIcon(applicationIcon());

    // One Kilowatch per user and settings file: a second launch brings the first to the front.
    // Scripted runs (--screenshot, --export) neither ask nor answer: they may run beside the
    // user's Kilowatch and beside each other.
    const kw::app::AppOptions &options = parsed.options;
    std::unique_ptr<kw::app::SingleInstance> instance;
    if (options.screenshotPath.isEmpty() && options.exportPath.isEmpty()) {
        instance = std::make_unique<kw::app::SingleInstance>(
            kw::app::SingleInstance::keyFor(options.settingsPath));
        switch (instance->start()) {
        case kw::app::SingleInstance::Role::Primary:
            break;
        case kw::app::SingleInstance::Role::Secondary:
            std::printf("kilowatch: already running; brought its window to the front\n");
            return 0;
        case kw::app::SingleInstance::Role::Busy:
            std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(instance->errorString()));
            return 1;
        case kw::app::SingleInstance::Role::Failed:
            // Better two windows than none.
            std::fprintf(stderr, "kilowatch: not checking for another Kilowatch: %s\n",
                         qUtf8Printable(instance->errorString()));
            instance.reset();
            break;
        }
    }

    kw::app::AppController controller(options);
    if (instance) {
        QObject::connect(instance.get(), &kw::app::SingleInstance::activationRequested, &controller,
                         &kw::app::AppController::activateWindow);
    }
    if (!controller.start()) {
        std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(controller.errorString()));
        return 1;
    }
    return QApplication::exec();
}
