// `kilowatch --demo --screenshot`: the whole app (simulator in-process, real transport and
// poller, window) started as a user would, headless.
#include "history/historystore.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestAppDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    // Every run gets its own settings file: the tests never read or change the user's.
    QStringList withSettings(QStringList arguments, const QString &name = QStringLiteral("settings.ini")) const
    {
        arguments << QStringLiteral("--settings") << m_settingsDir.filePath(name);
        return arguments;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settingsDir.isValid()); }

    void demoShowsDataAndSavesScreenshot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("demo.png"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(KW_APP_PATH),
                  withSettings({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png}));
        QVERIFY(app.waitForFinished(60'000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    // --screenshot grabs each view at the size asked for, once that view has its data.
    void screenshotOfEveryView_data()
    {
        QTest::addColumn<QString>("view");
        for (const char *view : {"overview", "battery", "charts", "log", "variables"})
            QTest::newRow(view) << QString::fromLatin1(view);
    }
    void screenshotOfEveryView()
    {
        QFETCH(QString, view);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(view + QStringLiteral(".png"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(KW_APP_PATH),
                  withSettings({QStringLiteral("--demo"), QStringLiteral("--view"), view,
                                QStringLiteral("--size"), QStringLiteral("1000x700"),
                                QStringLiteral("--screenshot"), png}));
        QVERIFY(app.waitForFinished(60'000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 700));
    }

    // Without a device on the command line or in the settings the welcome page opens; a
    // screenshot of it needs no data.
    void firstStartShowsTheWelcomePage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("welcome.png"));
        const QString ini = dir.filePath(QStringLiteral("fresh.ini"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(KW_APP_PATH),
                  {QStringLiteral("--settings"), ini, QStringLiteral("--screenshot"), png});
        QVERIFY(app.waitForFinished(30'000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(!QImage(png).isNull());
        // A screenshot run leaves no device behind in the settings.
        QSettings settings(ini, QSettings::IniFormat);
        QVERIFY(settings.value(QStringLiteral("device/address")).toString().isEmpty());
    }

    // The app records what it shows; the demo's samples carry the simulated device time, and the
    // demo's history holds the plant's month before the start.
    void demoRecordsItsHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(KW_APP_PATH),
                  withSettings({QStringLiteral("--demo"), QStringLiteral("--history"), db,
                                QStringLiteral("--demo-start"), QStringLiteral("2026-06-21T10:00:00Z"),
                                QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("demo.png"))}));
        QVERIFY(app.waitForFinished(60'000));
        QCOMPARE(app.exitCode(), 0);

        kw::history::HistoryStore store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        QVERIFY(store.rawSampleCount() >= 1);
        const qint64 startMs = QDateTime::fromString(QStringLiteral("2026-06-21T10:00:00Z"),
                                                     Qt::ISODate).toMSecsSinceEpoch();
        const qint64 monthBeforeMs = QDateTime::fromString(QStringLiteral("2026-05-22T00:00:00Z"),
                                                           Qt::ISODate).toMSecsSinceEpoch();
        QVERIFY(*store.firstSampleMs() >= monthBeforeMs);
        QVERIFY(*store.firstSampleMs() < monthBeforeMs + 60'000);
        QVERIFY(*store.lastSampleMs() > startMs);
        // Live samples after the start (one per 2 s poll), not the recorded 30 s steps.
        const QList<kw::EnergySnapshot> samples = store.rawSamples(startMs + 1, startMs + 60'000);
        QVERIFY(!samples.isEmpty());
        QVERIFY(samples.constFirst().pvW.has_value() && *samples.constFirst().pvW > 0); // June, 12:00 CEST
        QCOMPARE(store.dailyEnergy(QDate(2026, 5, 23), QDate(2026, 6, 20), QTimeZone::utc()).size(), 29);
    }

    // A history file that is not ours is reported and left alone; the app still runs.
    void foreignHistoryFileIsLeftAlone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString foreign = dir.filePath(QStringLiteral("thesis.txt"));
        {
            QFile file(foreign);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("chapter one\n");
        }
        QProcess app;
        app.start(QStringLiteral(KW_APP_PATH),
                  withSettings({QStringLiteral("--demo"), QStringLiteral("--history"), foreign,
                                QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("demo.png"))}));
        QVERIFY(app.waitForFinished(60'000));
        QCOMPARE(app.exitCode(), 0);
        const QByteArray err = app.readAllStandardError();
        QVERIFY2(err.contains("not recording history") && err.contains("thesis.txt"), err.constData());
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("chapter one\n"));
    }

    void usageErrors()
    {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--demo"), QStringLiteral("--device"), QStringLiteral("1.2.3.4")},
              QStringList{QStringLiteral("--demo"), QStringLiteral("--size"), QStringLiteral("10x10")},
              QStringList{QStringLiteral("--demo"), QStringLiteral("--size"), QStringLiteral("wide")},
              QStringList{QStringLiteral("--demo"), QStringLiteral("--interval"), QStringLiteral("1")},
              QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-start"),
                          QStringLiteral("yesterday")},
              QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-speed"), QStringLiteral("0")},
              QStringList{QStringLiteral("--demo"), QStringLiteral("--view"), QStringLiteral("cellar")},
              QStringList{QStringLiteral("--device"), QStringLiteral("1.2.3.4"),
                          QStringLiteral("--demo-start"), QStringLiteral("2026-06-21T09:00:00Z")}}) {
            QProcess app;
            app.start(QStringLiteral(KW_APP_PATH), arguments);
            QVERIFY(app.waitForFinished(20'000));
            QCOMPARE(app.exitCode(), 64);
            // Qt may print its own warnings first; ours is one line of its own.
            const QByteArray err = app.readAllStandardError();
            QVERIFY2(err.startsWith("kilowatch: ") || err.contains("\nkilowatch: "), err.constData());
        }
    }

    // --help, --version and usage errors must not need a window system: they run over ssh, in
    // CI and in packaging checks. With the xcb platform and no DISPLAY, creating a QApplication
    // would abort, so these only pass if the command line is handled before it.
    void commandLineWorksWithoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));

        QProcess version;
        version.setProcessEnvironment(env);
        version.start(QStringLiteral(KW_APP_PATH), {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(20'000));
        QCOMPARE(version.exitStatus(), QProcess::NormalExit);
        QCOMPARE(version.exitCode(), 0);
        QCOMPARE(version.readAllStandardOutput().trimmed(), QByteArray("kilowatch " KW_VERSION));

        QProcess usage;
        usage.setProcessEnvironment(env);
        usage.start(QStringLiteral(KW_APP_PATH), {QStringLiteral("--no-such-option")});
        QVERIFY(usage.waitForFinished(20'000));
        QCOMPARE(usage.exitStatus(), QProcess::NormalExit);
        QCOMPARE(usage.exitCode(), 64);

        // Help and usage errors speak the system's language, like other command-line tools.
        QProcessEnvironment german = env;
        german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        QProcess help;
        help.setProcessEnvironment(german);
        help.start(QStringLiteral(KW_APP_PATH), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(20'000));
        QCOMPARE(help.exitCode(), 0);
        const QString helpText = QString::fromUtf8(help.readAllStandardOutput());
        // Qt's own words ("Optionen:") and ours.
        QVERIFY2(helpText.contains(QStringLiteral("--demo")) && helpText.contains(QStringLiteral("Optionen:"))
                     && helpText.contains(QStringLiteral("Sekunden zwischen den Abfragen")),
                 qPrintable(helpText));
        QProcess germanUsage;
        germanUsage.setProcessEnvironment(german);
        germanUsage.start(QStringLiteral(KW_APP_PATH), {QStringLiteral("--view"), QStringLiteral("nowhere")});
        QVERIFY(germanUsage.waitForFinished(20'000));
        QCOMPARE(germanUsage.exitCode(), 64);
        const QString error = QString::fromUtf8(germanUsage.readAllStandardError());
        QVERIFY2(!error.contains(QStringLiteral("needs one of")), qPrintable(error)); // not the English text
        QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAppDemo)
#include "tst_appdemo.moc"
