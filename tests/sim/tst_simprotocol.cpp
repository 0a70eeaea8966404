// The simulator's protocol without a network: the variable table, lala.cgi request semantics,
// the variable monitor page and the log files.

#include "firmwarepersonality.h"
#include "lalaresponder.h"
#include "livevariables.h"
#include "loggenerator.h"
#include "plantmodel.h"
#include "variabletable.h"
#include "varspage.h"

#include "senec/senecresponse.h"
#include "senec/senecvaluecodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "senecreference.h"

using namespace kw::sim;
using namespace Qt::StringLiterals;
using kw::senec::SectionStatus;
using kw::senec::ValueStatus;
using kw::senec::WireType;

namespace {


qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QByteArray allSectionsRequest()
{
    QJsonObject request;
    for (const QString &section : kwtest::referenceSections())
        request.insert(section, QJsonObject());
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

struct Fixture
{
    explicit Fixture(const QString &firmware, quint64 seed = 1, const char *at = "2024-06-21T10:00:00Z")
        : table(VariableTable::bundled(firmware))
        , plant(seed, utc(at))
        , live(seed, table.presentSectionNames())
        , responder(table)
    {
    }
    LalaResponder::LiveSource source()
    {
        return [this] { return live.values(plant.snapshot()); };
    }
    kw::senec::SenecResponse ask(const QByteArray &body)
    {
        const auto reply = responder.respond(body, source());
        const auto parsed = kw::senec::parseSenecResponse(reply.body);
        if (reply.status != 200 || !parsed.response)
            qWarning() << "no answer for" << body << reply.status << parsed.error;
        return parsed.response.value_or(kw::senec::SenecResponse());
    }

    const VariableTable &table;
    PlantModel plant;
    LiveVariables live;
    LalaResponder responder;
};

} // namespace

class TestSimProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableCoversTheReference();
    void typesAreTheDevicesTypes_data();
    void typesAreTheDevicesTypes();
    void firmwarePersonalitiesDiffer();
    void wholeSectionsDecodeCleanly_data();
    void wholeSectionsDecodeCleanly();
    void singleVariablesAndSentinels();
    void requestFormsAndBadBodies();
    void debugSectionsListsTheSections();
    void oversizedRequestsAreTruncatedLikeTheDevice();
    void notFoundFaultAnswersEverySectionMissing();
    void personalityPaths();
    void varsPageFormat();
    void logFilesFormatAndDays();
    void logsAreDeterministicAndReflectThePlant();
};

void TestSimProtocol::tableCoversTheReference()
{
    const VariableTable &table = VariableTable::bundled(u"0826"_s);
    QStringList names = table.sectionNames();
    names.sort();
    QCOMPARE(names, kwtest::referenceSections());
    for (const QString &section : kwtest::referenceNotFoundSections())
        QVERIFY2(!table.isPresent(section), qPrintable(section));
    for (const QString &section : kwtest::referenceEmptySections()) {
        QVERIFY(table.isPresent(section));
        QVERIFY(table.variables(section).isEmpty());
    }
    QVERIFY(table.variableCount() >= 490);
    // Spot checks of variables from every corner of the reference.
    for (const char *key : {"WIZARD.SETUP_WALLBOX_SERIAL3", "SENEC_IO_OUTPUT.Relay_4", "V_STECA.percent#vf",
                            "WALLBOX.SERIAL_NUMBER_INTERNAL", "GRIDCONFIG.VDE_VOLTRISEPROTDELAY",
                            "CURRENT_IMBALANCE_CONTROL.THRESHOLD_mA", "SOCKETS.USE_TIME", "BAT1.TRIG_ITALY_SELF",
                            "PWR_UNIT.WATERVOL", "ENERGY.ZERO_EXPORT", "LOG.PASSWORD", "SELFTEST_RESULTS.IPU"}) {
        const QString k = QString::fromLatin1(key);
        const qsizetype dot = k.indexOf(u'.');
        QVERIFY2(table.variable(k.left(dot), k.mid(dot + 1)), key);
    }
}

void TestSimProtocol::typesAreTheDevicesTypes_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pattern");
    const auto row = [](const char *s, const char *n, const char *p) {
        QTest::newRow(qPrintable(QStringLiteral("%1.%2").arg(QLatin1StringView(s), QLatin1StringView(n))))
            << QString::fromLatin1(s) << QString::fromLatin1(n) << QString::fromLatin1(p);
    };
    row("ENERGY", "STAT_STATE", "^u8_[0-9A-F]{2}$");
    row("ENERGY", "GUI_INVERTER_POWER", "^fl_[0-9A-F]{8}$");
    row("ENERGY", "STAT_HOURS_OF_OPERATION", "^u3_[0-9A-F]{8}$");
    row("RTC", "UTC_OFFSET", "^i3_00000078$"); // 120 in June
    row("RTC", "WEB_TIME", "^u3_[0-9A-F]{8}$");
    row("WIZARD", "APPLICATION_VERSION", "^st_0826$");
    row("FACTORY", "DEVICE_ID", "^st_[1-9][0-9]{27}$");
    row("FACTORY", "DESIGN_CAPACITY", "^fl_45EA6000$");        // 7500.0
    row("FACTORY", "MAX_CHARGE_POWER_DC", "^fl_44EA6000$");    // 1875.0
    row("FACTORY", "MAX_DISCHARGE_POWER_DC", "^fl_456A6000$"); // 3750.0
    row("WIZARD", "PWRCFG_PEAK_PV_POWER", "^fl_46147000$");    // 9500.0
    row("BMS_PARA", "MAX_MODULE_DISCHARGE_CURRENT_LIMIT_A", "^i1_FFE8$"); // −24, not 65512
    row("BMZ_CURRENT_LIMITS", "MIN_CURRENT_LIMIT_A", "^i1_FFE8$");
    row("BMS", "SYSTEM_SOC", "^u1_[0-9A-F]{4}$");
    row("BMS", "MAX_TEMP", "^i1_[0-9A-F]{4}$");
    row("BAT1", "SERIAL", "^st_7832[0-9]{2}JD[0-9]{12}$");
    row("LOG", "USERNAME", "^st_$");
    row("SELFTEST_RESULTS", "INTERRUPT", "^st_No Interrupt$");
    row("STECA", "STARTUP_ADD", "^u3_FFFFFFFF$");
    row("SYS_UPDATE", "NPU_IMAGE_VERSION", "^u1_096B$"); // 2411
    row("PV1", "POWER_RATIO", "^fl_42C80000$");
    row("STATISTIC", "LIVE_PV_GEN", "^fl_45[0-9A-F]{6}$"); // a few thousand kWh
}

void TestSimProtocol::typesAreTheDevicesTypes()
{
    QFETCH(QString, section);
    QFETCH(QString, name);
    QFETCH(QString, pattern);
    Fixture f(u"0826"_s);
    const QJsonObject request{{section, QJsonObject{{name, QString()}}}};
    const auto reply = f.responder.respond(QJsonDocument(request).toJson(QJsonDocument::Compact), f.source());
    const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
    const QString value = answer.value(section).toObject().value(name).toString();
    QVERIFY2(QRegularExpression(pattern).match(value).hasMatch(), qPrintable(value));
}

void TestSimProtocol::firmwarePersonalitiesDiffer()
{
    QCOMPARE(VariableTable::bundled(u"0824"_s).encode(*VariableTable::bundled(u"0824"_s).variable(u"PV1"_s, u"POWER_RATIO"_s), {}).toString(),
             u"u3_00000064"_s);
    for (const QString &firmware : {u"0824"_s, u"0825"_s, u"0826"_s}) {
        const VariableTable &table = VariableTable::bundled(firmware);
        QCOMPARE(table.encode(*table.variable(u"WIZARD"_s, u"APPLICATION_VERSION"_s), {}).toString(), u"st_"_s + firmware);
    }
    QVERIFY(VariableTable::bundled(u"0824"_s).variable(u"STATISTIC"_s, u"MEASURE_TIME"_s));
    QVERIFY(!VariableTable::bundled(u"0826"_s).variable(u"STATISTIC"_s, u"MEASURE_TIME"_s));
}

void TestSimProtocol::wholeSectionsDecodeCleanly_data()
{
    QTest::addColumn<QString>("firmware");
    QTest::addColumn<QByteArray>("when");
    QTest::newRow("0826 day") << u"0826"_s << QByteArray("2024-06-21T10:00:00Z");
    QTest::newRow("0826 night") << u"0826"_s << QByteArray("2024-12-21T23:00:00Z");
    QTest::newRow("0825") << u"0825"_s << QByteArray("2024-03-01T12:00:00Z");
    QTest::newRow("0824") << u"0824"_s << QByteArray("2023-05-01T07:00:00Z");
}

void TestSimProtocol::wholeSectionsDecodeCleanly()
{
    QFETCH(QString, firmware);
    QFETCH(QByteArray, when);
    Fixture f(firmware, 2, when.constData());
    const auto response = f.ask(allSectionsRequest());
    QCOMPARE(response.sections.size(), kwtest::referenceSections().size());
    int values = 0;
    for (const QString &name : kwtest::referenceSections()) {
        const auto *section = response.section(name);
        QVERIFY2(section, qPrintable(name));
        if (kwtest::referenceNotFoundSections().contains(name)) {
            QCOMPARE(section->status, SectionStatus::NotFound);
            continue;
        }
        QCOMPARE(section->status, SectionStatus::Ok);
        QCOMPARE(section->variables.size(), f.table.variables(name).size());
        for (auto it = section->variables.constBegin(); it != section->variables.constEnd(); ++it) {
            const VariableSpec *spec = f.table.variable(name, it.key());
            QVERIFY(spec);
            QCOMPARE(it->isArray, spec->isArray);
            QCOMPARE(it->endOfArrayMarker, spec->endOfArray);
            for (const auto &value : it->values) {
                QVERIFY2(value.isOk(), qPrintable(name + u'.' + it.key() + u" = " + value.raw()));
                QCOMPARE(value.type(), spec->type);
                ++values;
            }
        }
    }
    QVERIFY(values > 900);
    // Round trip: the parsed answer re-encodes to exactly what was served.
    const auto reply = f.responder.respond(allSectionsRequest(), f.source());
    QCOMPARE(QJsonDocument::fromJson(response.toWireJson()), QJsonDocument::fromJson(reply.body));
}

void TestSimProtocol::singleVariablesAndSentinels()
{
    Fixture f(u"0826"_s);
    const auto r = f.ask(R"({"ENERGY":{"STAT_STATE":"","GUI_GRID_POW":"","NO_SUCH_THING":""},)"
                         R"("PV1":{"INV_MODEL":""},"NOPE":{},"BAT1OBJ3":{"TEMP1":""},"FILE":{}})");
    QCOMPARE(r.sections.size(), 5);
    QCOMPARE(r.section(u"ENERGY"_s)->variables.size(), 3);
    QCOMPARE(r.value(u"ENERGY"_s, u"STAT_STATE"_s)->type(), WireType::UInt8);
    QCOMPARE(r.value(u"ENERGY"_s, u"NO_SUCH_THING"_s)->status(), ValueStatus::NotFound);
    QCOMPARE(r.value(u"ENERGY"_s, u"NO_SUCH_THING"_s)->raw(), u"VARIABLE_NOT_FOUND"_s);
    QCOMPARE(r.section(u"NOPE"_s)->status, SectionStatus::NotFound);
    QCOMPARE(r.section(u"BAT1OBJ3"_s)->status, SectionStatus::NotFound);
    QCOMPARE(r.section(u"FILE"_s)->status, SectionStatus::Ok);
    QVERIFY(r.section(u"FILE"_s)->variables.isEmpty());
    const auto *model = r.variable(u"PV1"_s, u"INV_MODEL"_s);
    QVERIFY(model && model->isArray && model->endOfArrayMarker);
    QCOMPARE(model->values.size(), 2);
    // The served energy flow agrees with the plant.
    const PlantSnapshot s = f.plant.snapshot();
    QCOMPARE(*r.number(u"ENERGY"_s, u"GUI_GRID_POW"_s), double(float(s.gridW)));
    QCOMPARE(*r.number(u"ENERGY"_s, u"STAT_STATE"_s), double(s.stateCode));
}

void TestSimProtocol::requestFormsAndBadBodies()
{
    Fixture f(u"0826"_s);
    // The web UI's form-encoded JSON, and percent-encoded JSON.
    QCOMPARE(f.ask(R"({"RTC":{"WEB_TIME":""}})").variableCount(), 1);
    QCOMPARE(f.ask("%7B%22RTC%22%3A%7B%22WEB_TIME%22%3A%22%22%7D%7D").variableCount(), 1);
    // A write is answered with the current value (the simulator is read-only).
    QCOMPARE(f.ask(R"({"ENERGY":{"SAFE_CHARGE_FORCE":"u8_01"}})").value(u"ENERGY"_s, u"SAFE_CHARGE_FORCE"_s)->raw(), u"u8_00"_s);
    // A section asked for with something other than an object: the whole section.
    QCOMPARE(f.ask(R"({"PM1":"all"})").section(u"PM1"_s)->variables.size(), 4);
    for (const QByteArray &bad : {QByteArray(), QByteArray("not json"), QByteArray("[1,2]"), QByteArray("{\"ENERGY\":"),
                                  QByteArray("\x00\xff\xfe", 3), QByteArray("\"text\"")}) {
        const auto reply = f.responder.respond(bad, f.source());
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.isEmpty());
    }
    QCOMPARE(f.responder.respond("{}", f.source()).body, QByteArray("{}"));
}

void TestSimProtocol::debugSectionsListsTheSections()
{
    Fixture f(u"0826"_s);
    const auto r = f.ask(R"({"DEBUG":{"SECTIONS":""}})");
    const auto *sections = r.variable(u"DEBUG"_s, u"SECTIONS"_s);
    QVERIFY(sections && sections->isArray);
    QStringList names;
    for (const auto &v : sections->values) {
        QCOMPARE(v.type(), WireType::Text);
        names.append(v.text());
    }
    QStringList expected = kwtest::referenceSections();
    for (const QString &missing : kwtest::referenceNotFoundSections())
        expected.removeAll(missing);
    QCOMPARE(names, expected);
}

void TestSimProtocol::oversizedRequestsAreTruncatedLikeTheDevice()
{
    Fixture f(u"0826"_s);
    QJsonObject wizard;
    for (const VariableSpec *spec : f.table.variables(u"WIZARD"_s))
        wizard.insert(spec->name, QString());
    QJsonObject bms;
    for (const VariableSpec *spec : f.table.variables(u"BMS"_s))
        bms.insert(spec->name, QString());
    QJsonObject big{{u"WIZARD"_s, wizard}, {u"BMS"_s, bms}};
    for (int i = 0; big.size() < 400; ++i)
        big.insert(u"PADDING_SECTION_%1"_s.arg(i), QJsonObject{{u"VARIABLE"_s, QString()}});
    const QByteArray body = QJsonDocument(big).toJson(QJsonDocument::Compact);
    QVERIFY(body.size() > LalaResponder::MaxRequestBytes);
    const auto reply = f.responder.respond(body, f.source());
    QCOMPARE(reply.status, 200);
    QVERIFY(!kw::senec::parseSenecResponse(reply.body).response);
    // Just below the limit everything is fine.
    QVERIFY(kw::senec::parseSenecResponse(f.responder.respond(allSectionsRequest(), f.source()).body).response);
}

void TestSimProtocol::notFoundFaultAnswersEverySectionMissing()
{
    Fixture f(u"0826"_s);
    const auto reply = f.responder.respond(allSectionsRequest(), f.source(), true);
    const auto r = kw::senec::parseSenecResponse(reply.body).response;
    QVERIFY(r);
    QCOMPARE(r->sections.size(), kwtest::referenceSections().size());
    for (const auto &section : r->sections)
        QCOMPARE(section.status, SectionStatus::NotFound);
}

void TestSimProtocol::personalityPaths()
{
    const FirmwarePersonality v24(Firmware::V0824), v25(Firmware::V0825), v26(Firmware::V0826);
    QCOMPARE(v24.varsPath(), QByteArray("/vars.html"));
    QCOMPARE(v25.varsPath(), QByteArray("/Vars.html"));
    QCOMPARE(v26.varsPath(), QByteArray("//vars.html"));
    QVERIFY(!v24.usesTls() && v25.usesTls() && v26.usesTls());
    QVERIFY(!v25.setsSessionCookie() && v26.setsSessionCookie());
    QCOMPARE(v26.logDate("//log/2024/06/21.log"), QDate(2024, 6, 21));
    QCOMPARE(v26.logDate("//log/2024/06/21.log?x=1"), QDate(2024, 6, 21));
    QVERIFY(!v26.logDate("/log/2024/06/21.log"));
    QVERIFY(!v26.logDate("//Log/2024/06/21.log"));
    QVERIFY(!v26.logDate("//log/2024/02/30.log"));
    QVERIFY(!v26.logDate("//log/2024/6/21.log"));
    QCOMPARE(v24.logDate("/log/2023/12/31.log"), QDate(2023, 12, 31));
    QVERIFY(!v24.logDate("//log/2023/12/31.log"));
}

void TestSimProtocol::varsPageFormat()
{
    QCOMPARE(VarsPage::escapeHtml(u"a&b<c>d\"e"), u"a&amp;b&lt;c&gt;d\"e"_s);
    QCOMPARE(VarsPage::displayValue(u"fl_80000000"), u"-0"_s);
    QCOMPARE(VarsPage::displayValue(u"fl_449A5000"), u"1234.5"_s);
    QCOMPARE(VarsPage::displayValue(u"fl_4247632F"), u"49.8469"_s);
    QCOMPARE(VarsPage::displayValue(u"u3_FFFFFFFF"), u"4294967295"_s);
    QCOMPARE(VarsPage::displayValue(u"i1_FFE8"), u"-24"_s);
    QCOMPARE(VarsPage::displayValue(u"st_HMI: 3.16"), u"HMI: 3.16"_s);
    QCOMPARE(VarsPage::displayValue(u"st_"), QString());

    Fixture f(u"0826"_s);
    const QString page = QString::fromUtf8(VarsPage::render(f.table, f.live.values(f.plant.snapshot())));
    QVERIFY(page.startsWith(u"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\""));
    QVERIFY(page.contains(u"<title>Variable Monitor</title>"));
    QCOMPARE(page.count(u"<table>"), 1);
    QVERIFY(page.contains(u"\n<tr><th>Name</th><th>Type</th><th>Value</th></tr>\n"));
    static const QRegularExpression rowPattern(
        u"^<tr><td>([A-Za-z0-9_#]+)\\.([A-Za-z0-9_#]+)(\\[(\\d+)\\])?</td><td>(fl|u8|u1|u3|u6|i8|i1|i3|i6|st|ch)</td><td>(.*)</td></tr>$"_s);
    int rows = 0;
    QSet<QString> names;
    for (const QString &line : page.split(u'\n')) {
        if (!line.startsWith(u"<tr><td>"))
            continue;
        const auto match = rowPattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        names.insert(match.captured(1) + u'.' + match.captured(2) + match.captured(3));
        ++rows;
    }
    QVERIFY(rows > 900);
    QCOMPARE(names.size(), rows);
    QVERIFY(names.contains(u"ENERGY.STAT_STATE"_s));
    QVERIFY(names.contains(u"BMS.CELL_VOLTAGES_MODULE_B[13]"_s));
    QVERIFY(!names.contains(u"BMS.CELL_VOLTAGES_MODULE_B[14]"_s));
    QVERIFY(names.contains(u"PV1.INV_MODEL[1]"_s));
    QVERIFY(!names.contains(u"PV1.INV_MODEL[2]"_s)); // the end marker is not an element
    QVERIFY(page.contains(u"<tr><td>FACTORY.DESIGN_CAPACITY</td><td>fl</td><td>7500</td></tr>"));
    QVERIFY(page.contains(u"<tr><td>BMS_PARA.MAX_MODULE_DISCHARGE_CURRENT_LIMIT_A</td><td>i1</td><td>-24</td></tr>"));
    QVERIFY(page.contains(u"<tr><td>SELFTEST_RESULTS.INTERRUPT</td><td>st</td><td>No Interrupt</td></tr>"));
    QVERIFY(!page.contains(u"BAT1OBJ2."));
}

void TestSimProtocol::logFilesFormatAndDays()
{
    const qint64 start = utc("2024-06-21T09:30:00Z");
    PlantModel plant(3, start);
    const qint64 now = start + 4 * 3'600'000;
    plant.advanceTo(now);
    const LogGenerator logs(3, u"0826"_s, 2411);
    QVERIFY(!logs.render(QDate(2024, 6, 17), plant, now)); // before the history
    QVERIFY(!logs.render(QDate(2024, 6, 22), plant, now)); // tomorrow
    QVERIFY(!logs.render(QDate(), plant, now));
    static const QRegularExpression linePattern(
        u"^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}) (\\[([IWEP])\\|([A-Z]+)\\] )?(.+)$"_s);
    QSet<QString> levels, categories;
    int plainLines = 0;
    for (const QDate &day : {QDate(2024, 6, 18), QDate(2024, 6, 19), QDate(2024, 6, 20), QDate(2024, 6, 21)}) {
        const auto text = logs.render(day, plant, now);
        QVERIFY2(text, qPrintable(day.toString(Qt::ISODate)));
        const QStringList lines = QString::fromUtf8(*text).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 100);
        QString previous;
        for (const QString &line : lines) {
            const auto match = linePattern.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            QCOMPARE(match.captured(1), day.toString(Qt::ISODate));
            const QString stamp = match.captured(1) + u' ' + match.captured(2);
            QVERIFY2(stamp >= previous, "lines are in time order");
            previous = stamp;
            if (match.captured(3).isEmpty()) {
                ++plainLines;
            } else {
                levels.insert(match.captured(4));
                categories.insert(match.captured(5));
            }
        }
        if (day == QDate(2024, 6, 21)) {
            // Today: nothing after the simulated now (13:30 UTC).
            QVERIFY(previous <= u"2024-06-21 13:30:00"_s);
            QVERIFY(previous >= u"2024-06-21 13:00:00"_s);
        }
    }
    QVERIFY(plainLines >= 4);
    QVERIFY(levels.contains(u"I"_s) && levels.contains(u"W"_s));
    for (const char *category : {"BMS", "PV", "ENERGY", "NPU", "WEB"})
        QVERIFY2(categories.contains(QString::fromLatin1(category)), category);
}

void TestSimProtocol::logsAreDeterministicAndReflectThePlant()
{
    const qint64 start = utc("2024-06-21T04:00:00Z");
    const qint64 now = start + 6 * 3'600'000;
    PlantModel a(7, start), b(7, start), c(8, start);
    a.advanceTo(now);
    for (qint64 t = start; t <= now; t += 61'001)
        b.advanceTo(t);
    b.advanceTo(now);
    c.advanceTo(now);
    const LogGenerator logs7(7, u"0826"_s, 2411), logs8(8, u"0826"_s, 2411);
    const QDate today(2024, 6, 21);
    QCOMPARE(logs7.render(today, a, now), logs7.render(today, b, now));
    QVERIFY(logs7.render(today, a, now) != logs8.render(today, c, now));
    const QString text = QString::fromUtf8(*logs7.render(today, a, now));
    // Every state change of the plant today is in the log.
    int changes = 0;
    for (const PlantEvent &e : a.journal()) {
        if (e.kind != PlantEvent::Kind::StateChanged || e.utcMs < utc("2024-06-21T00:00:00Z"))
            continue;
        ++changes;
        const QString stamp = QDateTime::fromMSecsSinceEpoch(e.utcMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss");
        QVERIFY2(text.contains(stamp + u" [I|ENERGY] state change") || text.contains(stamp + u" [W|ENERGY] state change"),
                 qPrintable(stamp));
    }
    QVERIFY(changes > 0);
    QVERIFY(text.contains(u"[I|PV] MPP tracking started"));
}

QTEST_GUILESS_MAIN(TestSimProtocol)
#include "tst_simprotocol.moc"
