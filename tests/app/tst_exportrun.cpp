// `kilowatch --demo --export FILE`: the real binary for every view and format, headless, with a
// throw-away settings file; files read back. Usage errors exit 64 with one line.
#include "csvreader.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class TestExportRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QProcess> launch(const QStringList &arguments, const QString &settings)
    {
        auto app = std::make_unique<QProcess>();
        app->setProcessChannelMode(QProcess::SeparateChannels);
        app->start(QStringLiteral(KW_APP_PATH),
                   QStringList(arguments) << u"--settings"_s << m_dir.filePath(settings));
        return app;
    }

    static QList<QStringList> csvRows(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        bool ok = false;
        const QList<QStringList> rows = kwtest::parseCsv(file.readAll(), &ok);
        return ok ? rows : QList<QStringList>{};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // All eight exports at once (each its own demo process): each exits 0, says what it wrote on
    // stdout and leaves a file that reads back as asked.
    void everyViewAndFormat()
    {
        struct Run
        {
            QString view;
            QString file;
            QString range;
            std::unique_ptr<QProcess> process;
        };
        std::vector<Run> runs;
        const QList<std::tuple<QString, QString, QString>> cases{
            {u"charts"_s, u"charts.png"_s, u"24h"_s}, {u"charts"_s, u"charts.svg"_s, u"6h"_s},
            {u"charts"_s, u"charts.csv"_s, u"1h"_s},  {u"energy"_s, u"energy.png"_s, u"30d"_s},
            {u"energy"_s, u"energy.svg"_s, u"7d"_s},  {u"energy"_s, u"energy.csv"_s, u"30d"_s},
            {u"battery"_s, u"battery.csv"_s, u"24h"_s}, {u"log"_s, u"log.csv"_s, u"24h"_s}};
        for (const auto &[view, file, range] : cases) {
            Run run{view, m_dir.filePath(file), range, nullptr};
            run.process = launch({u"--demo"_s, u"--demo-start"_s, u"2026-06-21T12:00:00Z"_s, u"--export"_s,
                                  run.file, u"--view"_s, view, u"--range"_s, range, u"--size"_s, u"900x500"_s},
                                 file + u".ini"_s);
            runs.push_back(std::move(run));
        }
        for (Run &run : runs) {
            QVERIFY2(run.process->waitForFinished(55'000), qPrintable(run.file));
            QCOMPARE(run.process->exitStatus(), QProcess::NormalExit);
            QVERIFY2(run.process->exitCode() == 0, run.process->readAllStandardError().constData());
            const QString out = QString::fromUtf8(run.process->readAllStandardOutput()).trimmed();
            QVERIFY2(out.startsWith(u"Wrote "_s + run.file), qPrintable(out));
            QCOMPARE(out.count(u'\n'), 0);
        }

        const QImage charts(m_dir.filePath(u"charts.png"_s));
        QCOMPARE(charts.size(), QSize(900, 500));
        const QImage energy(m_dir.filePath(u"energy.png"_s));
        QCOMPARE(energy.size(), QSize(900, 500));
        for (const QString &svgFile : {u"charts.svg"_s, u"energy.svg"_s}) {
            QSvgRenderer svg(m_dir.filePath(svgFile));
            QVERIFY2(svg.isValid(), qPrintable(svgFile));
            QCOMPARE(svg.viewBoxF(), QRectF(0, 0, 900, 500));
        }

        // An hour of live-rate demo history: a sample every 30 s from the replayed past, all raw.
        const QList<QStringList> data = csvRows(m_dir.filePath(u"charts.csv"_s));
        QVERIFY(data.size() > 100);
        QCOMPARE(data[0].first(), u"time_utc"_s);
        QVERIFY(data[1][0].startsWith(u"2026-06-21T11:0"_s));
        QCOMPARE(data[1][1], u"sample"_s);
        QVERIFY(data.last()[0] >= u"2026-06-21T12:00:00.000Z"_s);

        const QList<QStringList> days = csvRows(m_dir.filePath(u"energy.csv"_s));
        QCOMPARE(days.size(), 1 + 30); // the 30 days up to the demo's day, each recorded
        QCOMPARE(days.last()[0], u"2026-06-21"_s);
        QVERIFY(days[5][3].toDouble() > 1000); // PV Wh of a whole past day

        const QList<QStringList> battery = csvRows(m_dir.filePath(u"battery.csv"_s));
        QVERIFY(battery.size() >= 2);
        QCOMPARE(battery[1][1], u"A"_s);
        QVERIFY(battery[0].contains(u"cell_14_mv"_s));

        const QList<QStringList> log = csvRows(m_dir.filePath(u"log.csv"_s));
        QVERIFY(log.size() > 5);
        QCOMPARE(log[0], (QStringList{u"time_utc"_s, u"level"_s, u"category"_s, u"message"_s, u"line"_s}));
        QVERIFY(log[1][0].startsWith(u"2026-06-21T"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("battery as png") << QStringList{u"--export"_s, u"b.png"_s, u"--view"_s, u"battery"_s};
        QTest::newRow("unknown format") << QStringList{u"--export"_s, u"c.jpg"_s};
        QTest::newRow("unknown view") << QStringList{u"--export"_s, u"c.csv"_s, u"--view"_s, u"overview"_s};
        QTest::newRow("unknown range") << QStringList{u"--export"_s, u"c.csv"_s, u"--range"_s, u"2d"_s};
        QTest::newRow("range alone") << QStringList{u"--range"_s, u"7d"_s};
        QTest::newRow("with screenshot") << QStringList{u"--export"_s, u"c.csv"_s, u"--screenshot"_s, u"s.png"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        auto app = launch(QStringList{u"--demo"_s} + arguments, u"usage.ini"_s);
        QVERIFY(app->waitForFinished(10'000));
        QCOMPARE(app->exitCode(), 64);
        const QString error = QString::fromUtf8(app->readAllStandardError()).trimmed();
        QVERIFY2(error.startsWith(u"kilowatch: "_s) && !error.contains(u'\n'), qPrintable(error));
        QVERIFY(app->readAllStandardOutput().isEmpty());
    }

    // No device on the command line or in the settings: nothing to export from, exit 1, no file.
    void noDeviceFails()
    {
        const QString target = m_dir.filePath(u"nothing.csv"_s);
        auto app = launch({u"--export"_s, target}, u"empty.ini"_s);
        QVERIFY(app->waitForFinished(20'000));
        QCOMPARE(app->exitCode(), 1);
        QVERIFY(QString::fromUtf8(app->readAllStandardError()).contains(u"no device to export from"_s));
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestExportRun)
#include "tst_exportrun.moc"
