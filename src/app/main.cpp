// kilowatch: the desktop app. main only parses the command line and hands over to AppController.
#include "appcontroller.h"
#include "appoptions.h"

#include <QApplication>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("kilowatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KW_VERSION));
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
    kw::app::AppController controller(parsed.options);
    if (!controller.start()) {
        std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(controller.errorString()));
        return 1;
    }
    return QApplication::exec();
}
