#include "senec/seneclogparser.h"
#include "senec/senecvarsparser.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace kw::senec;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(KW_TEST_DATA_DIR "/net/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

qint64 utcMs(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

} // namespace

class TestSenecFileParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logLines()
    {
        const QList<SenecLogLine> lines = SenecLogParser::parse(readData("senec-log-sample.log"));
        QCOMPARE(lines.size(), 12); // the blank line is dropped

        QCOMPARE(lines.at(0).timeMs, std::optional<qint64>(utcMs("2024-03-05T00:00:03")));
        QCOMPARE(lines.at(0).level, SenecLogLevel::Info);
        QCOMPARE(lines.at(0).category, QStringLiteral("Application"));
        QCOMPARE(lines.at(0).message, QStringLiteral("Start of day: log rotated"));
        QCOMPARE(lines.at(0).lineNumber, 1);

        QCOMPARE(lines.at(2).level, SenecLogLevel::Warning);
        QCOMPARE(lines.at(2).category, QStringLiteral("BMS"));
        QCOMPARE(lines.at(3).level, SenecLogLevel::Error);
        QCOMPARE(lines.at(4).level, SenecLogLevel::Panic);
        QCOMPARE(lines.at(4).message, QStringLiteral("watchdog: task npu_main not responding"));

        // No [L|Category]: kept, level unknown, the whole text after the time as message.
        QCOMPARE(lines.at(5).timeMs, std::optional<qint64>(utcMs("2024-03-05T07:00:00")));
        QCOMPARE(lines.at(5).level, SenecLogLevel::Unknown);
        QVERIFY(lines.at(5).category.isEmpty());
        QCOMPARE(lines.at(5).message, QStringLiteral("PowerMeter: 3 phases detected"));

        // Brackets later in the message are message text.
        QCOMPARE(lines.at(6).lineNumber, 8);
        QCOMPARE(lines.at(6).message, QStringLiteral("GET /lala.cgi from 192.168.1.20 [200]"));

        QCOMPARE(lines.at(7).level, SenecLogLevel::Unknown);
        QCOMPARE(lines.at(7).category, QStringLiteral("Odd"));

        QVERIFY(!lines.at(8).timeMs);
        QCOMPARE(lines.at(8).message, QStringLiteral("garbage without any timestamp"));

        QCOMPARE(lines.at(9).level, SenecLogLevel::Info);
        QVERIFY(lines.at(9).category.isEmpty());
        QCOMPARE(lines.at(9).message, QStringLiteral("empty category"));

        // An impossible date is not a time: the line is kept whole.
        QVERIFY(!lines.at(10).timeMs);
        QCOMPARE(lines.at(10).message, QStringLiteral("2024-13-45 99:99:99 [I|Bad] impossible date"));

        QCOMPARE(lines.at(11).timeMs, std::optional<qint64>(utcMs("2024-03-05T23:59:59")));
        QCOMPARE(lines.at(11).category, QStringLiteral("Grid"));
    }

    void logCrlfAndJunk()
    {
        const QList<SenecLogLine> lines = SenecLogParser::parse(readData("senec-log-crlf.log"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).message, QStringLiteral("windows line"));
        QCOMPARE(lines.at(1).message, QStringLiteral("second"));
        QCOMPARE(lines.at(1).level, SenecLogLevel::Warning);

        QVERIFY(SenecLogParser::parse(QByteArray()).isEmpty());
        const QList<SenecLogLine> junk = SenecLogParser::parse(QByteArray("\xff\xfe\x00\x01 binary\n[|]\n[W|\n", 20));
        QCOMPARE(junk.size(), 3);
        for (const SenecLogLine &line : junk) {
            QVERIFY(!line.timeMs);
            QCOMPARE(line.level, SenecLogLevel::Unknown);
        }
        QCOMPARE(logLevelName(SenecLogLevel::Panic), QStringLiteral("panic"));
        QCOMPARE(logLevelLetter(SenecLogLevel::Warning), QLatin1Char('W'));
    }

    void varsPage()
    {
        const SenecVarsParser::Result result = SenecVarsParser::parse(readData("senec-vars-0826.html"));
        QVERIFY(result.ok());
        QCOMPARE(result.rows.size(), 8);
        QCOMPARE(result.rows.at(0), (SenecVarsRow{QStringLiteral("ENERGY.GUI_INVERTER_POWER"),
                                                  QStringLiteral("fl"), QStringLiteral("1234.5")}));
        QCOMPARE(result.rows.at(1).value, QStringLiteral("14"));
        QCOMPARE(result.rows.at(1).type, QStringLiteral("u8"));

        const SenecVarsRow &cell = result.rows.at(2);
        QCOMPARE(cell.name, QStringLiteral("BMS.CELL_VOLTAGES_MODULE_A[3]"));
        QCOMPARE(cell.section(), QStringLiteral("BMS"));
        QCOMPARE(cell.variable(), QStringLiteral("CELL_VOLTAGES_MODULE_A"));
        QCOMPARE(cell.index(), 3);
        QCOMPARE(cell.value, QStringLiteral("3926"));

        QCOMPARE(result.rows.at(3).value, QStringLiteral("a&b <x> \"q\" 's'"));
        QCOMPARE(result.rows.at(3).index(), -1);
        QCOMPARE(result.rows.at(4).value, QStringLiteral("2525866113258324220991834"));
        QCOMPARE(result.rows.at(5).value, QString());
        QCOMPARE(result.rows.at(5).index(), 0);
        QCOMPARE(result.rows.at(6).value, QStringLiteral("-120")); // no </tr>
        QCOMPARE(result.rows.at(7).variable(), QStringLiteral("percent#v"));
    }

    void varsPageWithoutTypeColumn()
    {
        const SenecVarsParser::Result result = SenecVarsParser::parse(readData("senec-vars-notype.html"));
        QVERIFY(result.ok());
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).name, QStringLiteral("ENERGY.GUI_HOUSE_POW"));
        QVERIFY(result.rows.at(0).type.isEmpty());
        QCOMPARE(result.rows.at(0).value, QStringLiteral("370.5"));
        QCOMPARE(result.rows.at(1).index(), 2);
    }

    void varsPageNotATable()
    {
        const SenecVarsParser::Result result = SenecVarsParser::parse("<html><body>Login required</body></html>");
        QVERIFY(!result.ok());
        QVERIFY(result.rows.isEmpty());
        QVERIFY(!SenecVarsParser::parse(QByteArray()).ok());
    }

    void entities()
    {
        QCOMPARE(SenecVarsParser::decodeEntities(u"&amp;&lt;&gt;&quot;&#39;&apos;&#x41;&#66;"),
                 QStringLiteral("&<>\"''AB"));
        QCOMPARE(SenecVarsParser::decodeEntities(u"a & b &unknown; &#xZZ; &"),
                 QStringLiteral("a & b &unknown; &#xZZ; &"));
    }
};

QTEST_GUILESS_MAIN(TestSenecFileParsers)
#include "tst_senecfileparsers.moc"
