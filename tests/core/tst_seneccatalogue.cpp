// The variable catalogue: coverage of the reference, units and scales, enum tables in both
// languages, value scaling and enum texts, malformed catalogue files, and SenecStateTexts on top.
#include "senec/seneccatalogue.h"
#include "senec/senecstatetexts.h"
#include "senec/senecvaluecodec.h"
#include "senecreference.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>
#include <thread>
#include <vector>

using namespace kw::senec;
using namespace Qt::StringLiterals;

namespace {

const SenecCatalogue &catalogue()
{
    return SenecCatalogue::instance();
}

const SenecVariableInfo *info(const char *section, const char *name)
{
    return catalogue().variable(QString::fromLatin1(section), QString::fromLatin1(name));
}

SenecValue decoded(const char *raw)
{
    return SenecValueCodec::decode(QString::fromLatin1(raw));
}

QString parseError(const QByteArray &json)
{
    QString error;
    const std::optional<SenecCatalogue> parsed = SenecCatalogue::fromJson(json, &error);
    if (parsed)
        return u"<parsed>"_s;
    return error;
}

} // namespace

class TestSenecCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void concurrentFirstUseGivesOneCatalogue();
    void hasExactlyTheReferenceSections();
    void holdsEveryVariableOfTheSimulatorTable();
    void everyVariableIsDescribed();
    void unitsAndScales_data();
    void unitsAndScales();
    void elementNames();
    void scaledNumberOnRealValues_data();
    void scaledNumberOnRealValues();
    void scaledNumberRefusesNonNumbers();
    void statStateHasAllCodesInBothLanguages();
    void requiredEnumsExistInBothLanguages_data();
    void requiredEnumsExistInBothLanguages();
    void enumsAreAttachedToTheirVariables_data();
    void enumsAreAttachedToTheirVariables();
    void enumText();
    void enumFallsBackToTheOtherLanguage();
    void unknownVariablesAreNull();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void fromJsonSmallCatalogue();
    void copiesStayUsable();
    void stateTextsComeFromTheCatalogue();
};

void TestSenecCatalogue::concurrentFirstUseGivesOneCatalogue()
{
    // First use of instance() happens here, from eight threads at once.
    std::vector<const SenecCatalogue *> seen(8, nullptr);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&seen, i] { seen[i] = &SenecCatalogue::instance(); });
    for (std::thread &thread : threads)
        thread.join();
    for (const SenecCatalogue *each : seen)
        QCOMPARE(each, &SenecCatalogue::instance());
    QVERIFY(info("ENERGY", "STAT_STATE"));
}

void TestSenecCatalogue::hasExactlyTheReferenceSections()
{
    QStringList expected = kwtest::referenceSections();
    expected.sort();
    QCOMPARE(catalogue().sections(), expected);
    for (const QString &section : expected)
        QVERIFY2(!catalogue().sectionDescription(section).isEmpty(), qPrintable(section));
    // Sections the reference shows empty or missing are known, with no variables.
    for (const QString &section : kwtest::referenceNotFoundSections() + kwtest::referenceEmptySections())
        QVERIFY2(catalogue().variables(section).isEmpty(), qPrintable(section));
}

void TestSenecCatalogue::holdsEveryVariableOfTheSimulatorTable()
{
    QFile file(QStringLiteral(KW_SIM_VARIABLES_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject sections = root.value("sections"_L1).toObject();
    QCOMPARE(sections.size(), 42);

    int count = 0;
    QStringList missing;
    for (auto section = sections.constBegin(); section != sections.constEnd(); ++section) {
        if (!catalogue().sections().contains(section.key()))
            missing.append(section.key());
        const QJsonObject variables = section.value().toObject();
        for (auto variable = variables.constBegin(); variable != variables.constEnd(); ++variable) {
            ++count;
            if (!catalogue().variable(section.key(), variable.key()))
                missing.append(section.key() + u'.' + variable.key());
        }
    }
    // Variables only some firmware personalities of the simulator serve.
    const QJsonObject firmware = root.value("firmware"_L1).toObject();
    for (auto personality = firmware.constBegin(); personality != firmware.constEnd(); ++personality) {
        const QJsonObject extra = personality.value().toObject();
        for (auto section = extra.constBegin(); section != extra.constEnd(); ++section) {
            const QJsonObject variables = section.value().toObject();
            for (auto variable = variables.constBegin(); variable != variables.constEnd(); ++variable) {
                if (!catalogue().variable(section.key(), variable.key()))
                    missing.append(section.key() + u'.' + variable.key());
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    QVERIFY2(count >= 491, qPrintable(QString::number(count)));
}

void TestSenecCatalogue::everyVariableIsDescribed()
{
    int total = 0;
    for (const QString &section : catalogue().sections()) {
        QString previous;
        for (const SenecVariableInfo *variable : catalogue().variables(section)) {
            ++total;
            const QString where = section + u'.' + variable->name;
            QCOMPARE(variable->section, section);
            QVERIFY2(variable->name > previous, qPrintable(where)); // ascending by name
            previous = variable->name;
            QVERIFY2(!variable->description.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(!variable->description.contains(u'\n'), qPrintable(where));
            QVERIFY2(std::isfinite(variable->scale) && variable->scale != 0.0, qPrintable(where));
            QVERIFY2(variable->decimals >= -1 && variable->decimals <= 9, qPrintable(where));
            if (!variable->enumName.isEmpty())
                QVERIFY2(catalogue().enumeration(variable->enumName), qPrintable(where));
            if (!variable->elementEnumName.isEmpty())
                QVERIFY2(catalogue().enumeration(variable->elementEnumName), qPrintable(where));
            QCOMPARE(catalogue().variable(section, variable->name), variable);
        }
    }
    QVERIFY2(total >= 491, qPrintable(QString::number(total)));
}

void TestSenecCatalogue::unitsAndScales_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("scale");

    const auto row = [](const char *section, const char *name, const QString &unit, double scale) {
        QTest::addRow("%s.%s", section, name)
            << QString::fromLatin1(section) << QString::fromLatin1(name) << unit << scale;
    };
    row("BMS", "MAX_TEMP", u"°C"_s, 0.1);
    row("BMS", "MIN_TEMP", u"°C"_s, 0.1);
    row("BMS", "SYSTEM_SOC", u"%"_s, 0.1);
    row("BMS", "CELL_VOLTAGES_MODULE_A", u"mV"_s, 1.0);
    row("BMS", "CELL_VOLTAGES_MODULE_D", u"mV"_s, 1.0);
    row("BMS", "MAX_CELL_VOLTAGE", u"mV"_s, 1.0);
    row("BMS", "MIN_CELL_VOLTAGE", u"mV"_s, 1.0);
    row("BMS", "CELL_TEMPERATURES_MODULE_B", u"°C"_s, 1.0);
    row("BMS", "TEMP_MAX", u"°C"_s, 1.0);
    row("BMS", "SOC", u"%"_s, 1.0);
    row("BMS", "VOLTAGE", u"V"_s, 1.0);
    row("BMS", "CURRENT", u"A"_s, 1.0);
    row("BMS", "CHARGED_ENERGY", u"kWh"_s, 0.000001);
    row("ENERGY", "GUI_GRID_POW", u"W"_s, 1.0);
    row("ENERGY", "GUI_HOUSE_POW", u"W"_s, 1.0);
    row("ENERGY", "GUI_INVERTER_POWER", u"W"_s, 1.0);
    row("ENERGY", "GUI_BAT_DATA_POWER", u"W"_s, 1.0);
    row("ENERGY", "GUI_BAT_DATA_FUEL_CHARGE", u"%"_s, 1.0);
    row("ENERGY", "GUI_BAT_DATA_MAX_CELL_VOLTAGE", u"mV"_s, 1.0);
    row("ENERGY", "STAT_HOURS_OF_OPERATION", u"h"_s, 1.0);
    row("STATISTIC", "LIVE_PV_GEN", u"kWh"_s, 1.0);
    row("STATISTIC", "LIVE_GRID_IMPORT", u"kWh"_s, 1.0);
    row("STATISTIC", "LIVE_GRID_EXPORT", u"kWh"_s, 1.0);
    row("STATISTIC", "LIVE_HOUSE_CONS", u"kWh"_s, 1.0);
    row("STATISTIC", "LIVE_BAT_CHARGE", u"kWh"_s, 1.0);
    row("STATISTIC", "LIVE_BAT_DISCHARGE", u"kWh"_s, 1.0);
    row("PM1OBJ1", "U_AC", u"V"_s, 1.0);
    row("PM1OBJ1", "I_AC", u"A"_s, 1.0);
    row("PM1OBJ1", "P_TOTAL", u"W"_s, 1.0);
    row("PM1OBJ1", "FREQ", u"Hz"_s, 1.0);
    row("PV1", "MPP_POWER", u"W"_s, 1.0);
    row("PV1", "POWER_RATIO", u"%"_s, 1.0);
    row("TEMPMEASURE", "CASE_TEMP", u"°C"_s, 1.0);
    row("BAT1OBJ1", "TEMP1", u"°C"_s, 1.0);
    row("BAT1", "SPARE_CAPACITY", u"%"_s, 1.0);
    row("FACTORY", "DESIGN_CAPACITY", u"kWh"_s, 0.001);
    row("GRIDCONFIG", "VDE_FREQDROPPROT", u"Hz"_s, 1.0);
    row("GRIDCONFIG", "VDE_FREQRISEPROTDELAY", u"s"_s, 1.0);
    row("GRIDCONFIG", "VDE_VOLTRISEPROT", u"%"_s, 1.0);
    row("RTC", "UTC_OFFSET", u"min"_s, 1.0);
    row("CURRENT_IMBALANCE_CONTROL", "THRESHOLD_mA", u"mA"_s, 1.0);
    row("BMS_PARA", "FULL_CELL_VOLTAGE_MV", u"mV"_s, 1.0);
    row("WALLBOX", "APPARENT_CHARGING_POWER", u"W"_s, 1.0);
    row("ENERGY", "STAT_STATE", QString(), 1.0);
    row("WIZARD", "APPLICATION_VERSION", QString(), 1.0);
}

void TestSenecCatalogue::unitsAndScales()
{
    QFETCH(QString, section);
    QFETCH(QString, name);
    QFETCH(QString, unit);
    QFETCH(double, scale);
    const SenecVariableInfo *variable = catalogue().variable(section, name);
    QVERIFY(variable);
    QCOMPARE(variable->unit, unit);
    QCOMPARE(variable->scale, scale);
}

void TestSenecCatalogue::elementNames()
{
    const QStringList modules{u"A"_s, u"B"_s, u"C"_s, u"D"_s};
    const QStringList phases{u"L1"_s, u"L2"_s, u"L3"_s};
    QCOMPARE(info("BMS", "SOC")->elementNames, modules);
    QCOMPARE(info("BMS", "CHARGED_ENERGY")->elementNames, modules);
    QCOMPARE(info("PM1OBJ1", "P_AC")->elementNames, phases);
    QCOMPARE(info("PM1OBJ2", "U_AC")->elementNames, phases);
    QCOMPARE(info("PV1", "MPP_VOL")->elementNames, (QStringList{u"MPP1"_s, u"MPP2"_s, u"MPP3"_s}));
    QVERIFY(info("BMS", "CELL_VOLTAGES_MODULE_A")->elementNames.isEmpty());

    QCOMPARE(catalogue().elementName(info("BMS", "SOH"), 2, u"de"), u"C"_s);
    QCOMPARE(catalogue().elementName(info("BAT1", "SELFTEST_STATE"), 0, u"en"),
             u"Upper Voltage Limit L1"_s);
    QCOMPARE(catalogue().elementName(info("BAT1", "SELFTEST_STATE"), 0, u"de"),
             u"Obere Spannungsgrenze L1"_s);
    QCOMPARE(catalogue().elementName(info("BAT1", "SELFTEST_TIME"), 7, u"en"),
             u"Lower Voltage Limit 2 L1"_s);
    QVERIFY(catalogue().elementName(info("BAT1", "SELFTEST_STATE"), 8, u"en").isEmpty());
    QVERIFY(catalogue().elementName(info("BMS", "SOH"), 4, u"en").isEmpty());
    QVERIFY(catalogue().elementName(info("BMS", "SOH"), -1, u"en").isEmpty());
    QVERIFY(catalogue().elementName(info("BMS", "CELL_VOLTAGES_MODULE_A"), 0, u"en").isEmpty());
    QVERIFY(catalogue().elementName(nullptr, 0, u"en").isEmpty());
}

void TestSenecCatalogue::scaledNumberOnRealValues_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<double>("expected");

    // Raw values as real devices send them (reference example values and captured answers).
    QTest::newRow("MAX_TEMP 320 = 32.0 °C") << u"BMS"_s << u"MAX_TEMP"_s << u"i1_0140"_s << 32.0;
    QTest::newRow("MIN_TEMP 300 = 30.0 °C") << u"BMS"_s << u"MIN_TEMP"_s << u"i1_012C"_s << 30.0;
    QTest::newRow("MIN_TEMP −50 = −5.0 °C") << u"BMS"_s << u"MIN_TEMP"_s << u"i1_FFCE"_s << -5.0;
    QTest::newRow("temperature 250 = 25.0 °C") << u"BMS"_s << u"MAX_TEMP"_s << u"i1_00FA"_s << 25.0;
    QTest::newRow("SYSTEM_SOC 830 = 83.0 %") << u"BMS"_s << u"SYSTEM_SOC"_s << u"u1_033E"_s << 83.0;
    QTest::newRow("SYSTEM_SOC 2345 = 234.5 exactly") << u"BMS"_s << u"SYSTEM_SOC"_s << u"u1_0929"_s << 234.5;
    QTest::newRow("CHARGED_ENERGY mWh to kWh") << u"BMS"_s << u"CHARGED_ENERGY"_s << u"u3_12EE033A"_s
                                              << 317.588282;
    QTest::newRow("DESIGN_CAPACITY 7500 Wh = 7.5 kWh") << u"FACTORY"_s << u"DESIGN_CAPACITY"_s
                                                      << u"fl_45EA6000"_s << 7.5;
    QTest::newRow("cell voltage mV unscaled") << u"BMS"_s << u"MAX_CELL_VOLTAGE"_s << u"u1_0F57"_s << 3927.0;
    QTest::newRow("inverter temperature 31 °C") << u"BAT1OBJ1"_s << u"TEMP1"_s << u"u1_001F"_s << 31.0;
    QTest::newRow("fuel charge 70 %") << u"ENERGY"_s << u"GUI_BAT_DATA_FUEL_CHARGE"_s << u"fl_428C0000"_s
                                      << 70.0;
    QTest::newRow("grid power unscaled") << u"ENERGY"_s << u"GUI_GRID_POW"_s << u"fl_C585A866"_s
                                         << double(-4277.0498046875f);
    QTest::newRow("limit −24 A (signed)") << u"BMS_PARA"_s << u"MAX_MODULE_DISCHARGE_CURRENT_LIMIT_A"_s
                                          << u"i1_FFE8"_s << -24.0;
    QTest::newRow("unknown variable: as decoded") << u"ENERGY"_s << u"NO_SUCH_VARIABLE"_s
                                                  << u"u1_0140"_s << 320.0;
}

void TestSenecCatalogue::scaledNumberOnRealValues()
{
    QFETCH(QString, section);
    QFETCH(QString, name);
    QFETCH(QString, raw);
    QFETCH(double, expected);
    const std::optional<double> scaled
        = catalogue().scaledNumber(catalogue().variable(section, name), SenecValueCodec::decode(raw));
    QVERIFY(scaled);
    QVERIFY2(std::abs(*scaled - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
             qPrintable(QString::number(*scaled, 'g', 17)));
    if (expected == std::round(expected * 10.0) / 10.0)
        QCOMPARE(*scaled, expected); // tenths come out exact, without noise digits
}

void TestSenecCatalogue::scaledNumberRefusesNonNumbers()
{
    const SenecVariableInfo *maxTemp = info("BMS", "MAX_TEMP");
    QVERIFY(!catalogue().scaledNumber(maxTemp, decoded("VARIABLE_NOT_FOUND")));
    QVERIFY(!catalogue().scaledNumber(maxTemp, decoded("FORBIDDEN")));
    QVERIFY(!catalogue().scaledNumber(maxTemp, decoded("fl_7FC00000"))); // NaN
    QVERIFY(!catalogue().scaledNumber(maxTemp, decoded("st_320")));
    QVERIFY(!catalogue().scaledNumber(maxTemp, decoded("er_01")));
    QVERIFY(!catalogue().scaledNumber(nullptr, decoded("st_text")));
    QCOMPARE(catalogue().scaledNumber(nullptr, decoded("u8_0A")), std::optional<double>(10.0));
}

void TestSenecCatalogue::statStateHasAllCodesInBothLanguages()
{
    const SenecEnum *states = catalogue().enumeration(u"STAT_STATE"_s);
    QVERIFY(states);
    QCOMPARE(states->name, u"STAT_STATE"_s);
    QCOMPARE(states->german.size(), 99);
    QCOMPARE(states->english.size(), 99);
    for (qint64 code = 0; code <= 98; ++code) {
        QVERIFY2(!states->german.value(code).isEmpty(), qPrintable(QString::number(code)));
        QVERIFY2(!states->english.value(code).isEmpty(), qPrintable(QString::number(code)));
    }
    // The device's own wording (reference table), spot-checked.
    QCOMPARE(states->text(0, u"de"), u"INITIALZUSTAND"_s);
    QCOMPARE(states->text(14, u"de"), u"LADEN"_s);
    QCOMPARE(states->text(14, u"en"), u"Charging"_s);
    QCOMPARE(states->text(42, u"de"), u"WARTE AUF ÜBERSCHUSS"_s);
    QCOMPARE(states->text(89, u"de"), u"RESERVEKAPAZITÄT"_s);
    QCOMPARE(states->text(98, u"de"), u"BMS FEHLER - MODULUNGLEICHGEWICHT"_s);
    QVERIFY(states->text(99, u"de").isEmpty());
}

void TestSenecCatalogue::requiredEnumsExistInBothLanguages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");     // entries in the reference's (or documented) table
    QTest::addColumn<qint64>("code");  // a spot check
    QTest::addColumn<QString>("german");
    QTest::addColumn<QString>("english");

    QTest::newRow("STAT_STATE") << u"STAT_STATE"_s << 99 << qint64(16) << u"ENTLADEN"_s << u"Discharging"_s;
    QTest::newRow("BMS_STATUS") << u"BMS_STATUS"_s << 31 << qint64(1) << u"Warnung: Zellüberspannung"_s
                                << u"Warning: cell overvoltage"_s;
    QTest::newRow("WALLBOX_STATE") << u"WALLBOX_STATE"_s << 20 << qint64(0xC2) << u"Laden"_s << u"Charging"_s;
    QTest::newRow("STECA_STARTUP") << u"STECA_STARTUP"_s << 36 << qint64(272) << u"Netzbetrieb"_s
                                   << u"RunGrid"_s;
    QTest::newRow("SELFTEST_RESULT") << u"SELFTEST_RESULT"_s << 6 << qint64(5) << u"Nicht gestartet"_s
                                     << u"Not started"_s;
    QTest::newRow("SELFTEST_STEP") << u"SELFTEST_STEP"_s << 8 << qint64(4)
                                   << u"Obere Grenze 10-Minuten-Mittelwert L1"_s
                                   << u"Upper 10 Min Avg Limit L1"_s;
    QTest::newRow("BAT_TYPE") << u"BAT_TYPE"_s << 5 << qint64(4) << u"SENEC.Inverter V3 LV"_s
                              << u"SENEC.Inverter V3 LV"_s;
    QTest::newRow("PWR_UNIT_TYPE") << u"PWR_UNIT_TYPE"_s << 3 << qint64(2) << u"SENEC.Heat"_s << u"SENEC.Heat"_s;
    QTest::newRow("GUI_LANG") << u"GUI_LANG"_s << 3 << qint64(0) << u"Deutsch"_s << u"German"_s;
}

void TestSenecCatalogue::requiredEnumsExistInBothLanguages()
{
    QFETCH(QString, name);
    QFETCH(int, size);
    QFETCH(qint64, code);
    QFETCH(QString, german);
    QFETCH(QString, english);
    QVERIFY(catalogue().enumerationNames().contains(name));
    const SenecEnum *table = catalogue().enumeration(name);
    QVERIFY(table);
    QCOMPARE(table->german.size(), size);
    QCOMPARE(table->german.keys(), table->english.keys());
    for (auto it = table->german.cbegin(); it != table->german.cend(); ++it) {
        QVERIFY2(!it.value().trimmed().isEmpty(), qPrintable(QString::number(it.key())));
        QVERIFY2(!table->english.value(it.key()).trimmed().isEmpty(), qPrintable(QString::number(it.key())));
    }
    QCOMPARE(table->text(code, u"de"), german);
    QCOMPARE(table->text(code, u"en"), english);
}

void TestSenecCatalogue::enumsAreAttachedToTheirVariables_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("enumName");
    QTest::newRow("ENERGY.STAT_STATE") << u"ENERGY"_s << u"STAT_STATE"_s << u"STAT_STATE"_s;
    QTest::newRow("STATISTIC.CURRENT_STATE") << u"STATISTIC"_s << u"CURRENT_STATE"_s << u"STAT_STATE"_s;
    QTest::newRow("BMS.BMS_STATUS") << u"BMS"_s << u"BMS_STATUS"_s << u"BMS_STATUS"_s;
    QTest::newRow("WALLBOX.STATE") << u"WALLBOX"_s << u"STATE"_s << u"WALLBOX_STATE"_s;
    QTest::newRow("STECA.STARTUP") << u"STECA"_s << u"STARTUP"_s << u"STECA_STARTUP"_s;
    QTest::newRow("BAT1.SELFTEST_OVERALL_STATE") << u"BAT1"_s << u"SELFTEST_OVERALL_STATE"_s
                                                 << u"SELFTEST_RESULT"_s;
    QTest::newRow("BAT1.SELFTEST_STATE") << u"BAT1"_s << u"SELFTEST_STATE"_s << u"SELFTEST_RESULT"_s;
    QTest::newRow("FACTORY.BAT_TYPE") << u"FACTORY"_s << u"BAT_TYPE"_s << u"BAT_TYPE"_s;
    QTest::newRow("BAT1.TYPE") << u"BAT1"_s << u"TYPE"_s << u"BAT_TYPE"_s;
    QTest::newRow("PWR_UNIT.TYPE") << u"PWR_UNIT"_s << u"TYPE"_s << u"PWR_UNIT_TYPE"_s;
    QTest::newRow("WIZARD.GUI_LANG") << u"WIZARD"_s << u"GUI_LANG"_s << u"GUI_LANG"_s;
    QTest::newRow("ENERGY.GUI_GRID_POW (none)") << u"ENERGY"_s << u"GUI_GRID_POW"_s << QString();
}

void TestSenecCatalogue::enumsAreAttachedToTheirVariables()
{
    QFETCH(QString, section);
    QFETCH(QString, name);
    QFETCH(QString, enumName);
    const SenecVariableInfo *variable = catalogue().variable(section, name);
    QVERIFY(variable);
    QCOMPARE(variable->enumName, enumName);
}

void TestSenecCatalogue::enumText()
{
    const SenecVariableInfo *state = info("ENERGY", "STAT_STATE");
    QCOMPARE(catalogue().enumText(state, decoded("u8_0E"), u"de"), u"LADEN"_s);
    QCOMPARE(catalogue().enumText(state, decoded("u8_0E"), u"en"), u"Charging"_s);
    QCOMPARE(catalogue().enumText(state, decoded("u8_10"), u"fr"), u"Discharging"_s);
    QCOMPARE(catalogue().enumText(state, decoded("u8_10"), u"de_DE"), u"ENTLADEN"_s);
    QVERIFY(catalogue().enumText(state, decoded("u8_C8"), u"de").isEmpty()); // 200: unknown code
    QVERIFY(catalogue().enumText(state, decoded("VARIABLE_NOT_FOUND"), u"de").isEmpty());
    QVERIFY(catalogue().enumText(state, decoded("st_14"), u"de").isEmpty());
    // Whole floats still name their code; fractional ones do not.
    QCOMPARE(catalogue().enumText(state, decoded("fl_41800000"), u"de"), u"ENTLADEN"_s);
    QVERIFY(catalogue().enumText(state, decoded("fl_41840000"), u"de").isEmpty());

    QCOMPARE(catalogue().enumText(info("WALLBOX", "STATE"), decoded("u8_C2"), u"en"), u"Charging"_s);
    QCOMPARE(catalogue().enumText(info("WALLBOX", "STATE"), decoded("u8_A1"), u"de"), u"Nicht verbunden"_s);
    QCOMPARE(catalogue().enumText(info("STECA", "STARTUP"), decoded("u1_0110"), u"en"), u"RunGrid"_s);
    QCOMPARE(catalogue().enumText(info("BMS", "BMS_STATUS"), decoded("u8_1F"), u"en"),
             u"Selftest SCP failed"_s);
    QCOMPARE(catalogue().enumText(info("WIZARD", "GUI_LANG"), decoded("u8_02"), u"de"), u"Italienisch"_s);
    QVERIFY(catalogue().enumText(info("ENERGY", "GUI_GRID_POW"), decoded("u8_0E"), u"de").isEmpty());
    QVERIFY(catalogue().enumText(nullptr, decoded("u8_0E"), u"de").isEmpty());
}

void TestSenecCatalogue::enumFallsBackToTheOtherLanguage()
{
    SenecEnum table;
    table.german.insert(1, u"nur deutsch"_s);
    table.english.insert(2, u"English only"_s);
    QCOMPARE(table.text(1, u"en"), u"nur deutsch"_s);
    QCOMPARE(table.text(2, u"de"), u"English only"_s);
    QCOMPARE(table.text(1, u"de"), u"nur deutsch"_s);
    QVERIFY(table.text(3, u"de").isEmpty());
}

void TestSenecCatalogue::unknownVariablesAreNull()
{
    QCOMPARE(catalogue().variable(u"ENERGY"_s, u"NO_SUCH_VARIABLE"_s), nullptr);
    QCOMPARE(catalogue().variable(u"NO_SUCH_SECTION"_s, u"STAT_STATE"_s), nullptr);
    QCOMPARE(catalogue().variable(u"energy"_s, u"stat_state"_s), nullptr); // names are exact
    QCOMPARE(catalogue().variable(QString(), QString()), nullptr);
    QVERIFY(catalogue().variables(u"NO_SUCH_SECTION"_s).isEmpty());
    QVERIFY(catalogue().sectionDescription(u"NO_SUCH_SECTION"_s).isEmpty());
    QCOMPARE(catalogue().enumeration(u"NO_SUCH_ENUM"_s), nullptr);
}

void TestSenecCatalogue::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    // An explicit QByteArray: with QT_USE_QSTRINGBUILDER a deduced type would dangle.
    const auto withVariable = [](const char *variable) -> QByteArray {
        return QByteArray(R"({"sections":{"S":{"description":"d","variables":{"V":)") + variable
            + QByteArray("}}}}");
    };
    QTest::newRow("not JSON") << QByteArray("{\"sections\":") << u"not valid JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("no sections") << QByteArray("{}") << u"no \"sections\" object"_s;
    QTest::newRow("sections not object") << QByteArray(R"({"sections":[]})") << u"no \"sections\" object"_s;
    QTest::newRow("unknown top field") << QByteArray(R"({"sections":{},"sektions":{}})") << u"sektions"_s;
    QTest::newRow("enums not object") << QByteArray(R"({"sections":{},"enums":[]})") << u"enums"_s;
    QTest::newRow("section not object") << QByteArray(R"({"sections":{"S":1}})") << u"section S"_s;
    QTest::newRow("section without variables") << QByteArray(R"({"sections":{"S":{"description":"d"}}})")
                                               << u"\"variables\""_s;
    QTest::newRow("variable not object") << withVariable("7") << u"variable S.V"_s;
    QTest::newRow("scale not a number") << withVariable(R"({"scale":"ten"})") << u"scale"_s;
    QTest::newRow("scale zero") << withVariable(R"({"scale":0})") << u"scale"_s;
    QTest::newRow("decimals fraction") << withVariable(R"({"decimals":1.5})") << u"decimals"_s;
    QTest::newRow("decimals too large") << withVariable(R"({"decimals":12})") << u"decimals"_s;
    QTest::newRow("unit not string") << withVariable(R"({"unit":5})") << u"unit"_s;
    QTest::newRow("unknown field") << withVariable(R"({"unti":"W"})") << u"unti"_s;
    QTest::newRow("elements not strings") << withVariable(R"({"elements":[1,2]})") << u"elements"_s;
    QTest::newRow("unknown enum") << withVariable(R"({"enum":"NOPE"})") << u"NOPE"_s;
    QTest::newRow("unknown element enum") << withVariable(R"({"elementEnum":"NOPE"})") << u"NOPE"_s;
    QTest::newRow("bad enum code") << QByteArray(R"({"sections":{},"enums":{"E":{"de":{"x1":"a"},"en":{}}}})")
                                   << u"bad code \"x1\""_s;
    QTest::newRow("bad hex code") << QByteArray(R"({"sections":{},"enums":{"E":{"de":{"0xZZ":"a"},"en":{}}}})")
                                  << u"0xZZ"_s;
    QTest::newRow("enum text not string") << QByteArray(R"({"sections":{},"enums":{"E":{"de":{"1":2},"en":{}}}})")
                                          << u"not a string"_s;
    QTest::newRow("enum without en") << QByteArray(R"({"sections":{},"enums":{"E":{"de":{"1":"a"}}}})")
                                     << u"\"de\" and \"en\""_s;
    QTest::newRow("same code twice") << QByteArray(R"({"sections":{},"enums":{"E":{"de":{"16":"a","0x10":"b"},"en":{}}}})")
                                     << u"twice"_s;
}

void TestSenecCatalogue::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const QString error = parseError(json);
    QVERIFY2(error != u"<parsed>"_s, json.constData());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    // Without an error string it still refuses, and does not crash.
    QVERIFY(!SenecCatalogue::fromJson(json));
}

void TestSenecCatalogue::fromJsonSmallCatalogue()
{
    const QByteArray json = R"({"about":["test"],"comment":"c",
        "sections":{"S":{"description":"Section S","comment":"c","variables":{
            "T":{"description":"Temperature","unit":"°C","scale":0.1,"decimals":1,"comment":"c"},
            "W":{"description":"Wallbox","enum":"E","elements":["one","two"]}}},
          "EMPTY":{"description":"","variables":{}}},
        "enums":{"E":{"comment":"c","de":{"0xA1":"frei","-1":"minus"},"en":{"161":"free"}}}})";
    QString error;
    const std::optional<SenecCatalogue> parsed = SenecCatalogue::fromJson(json, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->sections(), (QStringList{u"EMPTY"_s, u"S"_s}));
    QCOMPARE(parsed->sectionDescription(u"S"_s), u"Section S"_s);
    QCOMPARE(parsed->variables(u"S"_s).size(), 2);
    const SenecVariableInfo *t = parsed->variable(u"S"_s, u"T"_s);
    QVERIFY(t);
    QCOMPARE(t->unit, u"°C"_s);
    QCOMPARE(t->scale, 0.1);
    QCOMPARE(t->decimals, 1);
    QCOMPARE(parsed->scaledNumber(t, decoded("i1_00FA")), std::optional<double>(25.0));
    const SenecVariableInfo *w = parsed->variable(u"S"_s, u"W"_s);
    QVERIFY(w);
    QCOMPARE(w->scale, 1.0);
    QCOMPARE(w->decimals, -1);
    QCOMPARE(w->elementNames, (QStringList{u"one"_s, u"two"_s}));
    QCOMPARE(parsed->enumText(w, decoded("u8_A1"), u"de"), u"frei"_s);
    QCOMPARE(parsed->enumText(w, decoded("u8_A1"), u"en"), u"free"_s);
    QCOMPARE(parsed->enumText(w, decoded("i8_FF"), u"de"), u"minus"_s);
    QCOMPARE(parsed->enumText(w, decoded("i8_FF"), u"en"), u"minus"_s); // falls back to German
    QCOMPARE(parsed->enumerationNames(), QStringList{u"E"_s});
    QCOMPARE(parsed->variable(u"S"_s, u"X"_s), nullptr);
    QCOMPARE(parsed->variable(u"EMPTY"_s, u"T"_s), nullptr);
}

void TestSenecCatalogue::copiesStayUsable()
{
    const QByteArray json = R"({"sections":{"S":{"description":"d","variables":{
        "T":{"description":"Temperature","scale":0.1}}}}})";
    std::optional<SenecCatalogue> original = SenecCatalogue::fromJson(json);
    QVERIFY(original);
    const SenecCatalogue copy = *original;
    original.reset(); // the copy's lookups must not point into freed memory
    const SenecVariableInfo *t = copy.variable(u"S"_s, u"T"_s);
    QVERIFY(t);
    QCOMPARE(t->description, u"Temperature"_s);
    QCOMPARE(copy.scaledNumber(t, decoded("u1_0140")), std::optional<double>(32.0));
}

void TestSenecCatalogue::stateTextsComeFromTheCatalogue()
{
    const SenecEnum *states = catalogue().enumeration(u"STAT_STATE"_s);
    QVERIFY(states);
    const QList<int> codes = SenecStateTexts::codes();
    QCOMPARE(codes.size(), 99);
    for (int code = 0; code <= 98; ++code) {
        QCOMPARE(codes.at(code), code);
        QCOMPARE(SenecStateTexts::text(code, u"de"_s), states->german.value(code));
        QCOMPARE(SenecStateTexts::text(code, u"en"_s), states->english.value(code));
    }
    QCOMPARE(SenecStateTexts::text(14, u"de"_s), u"LADEN"_s);
    QCOMPARE(SenecStateTexts::text(16, u"fr"_s), u"Discharging"_s);
    QVERIFY(SenecStateTexts::text(99, u"de"_s).isEmpty());
    QCOMPARE(SenecStateTexts::displayText(13, u"de"_s), u"AKKU VOLL"_s);
    QCOMPARE(SenecStateTexts::displayText(200, u"de"_s), u"Unbekannter Zustand 200"_s);
    QCOMPARE(SenecStateTexts::displayText(200, u"en"_s), u"Unknown state 200"_s);
}

QTEST_GUILESS_MAIN(TestSenecCatalogue)
#include "tst_seneccatalogue.moc"
