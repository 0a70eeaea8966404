// AppController: the first start on the welcome page, the demo chosen there (kept in the
// settings, a throw-away INI file), and the window's geometry and view restored next time.
#include "appcontroller.h"
#include "appoptions.h"
#include "mainwindow.h"
#include "settings/settings.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::app::AppController;
using kw::gui::MainWindow;

class TestAppController : public QObject
{
    Q_OBJECT

private:
    static MainWindow *window()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *main = qobject_cast<MainWindow *>(widget))
                return main;
        }
        return nullptr;
    }

private Q_SLOTS:
    void welcomeThenDemoThenRestored()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        kw::app::AppOptions options;
        options.settingsPath = dir.filePath(u"settings.ini"_s);
        options.historyPath = dir.filePath(u"history.sqlite"_s);
        options.trustFile = dir.filePath(u"trust.json"_s);
        {
            AppController controller(options);
            QVERIFY2(controller.start(), qPrintable(controller.errorString()));
            MainWindow *main = window();
            QVERIFY(main);
            QVERIFY(main->isShowingWelcome());

            auto *demoButton = main->findChild<QPushButton *>(u"demoButton"_s);
            QVERIFY(demoButton);
            QTest::mouseClick(demoButton, Qt::LeftButton);
            QVERIFY(!main->isShowingWelcome());
            QTRY_VERIFY_WITH_TIMEOUT(main->windowTitle().contains(u"Demo"_s), 5'000);
            main->resize(1000, 650);
            QVERIFY(main->showView(u"battery"_s));
        } // saves the window and the view

        QSettings stored(options.settingsPath, QSettings::IniFormat);
        kw::Settings settings(&stored);
        QVERIFY(settings.useDemo());
        QVERIFY(settings.hasDevice());
        QCOMPARE(settings.lastView(), u"battery"_s);
        QVERIFY(!settings.windowGeometry().isEmpty());

        // The next start goes straight to the demo, on the battery view, at the saved size.
        AppController again(options);
        QVERIFY(again.start());
        MainWindow *main = window();
        QVERIFY(main);
        QVERIFY(!main->isShowingWelcome());
        QCOMPARE(main->currentView(), u"battery"_s);
        QCOMPARE(main->size(), QSize(1000, 650));
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
