#include "senec/senecbackend.h"
#include "senec/senecstatetexts.h"

#include <QTest>

#include <cmath>

using namespace kw::senec;

class TestSenecBackend : public QObject
{
    Q_OBJECT

private:
    static SenecResponse parse(const char *json)
    {
        const SenecParseResult result = parseSenecResponse(QByteArray(json));
        if (!result.response)
            qFatal("test JSON does not parse: %s", qPrintable(result.error));
        return *result.response;
    }

private Q_SLOTS:
    void mapsTheReferenceExample()
    {
        // The API reference's ENERGY example: exporting 4277 W, battery discharging 2 W.
        const SenecResponse response = parse(R"({"ENERGY":{
            "STAT_STATE":"u8_0D","GUI_BAT_DATA_POWER":"fl_BF08E2C1","GUI_INVERTER_POWER":"fl_4599AD17",
            "GUI_HOUSE_POW":"fl_442047C0","GUI_GRID_POW":"fl_C585A866","GUI_BAT_DATA_FUEL_CHARGE":"fl_428C0000"}})");
        const SenecBackend backend;
        const kw::EnergySnapshot s = backend.snapshot(response, 1234);
        QCOMPARE(s.timestampMs, 1234);
        QVERIFY(s.isComplete());
        QCOMPARE(float(*s.pvW), 4917.6362f);
        QCOMPARE(float(*s.houseW), 641.1211f);
        QVERIFY(*s.gridW < -4277.0 && *s.gridW > -4278.0); // negative: export
        QVERIFY(*s.batteryW < 0.0 && *s.batteryW > -1.0);   // negative: discharging
        QCOMPARE(*s.socPercent, 70.0);
        QCOMPARE(s.stateCode, 13);
        QCOMPARE(s.stateText, QStringLiteral("AKKU VOLL"));
        QCOMPARE(SenecBackend(QStringLiteral("en")).snapshot(response, 0).stateText, QStringLiteral("Battery full"));
    }

    void negativeZeroPvBecomesZero()
    {
        const SenecResponse response = parse(R"({"ENERGY":{"GUI_INVERTER_POWER":"fl_80000000"}})");
        const kw::EnergySnapshot s = SenecBackend().snapshot(response, 0);
        QVERIFY(s.pvW.has_value());
        QCOMPARE(*s.pvW, 0.0);
        QVERIFY(!std::signbit(*s.pvW));
    }

    void importAndChargeArePositive()
    {
        const SenecResponse response = parse(R"({"ENERGY":{
            "GUI_GRID_POW":"fl_44FA0000","GUI_BAT_DATA_POWER":"fl_43FA0000"}})");
        const kw::EnergySnapshot s = SenecBackend().snapshot(response, 0);
        QCOMPARE(*s.gridW, 2000.0);
        QCOMPARE(*s.batteryW, 500.0);
    }

    void missingValuesStayEmptyNeverZero()
    {
        const SenecResponse response = parse(R"({"ENERGY":{
            "GUI_INVERTER_POWER":"VARIABLE_NOT_FOUND","GUI_HOUSE_POW":"FORBIDDEN",
            "GUI_GRID_POW":"fl_7FC00000","GUI_BAT_DATA_POWER":"er_01",
            "GUI_BAT_DATA_FUEL_CHARGE":"MALFORMED_VALUE","STAT_STATE":"VARIABLE_NOT_FOUND"},
            "BMS":{"OBJECT_NOT_FOUND":""}})");
        const kw::EnergySnapshot s = SenecBackend().snapshot(response, 0);
        QVERIFY(!s.pvW);
        QVERIFY(!s.houseW);
        QVERIFY(!s.gridW); // NaN is flagged non-finite, not a number to show
        QVERIFY(!s.batteryW);
        QVERIFY(!s.socPercent);
        QCOMPARE(s.stateCode, -1);
        QVERIFY(s.stateText.isEmpty());
        QVERIFY(!s.isComplete());

        const kw::EnergySnapshot empty = SenecBackend().snapshot(parse(R"({"ENERGY":{"OBJECT_NOT_FOUND":""}})"), 0);
        QVERIFY(!empty.pvW && !empty.houseW && !empty.gridW && !empty.batteryW && !empty.socPercent);
    }

    void socFallsBackToBmsPermille()
    {
        const SenecResponse response = parse(R"({"ENERGY":{"GUI_BAT_DATA_FUEL_CHARGE":"VARIABLE_NOT_FOUND"},
            "BMS":{"SYSTEM_SOC":"u1_033E"}})");
        QCOMPARE(*SenecBackend().snapshot(response, 0).socPercent, 83.0);
        // The GUI value wins when present.
        const SenecResponse both = parse(R"({"ENERGY":{"GUI_BAT_DATA_FUEL_CHARGE":"fl_42A00000"},
            "BMS":{"SYSTEM_SOC":"u1_033E"}})");
        QCOMPARE(*SenecBackend().snapshot(both, 0).socPercent, 80.0);
    }

    void unknownStateCodeIsNamedAsUnknown()
    {
        const SenecResponse response = parse(R"({"ENERGY":{"STAT_STATE":"u8_C8"}})");
        const kw::EnergySnapshot de = SenecBackend(QStringLiteral("de")).snapshot(response, 0);
        QCOMPARE(de.stateCode, 200);
        QCOMPARE(de.stateText, QStringLiteral("Unbekannter Zustand 200"));
        QCOMPARE(SenecBackend(QStringLiteral("en")).snapshot(response, 0).stateText,
                 QStringLiteral("Unknown state 200"));
    }

    void stateTextTable()
    {
        const QList<int> codes = SenecStateTexts::codes();
        QCOMPARE(codes.size(), 99);
        QCOMPARE(codes.first(), 0);
        QCOMPARE(codes.last(), 98);
        for (const int code : codes) {
            QVERIFY(!SenecStateTexts::text(code, QStringLiteral("de")).isEmpty());
            QVERIFY(!SenecStateTexts::text(code, QStringLiteral("en")).isEmpty());
        }
        QCOMPARE(SenecStateTexts::text(14, QStringLiteral("de")), QStringLiteral("LADEN"));
        QCOMPARE(SenecStateTexts::text(14, QStringLiteral("en")), QStringLiteral("Charging"));
        QCOMPARE(SenecStateTexts::text(42, QStringLiteral("de")), QStringLiteral("WARTE AUF ÜBERSCHUSS"));
        QCOMPARE(SenecStateTexts::text(98, QStringLiteral("de")), QStringLiteral("BMS FEHLER - MODULUNGLEICHGEWICHT"));
        QCOMPARE(SenecStateTexts::text(16, QStringLiteral("fr")), QStringLiteral("Discharging"));
        QVERIFY(SenecStateTexts::text(99, QStringLiteral("de")).isEmpty());
        QVERIFY(SenecStateTexts::text(-1, QStringLiteral("en")).isEmpty());
    }

    void deviceTime()
    {
        // WEB_TIME is local time: 1691275183 at UTC+120 min.
        const SenecResponse plus = parse(R"({"RTC":{"WEB_TIME":"u3_64CECFAF","UTC_OFFSET":"i3_00000078"}})");
        QCOMPARE(SenecBackend::deviceTimeUtcMs(plus), std::optional<qint64>((1691275183LL - 7200) * 1000));
        // A negative offset read as unsigned would be 4294967176 minutes: a classic client bug.
        const SenecResponse minus = parse(R"({"RTC":{"WEB_TIME":"u3_64CECFAF","UTC_OFFSET":"i3_FFFFFF88"}})");
        QCOMPARE(SenecBackend::deviceTimeUtcMs(minus), std::optional<qint64>((1691275183LL + 7200) * 1000));
        const SenecResponse missing = parse(R"({"RTC":{"WEB_TIME":"u3_64CECFAF","UTC_OFFSET":"VARIABLE_NOT_FOUND"}})");
        QVERIFY(!SenecBackend::deviceTimeUtcMs(missing));
        QVERIFY(!SenecBackend::deviceTimeUtcMs(parse(R"({"ENERGY":{}})")));
    }
};

QTEST_GUILESS_MAIN(TestSenecBackend)
#include "tst_senecbackend.moc"
