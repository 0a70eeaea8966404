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

    // Backup power and grid failure states mean the public grid is gone; other states do not.
    void gridOutageFromState_data()
    {
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<bool>("outage");
        QTest::newRow("74 emergency charge") << QByteArray("u8_4A") << false;
        QTest::newRow("75 backup power") << QByteArray("u8_4B") << true;
        QTest::newRow("76 backup power, battery empty") << QByteArray("u8_4C") << true;
        QTest::newRow("77 backup power error") << QByteArray("u8_4D") << true;
        QTest::newRow("78") << QByteArray("u8_4E") << false;
        QTest::newRow("80 grid failure") << QByteArray("u8_50") << true;
        QTest::newRow("14 PV + charging") << QByteArray("u8_0E") << false;
    }
    void gridOutageFromState()
    {
        QFETCH(QByteArray, state);
        QFETCH(bool, outage);
        const SenecResponse response = parse(QByteArray(R"({"ENERGY":{"STAT_STATE":")" + state + R"("}})").constData());
        QCOMPARE(SenecBackend().snapshot(response, 1).gridOutage, outage);
    }

    // The fixed lists of error states agree with the catalogue's texts: every state whose German
    // text names an error (FEHLER) is a fault, those of the BMS a battery fault, and no other.
    void errorStatesMatchTheCatalogue()
    {
        int faults = 0;
        int batteryFaults = 0;
        for (const int code : SenecStateTexts::codes()) {
            const QString german = SenecStateTexts::text(code, QStringLiteral("de"));
            const bool error = german.contains(QStringLiteral("FEHLER"));
            const bool bms = error && german.startsWith(QStringLiteral("BMS"));
            QVERIFY2(SenecBackend::isBatteryErrorState(code) == bms, qPrintable(german));
            QVERIFY2(SenecBackend::isErrorState(code) == (error && !bms), qPrintable(german));
            faults += SenecBackend::isErrorState(code);
            batteryFaults += SenecBackend::isBatteryErrorState(code);
        }
        QCOMPARE(faults, 20);
        QCOMPARE(batteryFaults, 3);

        const auto stateSnapshot = [this](const char *state) {
            return SenecBackend().snapshot(
                parse(QByteArray(R"({"ENERGY":{"STAT_STATE":")" + QByteArray(state) + R"("}})").constData()), 1);
        };
        const kw::EnergySnapshot insulation = stateSnapshot("u8_5B"); // 91 ISOLATIONSFEHLER
        QVERIFY(insulation.deviceFault);
        QVERIFY(!insulation.batteryFault);
        const kw::EnergySnapshot bms = stateSnapshot("u8_27"); // 39 BMS FEHLER
        QVERIFY(!bms.deviceFault);
        QVERIFY(bms.batteryFault);
        const kw::EnergySnapshot charging = stateSnapshot("u8_0E"); // 14 PV + charging
        QVERIFY(!charging.deviceFault);
        QVERIFY(!charging.batteryFault);
    }

    // ALARM_STATUS per module; only the configured modules count, an unknown answer stays unknown.
    void alarmingModulesFromAlarmStatus()
    {
        const SenecBackend backend;
        const auto alarming = [&](const char *json) { return backend.snapshot(parse(json), 1).alarmingModules; };
        QCOMPARE(alarming(R"({"BMS":{"ALARM_STATUS":["u3_00000000","u3_00000000","u3_00000000","u3_00000000"],
                              "MODULES_CONFIGURED":"u8_03"}})"),
                 std::optional<QList<int>>(QList<int>{}));
        QCOMPARE(alarming(R"({"BMS":{"ALARM_STATUS":["u3_00000000","u3_00000004","u3_00000000","u3_00000001"],
                              "MODULES_CONFIGURED":"u8_04"}})"),
                 std::optional<QList<int>>(QList<int>{2, 4}));
        // Module 4 is not configured: whatever its slot says is not an alarm.
        QCOMPARE(alarming(R"({"BMS":{"ALARM_STATUS":["u3_00000000","u3_00000000","u3_00000000","u3_00000001"],
                              "MODULES_CONFIGURED":"u8_03"}})"),
                 std::optional<QList<int>>(QList<int>{}));
        // A malformed element is not read as an alarm (nor as all clear for the others).
        QCOMPARE(alarming(R"({"BMS":{"ALARM_STATUS":["u3_zz","u3_00000002"]}})"),
                 std::optional<QList<int>>(QList<int>{2}));
        QVERIFY(!alarming(R"({"ENERGY":{"STAT_STATE":"u8_0E"}})").has_value());
    }

    // Firmware 0826 as its own UI names it, the model from FACTORY.SYS_TYPE, capacity in Wh.
    void deviceInfo()
    {
        const SenecResponse response = parse(R"({
            "FACTORY":{"SYS_TYPE":"u8_11","DEVICE_ID":"st_33424081110462489540422709","DESIGN_CAPACITY":"fl_45EA6000"},
            "WIZARD":{"APPLICATION_VERSION":"st_0826","SETUP_NUMBER_WALLBOXES":"u8_01"}})");
        const kw::DeviceInfo info = SenecBackend(QStringLiteral("en")).deviceInfo(response);
        QCOMPARE(info.model, QStringLiteral("SENEC.Home V3 hybrid"));
        QCOMPARE(info.firmware, QStringLiteral("0826"));
        QCOMPARE(info.serial, QStringLiteral("33424081110462489540422709"));
        QVERIFY(info.batteryCapacityWh);
        QCOMPARE(*info.batteryCapacityWh, 7500.0);
        QCOMPARE(info.wallboxCount, 1);
        QCOMPARE(info.summary(), QStringLiteral("SENEC.Home V3 hybrid · firmware 0826"));
    }

    // What was not delivered stays empty: no made-up capacity, model or wallbox.
    void deviceInfoMissingOrBad()
    {
        const SenecResponse response = parse(R"({
            "FACTORY":{"SYS_TYPE":"u8_63","DESIGN_CAPACITY":"fl_00000000",
                       "DEVICE_ID":"st_0123456789012345678901234567890123456789012345678901234567890123456789"},
            "WIZARD":{"APPLICATION_VERSION":"VARIABLE_NOT_FOUND","SETUP_NUMBER_WALLBOXES":"u8_09"}})");
        const kw::DeviceInfo info = SenecBackend(QStringLiteral("en")).deviceInfo(response);
        QCOMPARE(info.model, QStringLiteral("SENEC (SYS_TYPE 99)"));
        QVERIFY(info.firmware.isEmpty());
        QCOMPARE(info.serial.size(), 40); // cut, so a runaway text cannot flood the status bar
        QVERIFY(!info.batteryCapacityWh);
        QCOMPARE(info.wallboxCount, 0);
        QCOMPARE(kw::DeviceInfo().summary(), QString());
    }

    // Only the installed wallboxes' slots count; the house gets them back, since the device's
    // GUI_HOUSE_POW leaves them out.
    void wallboxSummedOverInstalledSlots()
    {
        // Slots 3,680 W, 7,360 W, 1,000 W, 500 W with two installed; house 400 W, PV 1,500 W.
        const SenecResponse response = parse(R"({
            "ENERGY":{"GUI_HOUSE_POW":"fl_43C80000","GUI_INVERTER_POWER":"fl_44BB8000",
                      "GUI_GRID_POW":"fl_461B5000","GUI_BAT_DATA_POWER":"fl_00000000"},
            "WIZARD":{"SETUP_NUMBER_WALLBOXES":"u8_02"},
            "WALLBOX":{"APPARENT_CHARGING_POWER":["fl_45660000","fl_45E60000","fl_447A0000","fl_43FA0000"]}})");
        const kw::EnergySnapshot s = SenecBackend().snapshot(response, 0);
        QVERIFY(s.wallboxW);
        QCOMPARE(*s.wallboxW, 11040.0);
        QCOMPARE(*s.houseW, 11440.0);
        // The balance holds with the wallbox in the house (grid 9,940 = 11,440 − PV 1,500 + 0);
        // without it, it would be off by the whole 11 kW.
        QCOMPARE(*s.gridW, *s.houseW - *s.pvW + *s.batteryW);
        QCOMPARE(*SenecBackend::wallboxPowerW(response), 11040.0);

        const SenecResponse four = parse(R"({
            "WIZARD":{"SETUP_NUMBER_WALLBOXES":"u8_04"},
            "WALLBOX":{"APPARENT_CHARGING_POWER":["fl_45660000","fl_45E60000","fl_447A0000","fl_43FA0000"]}})");
        QCOMPARE(*SenecBackend().snapshot(four, 0).wallboxW, 12540.0);
        QVERIFY(!SenecBackend().snapshot(four, 0).houseW); // no house figure is not made up
    }

    // A device with wallboxes whose charging power did not come: no figure, never 0.
    void wallboxMissingStaysEmpty_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("variable missing") << QByteArray(R"({"WIZARD":{"SETUP_NUMBER_WALLBOXES":"u8_01"},"WALLBOX":{}})");
        QTest::newRow("section not found")
            << QByteArray(R"({"WIZARD":{"SETUP_NUMBER_WALLBOXES":"u8_01"},"WALLBOX":{"OBJECT_NOT_FOUND":""}})");
        QTest::newRow("variable not found")
            << QByteArray(R"({"WIZARD":{"SETUP_NUMBER_WALLBOXES":"u8_01"},"WALLBOX":{"APPARENT_CHARGING_POWER":"VARIABLE_NOT_FOUND"}})");
        QTest::newRow("installed slot missing")
            << QByteArray(R"({"WIZARD":{"SETUP_NUMBER_WALLBOXES":"u8_02"},"WALLBOX":{"APPARENT_CHARGING_POWER":["fl_45660000"]}})");
        QTest::newRow("installed slot not a number")
            << QByteArray(R"({"WIZARD":{"SETUP_NUMBER_WALLBOXES":"u8_02"},"WALLBOX":{"APPARENT_CHARGING_POWER":["fl_45660000","st_x"]}})");
        QTest::newRow("NaN")
            << QByteArray(R"({"WIZARD":{"SETUP_NUMBER_WALLBOXES":"u8_01"},"WALLBOX":{"APPARENT_CHARGING_POWER":["fl_7FC00000"]}})");
    }
    void wallboxMissingStaysEmpty()
    {
        QFETCH(QByteArray, json);
        QByteArray withHouse = json;
        withHouse.insert(1, R"("ENERGY":{"GUI_HOUSE_POW":"fl_43C80000"},)");
        const kw::EnergySnapshot s = SenecBackend().snapshot(parse(withHouse.constData()), 0);
        QVERIFY(!s.wallboxW);
        QCOMPARE(*s.houseW, 400.0); // the device's figure, nothing added
    }

    // No wallbox installed (or a count out of range): no wallbox value, whatever the slots say.
    void noWallboxNoValue_data()
    {
        QTest::addColumn<QByteArray>("wizard");
        QTest::newRow("none installed") << QByteArray(R"("WIZARD":{"SETUP_NUMBER_WALLBOXES":"u8_00"})");
        QTest::newRow("count missing") << QByteArray(R"("WIZARD":{})");
        QTest::newRow("count not found") << QByteArray(R"("WIZARD":{"SETUP_NUMBER_WALLBOXES":"VARIABLE_NOT_FOUND"})");
        QTest::newRow("count out of range") << QByteArray(R"("WIZARD":{"SETUP_NUMBER_WALLBOXES":"u8_05"})");
    }
    void noWallboxNoValue()
    {
        QFETCH(QByteArray, wizard);
        const QByteArray json = "{" + wizard + R"(,"ENERGY":{"GUI_HOUSE_POW":"fl_43C80000"},
            "WALLBOX":{"APPARENT_CHARGING_POWER":["fl_45660000","fl_00000000","fl_00000000","fl_00000000"]}})";
        const kw::EnergySnapshot s = SenecBackend().snapshot(parse(json.constData()), 0);
        QVERIFY(!s.wallboxW);
        QCOMPARE(*s.houseW, 400.0);
        QVERIFY(!s.isComplete());
    }

    // Every poll asks for what the wallbox figure needs, in the same answer as the house power.
    void liveSetAsksForTheWallbox()
    {
        const SenecRequestSet live = SenecBackend::liveSet();
        QVERIFY(live.sections.value(QStringLiteral("WALLBOX")).contains(QStringLiteral("APPARENT_CHARGING_POWER")));
        QVERIFY(live.sections.value(QStringLiteral("WIZARD")).contains(QStringLiteral("SETUP_NUMBER_WALLBOXES")));
    }
};

QTEST_GUILESS_MAIN(TestSenecBackend)
#include "tst_senecbackend.moc"
