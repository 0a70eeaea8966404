// Whole lala.cgi answers: sections, arrays, sentinels at every level, hostile bodies, round trips.
#include "senec/senecresponse.h"
#include "senec/senecvaluecodec.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace kw::senec;
using namespace Qt::StringLiterals;

class TestSenecResponse : public QObject
{
    Q_OBJECT
private slots:
    void decodesSectionsAndValues();
    void arraysEndAtMarker();
    void emptyTextInsideArrays();
    void missingSections();
    void nonStringValuesAreMalformed();
    void topLevelNonObjectKeysKept();
    void escapedQuotesInText();
    void rejectsBodiesThatAreNotJsonObjects_data();
    void rejectsBodiesThatAreNotJsonObjects();
    void truncatedBodiesNeverDecodeHalfway();
    void hostileBytesNeverCrash();
    void numberRefusesErrorsAndNonFinite();
    void mergeUnitesSections();
    void wireRoundTrip();
};

void TestSenecResponse::decodesSectionsAndValues()
{
    const QByteArray body = R"({"ENERGY":{"STAT_STATE":"u8_0D","GUI_INVERTER_POWER":"fl_4599AD17",
        "GUI_GRID_POW":"fl_C585A866","GUI_BAT_DATA_OA_CHARGING":"VARIABLE_NOT_FOUND"},
        "BMS_PARA":{"MAX_MODULE_DISCHARGE_CURRENT_LIMIT_A":"i1_FFE8"},
        "WIZARD":{"APPLICATION_VERSION":"st_0826"}})";
    const SenecParseResult result = parseSenecResponse(body);
    QVERIFY2(result.response, qPrintable(result.error));
    const SenecResponse &r = *result.response;
    QCOMPARE(r.sections.size(), 3);
    QCOMPARE(*r.number(u"ENERGY"_s, u"STAT_STATE"_s), 13.0);
    QVERIFY(*r.number(u"ENERGY"_s, u"GUI_INVERTER_POWER"_s) == 4917.63623046875);
    QVERIFY(*r.number(u"ENERGY"_s, u"GUI_GRID_POW"_s) == -4277.0498046875);
    QCOMPARE(*r.number(u"BMS_PARA"_s, u"MAX_MODULE_DISCHARGE_CURRENT_LIMIT_A"_s), -24.0);
    QCOMPARE(r.value(u"WIZARD"_s, u"APPLICATION_VERSION"_s)->text(), u"0826"_s);
    QCOMPARE(r.value(u"ENERGY"_s, u"GUI_BAT_DATA_OA_CHARGING"_s)->status(), ValueStatus::NotFound);
    QVERIFY(!r.number(u"ENERGY"_s, u"GUI_BAT_DATA_OA_CHARGING"_s));
    QVERIFY(!r.number(u"ENERGY"_s, u"NO_SUCH"_s));
    QVERIFY(!r.number(u"NO_SECTION"_s, u"STAT_STATE"_s));
    QCOMPARE(r.variableCount(), 6);
}

void TestSenecResponse::arraysEndAtMarker()
{
    const QByteArray body = R"({"PV1":{"INV_MODEL":["st_A","st_","st_END_OF_ARRAY"],
        "MPP_POWER":["fl_441690A4","fl_00000000","fl_441BFC5B"],
        "AFTER":["u8_01","st_END_OF_ARRAY","u8_02"]}})";
    const SenecResponse r = *parseSenecResponse(body).response;
    const SenecVariable *model = r.variable(u"PV1"_s, u"INV_MODEL"_s);
    QVERIFY(model->isArray);
    QVERIFY(model->endOfArrayMarker);
    QCOMPARE(model->values.size(), 2);
    QCOMPARE(model->values.at(0).text(), u"A"_s);
    QCOMPARE(model->values.at(1).text(), QString());
    const SenecVariable *mpp = r.variable(u"PV1"_s, u"MPP_POWER"_s);
    QVERIFY(mpp->isArray && !mpp->endOfArrayMarker);
    QCOMPARE(mpp->values.size(), 3);
    QVERIFY(*r.number(u"PV1"_s, u"MPP_POWER"_s, 2) == 623.9430541992188);
    QVERIFY(!r.number(u"PV1"_s, u"MPP_POWER"_s, 3));
    // Nothing after the marker belongs to the array.
    QCOMPARE(r.variable(u"PV1"_s, u"AFTER"_s)->values.size(), 1);
    QCOMPARE(r.variableCount(), 3);
    QCOMPARE(r.valueCount(), 2 + 3 + 1); // array elements, markers not counted
}

void TestSenecResponse::emptyTextInsideArrays()
{
    const SenecResponse r =
        *parseSenecResponse(R"({"BMS":{"SERIAL":["st_","st_","st_","st_"]}})").response;
    const SenecVariable *serial = r.variable(u"BMS"_s, u"SERIAL"_s);
    QCOMPARE(serial->values.size(), 4);
    for (const SenecValue &v : serial->values) {
        QCOMPARE(v.status(), ValueStatus::Ok);
        QVERIFY(v.isText() && v.text().isEmpty());
    }
}

void TestSenecResponse::missingSections()
{
    const SenecResponse r = *parseSenecResponse(
        R"({"BAT1OBJ2":{"OBJECT_NOT_FOUND":""},"STATISTIC":{},"OLD":null})").response;
    QCOMPARE(r.section(u"BAT1OBJ2"_s)->status, SectionStatus::NotFound);
    QVERIFY(r.section(u"BAT1OBJ2"_s)->variables.isEmpty());
    QCOMPARE(r.section(u"STATISTIC"_s)->status, SectionStatus::Ok); // exists, just empty
    QVERIFY(r.section(u"STATISTIC"_s)->variables.isEmpty());
    QCOMPARE(r.section(u"OLD"_s)->status, SectionStatus::NotFound);
}

void TestSenecResponse::nonStringValuesAreMalformed()
{
    const SenecResponse r = *parseSenecResponse(
        R"({"X":{"NUM":42,"BOOL":true,"NUL":null,"OBJ":{"a":1},"ARR":["u8_01",7,null]}})").response;
    for (const QString &name : {u"NUM"_s, u"BOOL"_s, u"NUL"_s, u"OBJ"_s}) {
        const SenecValue *v = r.value(u"X"_s, name);
        QVERIFY2(v, qPrintable(name));
        QCOMPARE(v->status(), ValueStatus::Malformed);
        QVERIFY(!v->toDouble()); // a bare JSON 42 is not trusted as a device value
    }
    QCOMPARE(r.value(u"X"_s, u"NUM"_s)->raw(), u"42"_s);
    QCOMPARE(r.value(u"X"_s, u"NUL"_s)->raw(), u"null"_s);
    const SenecVariable *arr = r.variable(u"X"_s, u"ARR"_s);
    QCOMPARE(arr->values.size(), 3);
    QCOMPARE(arr->values.at(0).status(), ValueStatus::Ok);
    QCOMPARE(arr->values.at(1).status(), ValueStatus::Malformed);
    QCOMPARE(arr->values.at(2).status(), ValueStatus::Malformed);
}

void TestSenecResponse::topLevelNonObjectKeysKept()
{
    const SenecResponse r = *parseSenecResponse(
        R"({"ENERGY":{"STAT_STATE":"u8_11"},"SentMilliseconds":1601276077051})").response;
    QCOMPARE(r.section(u"SentMilliseconds"_s)->status, SectionStatus::Malformed);
    QCOMPARE(r.section(u"SentMilliseconds"_s)->raw, u"1601276077051"_s);
    QCOMPARE(*r.number(u"ENERGY"_s, u"STAT_STATE"_s), 17.0);
}

void TestSenecResponse::escapedQuotesInText()
{
    const SenecResponse r =
        *parseSenecResponse(R"({"STECA":{"ERRORTEXT":"st_say \"hi\"\\"}})").response;
    QCOMPARE(r.value(u"STECA"_s, u"ERRORTEXT"_s)->text(), u"say \"hi\"\\"_s);
}

void TestSenecResponse::rejectsBodiesThatAreNotJsonObjects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \r\n");
    QTest::newRow("html") << QByteArray("<html><body>504 Gateway Time-out</body></html>");
    QTest::newRow("array") << QByteArray(R"(["fl_00000000"])");
    QTest::newRow("string") << QByteArray(R"("u8_01")");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("truncated") << QByteArray(R"({"ENERGY":{"STAT_STATE":"u8_0D","GUI_)");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    QTest::newRow("trailing garbage") << QByteArray(R"({"A":{}} xyz)");
}

void TestSenecResponse::rejectsBodiesThatAreNotJsonObjects()
{
    QFETCH(QByteArray, body);
    const SenecParseResult result = parseSenecResponse(body);
    QVERIFY(!result.response);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!result.error.contains(u'\n'));
}

void TestSenecResponse::truncatedBodiesNeverDecodeHalfway()
{
    // Every proper prefix of a valid answer must fail as a whole: a cut-off body may never yield a
    // partial snapshot that looks plausible.
    const QByteArray body = R"({"ENERGY":{"STAT_STATE":"u8_0D","GUI_INVERTER_POWER":"fl_4599AD17"},)"
                            R"("BMS":{"CELL_VOLTAGES_MODULE_A":["u1_0F56","u1_0F55"]}})";
    QVERIFY(parseSenecResponse(body).response);
    for (qsizetype n = 0; n < body.size(); ++n)
        QVERIFY2(!parseSenecResponse(body.left(n)).response, qPrintable(QString::number(n)));
}

void TestSenecResponse::hostileBytesNeverCrash()
{
    std::mt19937 rng(1234);
    const QByteArray alphabet = R"({}[]":,_ 0123456789ABCDEFfluist8136VARIABLE_NOT_FOUND\)";
    for (int round = 0; round < 3000; ++round) {
        QByteArray body = "{\"S\":{\"V\":";
        const int len = int(rng() % 64);
        for (int i = 0; i < len; ++i)
            body.append(alphabet.at(qsizetype(rng() % alphabet.size())));
        const SenecParseResult result = parseSenecResponse(body);
        QVERIFY(result.response.has_value() != !result.error.isEmpty());
    }
}

void TestSenecResponse::numberRefusesErrorsAndNonFinite()
{
    const SenecResponse r = *parseSenecResponse(
        R"({"T":{"NAN":"fl_7FC00000","ERR":"er_01","FORB":"FORBIDDEN","TXT":"st_12","UNK":"q1_00"}})")
                                .response;
    for (const QString &name : {u"NAN"_s, u"ERR"_s, u"FORB"_s, u"TXT"_s, u"UNK"_s})
        QVERIFY2(!r.number(u"T"_s, name), qPrintable(name));
    QCOMPARE(r.value(u"T"_s, u"NAN"_s)->status(), ValueStatus::NonFinite);
    QVERIFY(std::isnan(*r.value(u"T"_s, u"NAN"_s)->toFloat()));
    QCOMPARE(r.value(u"T"_s, u"UNK"_s)->status(), ValueStatus::UnknownType);
}

void TestSenecResponse::mergeUnitesSections()
{
    SenecResponse a = *parseSenecResponse(R"({"ENERGY":{"A":"u8_01"},"BMS":{"X":"u8_05"}})").response;
    const SenecResponse b = *parseSenecResponse(
        R"({"ENERGY":{"B":"u8_02"},"PV1":{"P":"fl_00000000"},"BMS":{"OBJECT_NOT_FOUND":""}})").response;
    a.merge(b);
    QCOMPARE(*a.number(u"ENERGY"_s, u"A"_s), 1.0);
    QCOMPARE(*a.number(u"ENERGY"_s, u"B"_s), 2.0);
    QCOMPARE(*a.number(u"PV1"_s, u"P"_s), 0.0);
    // A later "not found" for a section does not wipe variables that an earlier part delivered.
    QCOMPARE(*a.number(u"BMS"_s, u"X"_s), 5.0);
    SenecResponse c = *parseSenecResponse(R"({"WALLBOX":{"OBJECT_NOT_FOUND":""}})").response;
    c.merge(*parseSenecResponse(R"({"WALLBOX":{"STATE":["u8_A1"]}})").response);
    QCOMPARE(c.section(u"WALLBOX"_s)->status, SectionStatus::Ok);
    QCOMPARE(*c.number(u"WALLBOX"_s, u"STATE"_s), 161.0);
}

void TestSenecResponse::wireRoundTrip()
{
    const QByteArray body = R"({"ENERGY":{"STAT_STATE":"u8_0D","P":"fl_80000000","N":"fl_7FC00000"},)"
                            R"("PV1":{"INV_MODEL":["st_A","st_","st_END_OF_ARRAY"]},)"
                            R"("X":{"OBJECT_NOT_FOUND":""},"Y":{"E":"er_01","F":"FORBIDDEN_2","U":"zz_9"},)"
                            R"("Z":{"I":"i6_8000000000000000","U6":"u6_FFFFFFFFFFFFFFFF"}})";
    const SenecResponse r = *parseSenecResponse(body).response;
    const SenecResponse again = *parseSenecResponse(r.toWireJson()).response;
    QCOMPARE(again, r);
    QVERIFY(r.toWireJson().contains(R"("st_END_OF_ARRAY")"));
    QVERIFY(r.toWireJson().contains(R"("fl_80000000")"));
}

QTEST_GUILESS_MAIN(TestSenecResponse)
#include "tst_senecresponse.moc"
