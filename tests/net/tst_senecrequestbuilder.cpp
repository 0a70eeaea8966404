#include "senec/senecrequestbuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "senecreference.h"

using namespace kw::senec;

class TestSenecRequestBuilder : public QObject
{
    Q_OBJECT

private:
    // Every (section, variable) pair asked for by `bodies`; "" for a whole section.
    static QMultiMap<QString, QString> itemsOf(const QList<QByteArray> &bodies)
    {
        QMultiMap<QString, QString> items;
        for (const QByteArray &body : bodies) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                qFatal("body is not a JSON object: %s", body.constData());
            const QJsonObject root = doc.object();
            for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
                const QJsonObject section = it.value().toObject();
                if (section.isEmpty())
                    items.insert(it.key(), QString());
                for (auto var = section.constBegin(); var != section.constEnd(); ++var) {
                    if (var.value().toString() != QString())
                        qFatal("variable value is not the empty string");
                    items.insert(it.key(), var.key());
                }
            }
        }
        return items;
    }

private Q_SLOTS:
    void wholeSectionAndVariableBodies()
    {
        SenecRequestBuilder builder;
        builder.addSection(QStringLiteral("ENERGY"));
        QCOMPARE(builder.bodies(), QList<QByteArray>{QByteArrayLiteral(R"({"ENERGY":{}})")});

        SenecRequestBuilder single;
        single.addVariable(QStringLiteral("RTC"), QStringLiteral("WEB_TIME"));
        single.addVariable(QStringLiteral("ENERGY"), QStringLiteral("STAT_STATE"));
        single.addVariable(QStringLiteral("RTC"), QStringLiteral("UTC_OFFSET"));
        QCOMPARE(single.bodies(),
                 QList<QByteArray>{QByteArrayLiteral(
                     R"({"ENERGY":{"STAT_STATE":""},"RTC":{"UTC_OFFSET":"","WEB_TIME":""}})")});
    }

    void wholeSectionWinsOverVariables()
    {
        SenecRequestSet set;
        set.addVariable(QStringLiteral("BMS"), QStringLiteral("SOC"));
        set.addSection(QStringLiteral("BMS"));
        set.addVariable(QStringLiteral("BMS"), QStringLiteral("SOH"));
        QCOMPARE(set.itemCount(), 1);
        QCOMPARE(SenecRequestBuilder(set).bodies(),
                 QList<QByteArray>{QByteArrayLiteral(R"({"BMS":{}})")});
    }

    void emptyBuilderHasNoBodies()
    {
        QVERIFY(SenecRequestBuilder().bodies().isEmpty());
    }

    void splitsAtTheLimitWithoutLosingOrSplittingVariables_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("default 10000") << 10'000;
        QTest::newRow("2000") << 2'000;
        QTest::newRow("300") << 300;
        QTest::newRow("tight 60") << 60;
    }

    void splitsAtTheLimitWithoutLosingOrSplittingVariables()
    {
        QFETCH(int, limit);
        SenecRequestSet set;
        QMultiMap<QString, QString> expected;
        // About 26 kB of request: far above what the device answers untruncated.
        for (int s = 0; s < 12; ++s) {
            const QString section = QStringLiteral("SECTION_%1").arg(s, 2, 10, QLatin1Char('0'));
            for (int v = 0; v < 60; ++v) {
                const QString variable = QStringLiteral("SOME_RATHER_LONG_VARIABLE_NAME_%1").arg(v, 3, 10, QLatin1Char('0'));
                set.addVariable(section, variable);
                expected.insert(section, variable);
            }
        }
        set.addSection(QStringLiteral("WHOLE"));
        expected.insert(QStringLiteral("WHOLE"), QString());

        SenecRequestBuilder builder(set);
        builder.setMaxBodyBytes(limit);
        QCOMPARE(builder.maxBodyBytes(), limit);
        const QList<QByteArray> bodies = builder.bodies();
        qsizetype total = 0;
        for (const QByteArray &body : bodies) {
            QVERIFY2(body.size() <= limit, body.constData());
            total += body.size();
        }
        QVERIFY(total > 20'000);
        QVERIFY(bodies.size() >= (total + limit - 1) / limit);
        if (limit == 10'000)
            QCOMPARE(bodies.size(), 3);

        const QMultiMap<QString, QString> items = itemsOf(bodies);
        QCOMPARE(items.size(), expected.size());
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
            QVERIFY2(items.contains(it.key(), it.value()), qPrintable(it.key() + u'.' + it.value()));
    }

    void oversizedVariableGetsItsOwnBody()
    {
        SenecRequestBuilder builder;
        builder.setMaxBodyBytes(40);
        builder.addVariable(QStringLiteral("A"), QStringLiteral("X"));
        builder.addVariable(QStringLiteral("B"), QString(60, u'L'));
        builder.addVariable(QStringLiteral("C"), QStringLiteral("Y"));
        const QList<QByteArray> bodies = builder.bodies();
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.at(0), QByteArrayLiteral(R"({"A":{"X":""}})"));
        QCOMPARE(bodies.at(1), QByteArray(R"({"B":{")" + QByteArray(60, 'L') + R"(":""}})"));
        QCOMPARE(bodies.at(2), QByteArrayLiteral(R"({"C":{"Y":""}})"));
    }

    void maxWholeSectionsPerBody()
    {
        SenecRequestBuilder builder(SenecRequestBuilder::allSections());
        builder.setMaxWholeSectionsPerBody(8);
        const QList<QByteArray> bodies = builder.bodies();
        const int sections = int(SenecRequestBuilder::allSectionNames().size());
        QCOMPARE(bodies.size(), (sections + 7) / 8);
        QCOMPARE(itemsOf(bodies).size(), sections);
    }

    void namesAreEscaped()
    {
        SenecRequestBuilder builder;
        builder.addVariable(QStringLiteral("V_STECA"), QStringLiteral("per\"cent#v"));
        const QList<QByteArray> bodies = builder.bodies();
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(itemsOf(bodies).value(QStringLiteral("V_STECA")), QStringLiteral("per\"cent#v"));
    }

    void predefinedSets()
    {
        const SenecRequestSet live = SenecRequestBuilder::liveSet();
        for (const char *name : {"GUI_INVERTER_POWER", "GUI_HOUSE_POW", "GUI_GRID_POW",
                                 "GUI_BAT_DATA_POWER", "GUI_BAT_DATA_FUEL_CHARGE", "STAT_STATE"})
            QVERIFY(live.sections.value(QStringLiteral("ENERGY")).contains(QString::fromLatin1(name)));
        QVERIFY(live.sections.value(QStringLiteral("PM1OBJ1")).contains(QStringLiteral("P_TOTAL")));
        QVERIFY(live.sections.value(QStringLiteral("RTC")).contains(QStringLiteral("WEB_TIME")));
        QVERIFY(live.sections.value(QStringLiteral("RTC")).contains(QStringLiteral("UTC_OFFSET")));
        QVERIFY(live.sections.value(QStringLiteral("BMS")).contains(QStringLiteral("SYSTEM_SOC")));
        // Small and cheap: one short body, no whole sections.
        const QList<QByteArray> liveBodies = SenecRequestBuilder(live).bodies();
        QCOMPARE(liveBodies.size(), 1);
        QVERIFY(liveBodies.first().size() < 1000);
        for (const QStringList &variables : live.sections)
            QVERIFY(!variables.isEmpty());

        const SenecRequestSet heavy = SenecRequestBuilder::heavySet();
        QVERIFY(heavy.sections.value(QStringLiteral("BMS")).contains(QStringLiteral("CELL_VOLTAGES_MODULE_A")));
        QVERIFY(heavy.sections.value(QStringLiteral("BMS")).contains(QStringLiteral("CELL_TEMPERATURES_MODULE_D")));
        QVERIFY(heavy.sections.value(QStringLiteral("PV1")).contains(QStringLiteral("MPP_POWER")));
        QVERIFY(heavy.sections.value(QStringLiteral("PM1OBJ2")).contains(QStringLiteral("P_AC")));
        QVERIFY(heavy.sections.contains(QStringLiteral("TEMPMEASURE")));
        QVERIFY(heavy.sections.value(QStringLiteral("WIZARD")).contains(QStringLiteral("APPLICATION_VERSION")));
        QVERIFY(heavy.sections.value(QStringLiteral("FACTORY")).contains(QStringLiteral("DEVICE_ID")));

        const SenecRequestSet all = SenecRequestBuilder::allSections();
        QCOMPARE(all.sections.size(), SenecRequestBuilder::allSectionNames().size());
        // Every section of the public reference, checked against an independent list.
        QStringList names = SenecRequestBuilder::allSectionNames();
        names.sort();
        QStringList reference = kwtest::referenceSections();
        reference.sort();
        QCOMPARE(names, reference);
        for (const char *name : {"DEBUG", "BAT1", "BMS", "ENERGY", "WIZARD", "FAN_SPEED", "IPU",
                                 "SENEC_IO_OUTPUT", "V_STECA", "PWR_UNIT", "WALLBOX"})
            QVERIFY2(all.sections.contains(QString::fromLatin1(name)), name);
        for (const QStringList &variables : all.sections)
            QVERIFY(variables.isEmpty());
    }

    void mergeAnswersUnitesSplitSections()
    {
        const auto a = parseSenecResponse(R"({"ENERGY":{"STAT_STATE":"u8_0E"},"BMS":{"OBJECT_NOT_FOUND":""}})");
        const auto b = parseSenecResponse(R"({"ENERGY":{"GUI_HOUSE_POW":"fl_43C80000"},"RTC":{"WEB_TIME":"u3_00000010"}})");
        QVERIFY(a.response && b.response);
        const SenecResponse merged = SenecRequestBuilder::mergeAnswers({*a.response, *b.response});
        QCOMPARE(merged.number(QStringLiteral("ENERGY"), QStringLiteral("STAT_STATE")), 14.0);
        QCOMPARE(merged.number(QStringLiteral("ENERGY"), QStringLiteral("GUI_HOUSE_POW")), 400.0);
        QCOMPARE(merged.number(QStringLiteral("RTC"), QStringLiteral("WEB_TIME")), 16.0);
        QCOMPARE(merged.section(QStringLiteral("BMS"))->status, SectionStatus::NotFound);
        QCOMPARE(merged.variableCount(), 3);
        QCOMPARE(SenecRequestBuilder::mergeAnswers({}).sections.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSenecRequestBuilder)
#include "tst_senecrequestbuilder.moc"
