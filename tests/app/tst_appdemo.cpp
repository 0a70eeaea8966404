// `kilowatch --demo --screenshot`: the whole app (simulator in-process, real transport and
// poller, window) started as a user would, headless.
#include "history/historystore.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAppDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoShowsDataAndSavesScreenshot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("demo.png"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(KW_APP_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
        QVERIFY(app.waitForFinished(60'000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    // The app records what it shows; the demo's samples carry the simulated device time.
    void demoRecordsItsHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(KW_APP_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--history"), db,
                   QStringLiteral("--demo-start"), QStringLiteral("2026-06-21T10:00:00Z"),
                   QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("demo.png"))});
        QVERIFY(app.waitForFinished(60'000));
        QCOMPARE(app.exitCode(), 0);

        kw::history::HistoryStore store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        QVERIFY(store.rawSampleCount() >= 1);
        const qint64 startMs = QDateTime::fromString(QStringLiteral("2026-06-21T10:00:00Z"),
                                                     Qt::ISODate).toMSecsSinceEpoch();
        QVERIFY(*store.firstSampleMs() >= startMs);
        QVERIFY(*store.firstSampleMs() < startMs + 60'000);
        const QList<kw::EnergySnapshot> samples = store.rawSamples(startMs, startMs + 60'000);
        QVERIFY(!samples.isEmpty());
        QVERIFY(samples.constFirst().pvW.has_value() && *samples.constFirst().pvW > 0); // June, 12:00 CEST
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
                  {QStringLiteral("--demo"), QStringLiteral("--history"), foreign,
                   QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("demo.png"))});
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
             {QStringList(), QStringList{QStringLiteral("--demo"), QStringLiteral("--device"),
                                         QStringLiteral("1.2.3.4")},
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
    }
};

QTEST_GUILESS_MAIN(TestAppDemo)
#include "tst_appdemo.moc"
