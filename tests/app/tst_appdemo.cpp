// `kilowatch --demo --screenshot`: the whole app (simulator in-process, real transport and
// poller, window) started as a user would, headless.
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

    void usageErrors()
    {
        for (const QStringList &arguments :
             {QStringList(), QStringList{QStringLiteral("--demo"), QStringLiteral("--device"),
                                         QStringLiteral("1.2.3.4")},
              QStringList{QStringLiteral("--demo"), QStringLiteral("--interval"), QStringLiteral("1")},
              QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-start"),
                          QStringLiteral("yesterday")},
              QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-speed"), QStringLiteral("0")},
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
