// kilowatch-cli decode, run as a separate process on test answers written for this project.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <bit>

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(KW_TEST_DATA_DIR "/cli/") + QLatin1StringView(name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

QJsonObject statusObject(const char *status, const char *raw)
{
    return QJsonObject{{QStringLiteral("status"), QLatin1StringView(status)},
                       {QStringLiteral("raw"), QLatin1StringView(raw)}};
}

} // namespace

class TestCliDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The whole output, byte for byte: key order, indentation, number forms.
    void allTypesMatchExpectedText()
    {
        const CliRun run = runCli({QStringLiteral("decode"), dataFile("decode-all-types.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QByteArray expected = readFile(dataFile("decode-all-types.expected.json"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(run.out, expected);
    }

    void allTypesDecodedValues()
    {
        const CliRun run = runCli({QStringLiteral("decode"), dataFile("decode-all-types.json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = parseObject(run.out);
        QVERIFY(!root.isEmpty());

        const QJsonObject energy = root.value(u"ENERGY").toObject();
        QCOMPARE(energy.value(u"GUI_BAT_DATA_FUEL_CHARGE").toDouble(), 70.0);
        // 9 digits bring the float32 back bit for bit.
        QCOMPARE(std::bit_cast<quint32>(float(energy.value(u"GUI_GRID_POW").toDouble())), 0xC41A5E14u);
        QCOMPARE(std::bit_cast<quint32>(float(energy.value(u"GUI_HOUSE_POW").toDouble())), 0x4599AD17u);
        QCOMPARE(std::bit_cast<quint32>(float(energy.value(u"SUBNORMAL").toDouble())), 0x00000001u);
        QCOMPARE(energy.value(u"STAT_STATE").toInteger(), 14);
        QCOMPARE(energy.value(u"NAN").toObject(), statusObject("non_finite", "fl_7FC00000"));
        QCOMPARE(energy.value(u"POS_INF").toObject(), statusObject("non_finite", "fl_7F800000"));
        QCOMPARE(energy.value(u"NEG_INF").toObject(), statusObject("non_finite", "fl_FF800000"));
        QCOMPARE(energy.value(u"SHORT_FLOAT").toObject(), statusObject("malformed", "fl_4599AD1"));
        // −0.0 at night keeps its sign in the text.
        QVERIFY(run.out.contains("\"GUI_INVERTER_POWER\": -0,"));

        const QJsonObject widths = root.value(u"WIDTHS").toObject();
        QCOMPARE(widths.value(u"U8").toInteger(), 255);
        QCOMPARE(widths.value(u"U16").toInteger(), 65535);
        QCOMPARE(widths.value(u"U32").toInteger(), 4294967295LL);
        QCOMPARE(widths.value(u"I8").toInteger(), -100);
        QCOMPARE(widths.value(u"I16").toInteger(), -100);
        QCOMPARE(widths.value(u"I16_POSITIVE").toInteger(), 100);
        QCOMPARE(widths.value(u"I32").toInteger(), -100);
        QCOMPARE(widths.value(u"I64_MINUS_ONE").toInteger(), -1);
        QCOMPARE(widths.value(u"U16_TOO_SHORT").toObject(), statusObject("malformed", "u1_FFF"));
        QCOMPARE(widths.value(u"U8_EMPTY").toObject(), statusObject("malformed", "u8_"));
        QCOMPARE(widths.value(u"I8_NOT_HEX").toObject(), statusObject("malformed", "i8_ZZ"));
        // Beyond a double's 53 bits: checked in the text, which QJsonValue cannot hold.
        QVERIFY(run.out.contains("\"U64\": 18446744073709551615,"));
        QVERIFY(run.out.contains("\"U64_LOWER\": 18446744073709551614,"));
        QVERIFY(run.out.contains("\"I64_MIN\": -9223372036854775808,"));

        const QJsonObject text = root.value(u"TEXT").toObject();
        QCOMPARE(text.value(u"EMPTY").toString(), QString());
        QVERIFY(text.value(u"EMPTY").isString());
        QCOMPARE(text.value(u"VERSION").toString(), QStringLiteral("0826"));
        QCOMPARE(text.value(u"UNDERSCORES").toString(), QStringLiteral("ABC_DEF_"));
        QCOMPARE(text.value(u"CHAR").toString(), QStringLiteral("X"));
        QCOMPARE(text.value(u"ESCAPES").toString(),
                 QStringLiteral("say \"hi\"\\ tab\there\nnew") + QChar(0x01) + QChar(0x1f) + u'/');
        QCOMPARE(text.value(u"UNICODE").toString(), QStringLiteral("Überschuss ☀ 🔋"));

        const QJsonObject sentinels = root.value(u"SENTINELS").toObject();
        QCOMPARE(sentinels.value(u"MISSING").toObject(), statusObject("not_found", "VARIABLE_NOT_FOUND"));
        QCOMPARE(sentinels.value(u"LOCKED").toObject(), statusObject("forbidden", "FORBIDDEN"));
        QCOMPARE(sentinels.value(u"LOCKED_SUFFIX").toObject(),
                 statusObject("forbidden", "FORBIDDEN_USER_LEVEL"));
        QCOMPARE(sentinels.value(u"BAD").toObject(), statusObject("malformed", "MALFORMED_VALUE"));
        QCOMPARE(sentinels.value(u"UNREADABLE").toObject(),
                 statusObject("malformed", "FILE_VARIABLE_NOT_READABLE"));
        QCOMPARE(sentinels.value(u"DEVICE_ERROR").toObject(), statusObject("device_error", "er_0042"));
        QCOMPARE(sentinels.value(u"UNKNOWN_PREFIX").toObject(), statusObject("unknown_type", "xx_123"));
        QCOMPARE(sentinels.value(u"NOT_A_STRING").toObject(), statusObject("malformed", "42"));
        QCOMPARE(sentinels.value(u"NOT_A_VALUE").toObject(), statusObject("malformed", "hello"));

        const QJsonObject arrays = root.value(u"ARRAYS").toObject();
        QCOMPARE(arrays.value(u"CELLS").toArray(), (QJsonArray{3300, 3301}));
        const QJsonArray mixed = arrays.value(u"MIXED").toArray();
        QCOMPARE(mixed.size(), 5);
        QCOMPARE(mixed.at(0).toDouble(), 1.0);
        QCOMPARE(mixed.at(1).toObject(), statusObject("not_found", "VARIABLE_NOT_FOUND"));
        QVERIFY(mixed.at(2).isString());
        QCOMPARE(mixed.at(2).toString(), QString());
        QCOMPARE(mixed.at(3).toObject(), statusObject("non_finite", "fl_7FC00000"));
        QCOMPARE(mixed.at(4).toInteger(), -100);
        QVERIFY(arrays.value(u"EMPTY").isArray());
        QVERIFY(arrays.value(u"EMPTY").toArray().isEmpty());
        QVERIFY(arrays.value(u"ONLY_END").toArray().isEmpty());
        QVERIFY(run.out.contains("\n      18446744073709551615\n"));

        const QJsonObject notFound{{QStringLiteral("status"), QStringLiteral("not_found")}};
        QCOMPARE(root.value(u"GONE").toObject(), notFound);
        QCOMPARE(root.value(u"NULLED").toObject(), notFound);
        QVERIFY(root.value(u"EMPTY_SECTION").isObject());
        QVERIFY(root.value(u"EMPTY_SECTION").toObject().isEmpty());
        QCOMPARE(root.value(u"SentMilliseconds").toObject(), statusObject("malformed", "1601276076667"));
    }

    void compactIsOneLineWithTheSameContent()
    {
        const QString file = dataFile("decode-all-types.json");
        const CliRun pretty = runCli({QStringLiteral("decode"), file});
        const CliRun compact = runCli({QStringLiteral("decode"), QStringLiteral("--compact"), file});
        QCOMPARE(compact.exitCode, 0);
        QCOMPARE(compact.out.count('\n'), 1);
        QVERIFY(compact.out.endsWith('\n'));
        QVERIFY(compact.out.contains("\"U64\":18446744073709551615,"));
        QCOMPARE(QJsonDocument::fromJson(compact.out), QJsonDocument::fromJson(pretty.out));
        QVERIFY(!QJsonDocument::fromJson(compact.out).isNull());
    }

    void readsStdin()
    {
        const QByteArray input = readFile(dataFile("decode-all-types.json"));
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("-")}, input);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, readFile(dataFile("decode-all-types.expected.json")));
    }

    void badInputFailsWithOneLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("mention");
        QTest::newRow("garbage") << dataFile("garbage.txt") << QByteArray() << 2
                                 << QByteArray("not valid JSON");
        QTest::newRow("truncated") << dataFile("truncated.json") << QByteArray() << 2
                                   << QByteArray("not valid JSON");
        QTest::newRow("array") << dataFile("not-an-object.json") << QByteArray() << 2
                               << QByteArray("not an object");
        QTest::newRow("empty stdin") << QStringLiteral("-") << QByteArray() << 2
                                     << QByteArray("empty");
        QTest::newRow("binary stdin") << QStringLiteral("-") << QByteArray("\x00\xff\x01{", 4) << 2
                                      << QByteArray("not valid JSON");
        QTest::newRow("missing file") << dataFile("does-not-exist.json") << QByteArray() << 1
                                      << QByteArray("cannot read");
    }

    void badInputFailsWithOneLine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, stdinData);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, mention);
        const CliRun run = runCli({QStringLiteral("decode"), file}, stdinData);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith("kilowatch-cli: error: "), run.err.constData());
        QVERIFY2(run.err.contains(mention), run.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("decode without file") << QStringList{QStringLiteral("decode")};
        QTest::newRow("raw for decode") << QStringList{QStringLiteral("decode"), QStringLiteral("-"),
                                                       QStringLiteral("--raw")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("decode"), QStringLiteral("-"),
                                                       QStringLiteral("--bogus")};
        QTest::newRow("extra argument") << QStringList{QStringLiteral("decode"), QStringLiteral("a"),
                                                       QStringLiteral("b")};
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("poll"), QStringLiteral("127.0.0.1"),
                                                    QStringLiteral("--timeout"), QStringLiteral("x")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("log"), QStringLiteral("127.0.0.1"),
                                                 QStringLiteral("--date"), QStringLiteral("2024-13-01")};
        QTest::newRow("bad address") << QStringList{QStringLiteral("poll"),
                                                    QStringLiteral("ftp://127.0.0.1/x")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
    }

    void helpAndVersion()
    {
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *word : {"decode", "poll", "snapshot", "log", "vars", "--trust-file",
                                 "--accept-new-certificate", "--timeout", "Exit codes"})
            QVERIFY2(help.out.contains(word), word);
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("kilowatch-cli " KW_VERSION "\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_clidecode.moc"
