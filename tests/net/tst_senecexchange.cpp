// SenecExchange: one logical lala.cgi request sent as several bodies, against the simulator.
#include "simfixture.h"

#include "senec/senecexchange.h"
#include "senec/senecrequestbuilder.h"

#include <QTemporaryDir>

#include <optional>

using namespace kw::net;
using namespace kw::senec;
using kw::sim::FaultKind;
using kw::sim::FaultSpec;
using kw::sim::Firmware;
using namespace kwtest;

class TestSenecExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Rig = DeviceRig;

    Rig makeRig(const QString &trustName)
    {
        Rig rig;
        setUpDeviceRig(rig, simOptions(Firmware::V0826), m_dir.filePath(trustName), 2000);
        return rig;
    }

    // Three bodies: the sections below, split small on purpose.
    static QList<QByteArray> splitBodies()
    {
        SenecRequestBuilder builder;
        for (const char *section : {"ENERGY", "BMS", "PV1", "RTC", "WIZARD", "STATISTIC"})
            builder.addSection(QString::fromLatin1(section));
        builder.setMaxWholeSectionsPerBody(2);
        return builder.bodies();
    }

private Q_SLOTS:
    void unitesSplitAnswers()
    {
        Rig rig = makeRig(QStringLiteral("unite.json"));
        QVERIFY(rig.sim);
        const QList<QByteArray> bodies = splitBodies();
        QCOMPARE(bodies.size(), 3);
        SenecExchange exchange(rig.transport.get(), bodies);
        std::optional<SenecExchange::Outcome> outcome;
        int emitted = 0;
        connect(&exchange, &SenecExchange::finished, this,
                [&](const SenecExchange::Outcome &o) { outcome = o; ++emitted; });
        const int before = rig.sim->requestCount();
        exchange.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10'000);
        QVERIFY2(outcome->ok(), qPrintable(outcome->message));
        QCOMPARE(emitted, 1);
        QCOMPARE(rig.sim->requestCount() - before, 3); // one request per body, one after another
        QCOMPARE(outcome->rawBodies.size(), 3);
        for (const char *section : {"ENERGY", "BMS", "PV1", "RTC", "WIZARD", "STATISTIC"})
            QVERIFY2(outcome->response.section(QString::fromLatin1(section)), section);
        QVERIFY(outcome->response.number(QStringLiteral("ENERGY"), QStringLiteral("GUI_HOUSE_POW")));
        QVERIFY(outcome->response.number(QStringLiteral("BMS"), QStringLiteral("SYSTEM_SOC")));
    }

    void oneBadAnswerFailsTheWhole()
    {
        Rig rig = makeRig(QStringLiteral("bad.json"));
        QVERIFY(rig.sim);
        SenecExchange exchange(rig.transport.get(), splitBodies());
        std::optional<SenecExchange::Outcome> outcome;
        connect(&exchange, &SenecExchange::finished, this,
                [&](const SenecExchange::Outcome &o) { outcome = o; });
        FaultSpec fault;
        fault.kind = FaultKind::Truncated;
        rig.sim->setFaults({fault});
        exchange.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10'000);
        QCOMPARE(outcome->error, TransportError::InvalidBody);
        QVERIFY(outcome->message.contains(QStringLiteral("not lala.cgi JSON")));
        QVERIFY(!outcome->message.contains(u'\n'));
        QVERIFY(outcome->response.sections.isEmpty()); // nothing partial handed out

        // Without parsing (the CLI's --raw), the same cut-off bodies are passed on as received.
        rig.sim->clearFaults();
        rig.sim->setFaults({fault});
        SenecExchange raw(rig.transport.get(), splitBodies(), false);
        std::optional<SenecExchange::Outcome> rawOutcome;
        connect(&raw, &SenecExchange::finished, this,
                [&](const SenecExchange::Outcome &o) { rawOutcome = o; });
        raw.start();
        QTRY_VERIFY_WITH_TIMEOUT(rawOutcome.has_value(), 10'000);
        QVERIFY2(rawOutcome->ok(), qPrintable(rawOutcome->message));
        QCOMPARE(rawOutcome->rawBodies.size(), 3);
    }

    void transportErrorsPassThrough()
    {
        Rig rig = makeRig(QStringLiteral("http500.json"));
        QVERIFY(rig.sim);
        FaultSpec fault;
        fault.kind = FaultKind::Http500;
        rig.sim->setFaults({fault});
        SenecExchange exchange(rig.transport.get(), splitBodies());
        std::optional<SenecExchange::Outcome> outcome;
        connect(&exchange, &SenecExchange::finished, this,
                [&](const SenecExchange::Outcome &o) { outcome = o; });
        exchange.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10'000);
        QCOMPARE(outcome->error, TransportError::HttpStatus);
        QVERIFY(outcome->message.contains(QStringLiteral("500")));
    }

    void abortStopsWithoutSignal()
    {
        Rig rig = makeRig(QStringLiteral("abort.json"));
        QVERIFY(rig.sim);
        FaultSpec fault;
        fault.kind = FaultKind::Timeout; // the first body hangs until aborted
        rig.sim->setFaults({fault});
        SenecExchange exchange(rig.transport.get(), splitBodies());
        int emitted = 0;
        connect(&exchange, &SenecExchange::finished, this,
                [&](const SenecExchange::Outcome &) { ++emitted; });
        exchange.start();
        QTRY_VERIFY_WITH_TIMEOUT(rig.transport->isBusy(), 5'000);
        exchange.abort();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.transport->isBusy(), 5'000); // the request really went away
        QTest::qWait(2500); // longer than the transport's timeout: nothing may arrive late
        QCOMPARE(emitted, 0);
        QCOMPARE(rig.transport->queuedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSenecExchange)
#include "tst_senecexchange.moc"
