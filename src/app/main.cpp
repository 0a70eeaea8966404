// kilowatch: the desktop app. main only parses the command line and hands over to AppController.
#include "appcontroller.h"
#include "appoptions.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kilowatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kilowatch"));
    QApplication::setApplicationVersion(QStringLiteral(KW_VERSION));

    const kw::app::AppParseResult parsed = kw::app::parseAppOptions(QApplication::arguments());
    if (parsed.exitNow)
        return 0;
    if (!parsed.ok) {
        std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(parsed.error));
        return 64; // sysexits EX_USAGE, as kilowatch-cli
    }
    kw::app::AppController controller(parsed.options);
    if (!controller.start()) {
        std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(controller.errorString()));
        return 1;
    }
    return QApplication::exec();
}
