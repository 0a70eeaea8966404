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
              QStringList{QStringLiteral("--demo"), QStringLiteral("--interval"), QStringLiteral("1")}}) {
            QProcess app;
            app.start(QStringLiteral(KW_APP_PATH), arguments);
            QVERIFY(app.waitForFinished(20'000));
            QCOMPARE(app.exitCode(), 64);
            // Qt may print its own warnings first; ours is one line of its own.
            const QByteArray err = app.readAllStandardError();
            QVERIFY2(err.startsWith("kilowatch: ") || err.contains("\nkilowatch: "), err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestAppDemo)
#include "tst_appdemo.moc"
