// TodayPanel: today's energies come from the history store's minutes (a real SQLite file), the
// day is the newest sample's local day, and a grid outage is spelled out.
#include "history/historystore.h"
#include "powerformatter.h"
#include "todaypanel.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using kw::gui::PowerFormatter;
using kw::gui::TodayPanel;
using kw::history::HistoryStore;

class TestTodayPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // An hour from local 10:00 of `day`: PV 3 kW, house 1 kW, battery charging 1.5 kW, export
    // 0.5 kW, every 5 s.
    static void recordMorning(HistoryStore &store, QDate day)
    {
        const qint64 startMs = QDateTime(day, QTime(10, 0)).toMSecsSinceEpoch();
        for (qint64 t = startMs; t <= startMs + 3'600'000; t += 5000) {
            kw::EnergySnapshot s;
            s.timestampMs = t;
            s.pvW = 3000;
            s.houseW = 1000;
            s.batteryW = 1500;
            s.gridW = -500;
            s.socPercent = 50;
            s.stateCode = 14;
            store.append(s);
        }
        QString error;
        QVERIFY2(store.flush(&error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void formatsEnergies()
    {
        QCOMPARE(PowerFormatter::formatEnergy(850.4), QStringLiteral("850 Wh"));
        QCOMPARE(PowerFormatter::formatEnergy(1234.0), QStringLiteral("1.23 kWh"));
        QCOMPARE(PowerFormatter::formatEnergy(12'345.0), QStringLiteral("12.3 kWh"));
        QCOMPARE(PowerFormatter::formatEnergy(1'234'567.0), QStringLiteral("1235 kWh")); // C: no grouping
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(PowerFormatter::formatEnergy(12'345.0), QStringLiteral("12,3 kWh"));
        QCOMPARE(PowerFormatter::formatEnergy(1'234'567.0), QStringLiteral("1.235 kWh"));
        QLocale::setDefault(QLocale::c());
    }

    void showsTheStoresSumsForTheDay()
    {
        HistoryStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("today.sqlite"))));
        const QDate day(2026, 6, 21);
        recordMorning(store, day);

        TodayPanel panel;
        panel.resize(300, 500);
        QCOMPARE(panel.energyText(QStringLiteral("pv")), QStringLiteral("—"));
        panel.setHistoryStore(&store);
        QCOMPARE(panel.day(), day);
        const kw::history::EnergyTotals expected = store.energyBetween(
            day.startOfDay().toMSecsSinceEpoch(), day.addDays(1).startOfDay().toMSecsSinceEpoch());
        QVERIFY(expected.pvWh > 2900 && expected.pvWh < 3100); // 3 kW for an hour
        QCOMPARE(panel.totals(), expected);
        QCOMPARE(panel.energyText(QStringLiteral("pv")), PowerFormatter::formatEnergy(expected.pvWh));
        QCOMPARE(panel.energyText(QStringLiteral("house")), PowerFormatter::formatEnergy(expected.houseWh));
        QCOMPARE(panel.energyText(QStringLiteral("export")), PowerFormatter::formatEnergy(expected.gridExportWh));
        QCOMPARE(panel.energyText(QStringLiteral("charge")), PowerFormatter::formatEnergy(expected.batteryChargeWh));
        QCOMPARE(panel.energyText(QStringLiteral("import")), QStringLiteral("0 Wh"));

        // A later sample on the next day moves "today" there (coalesced: the first read is at
        // once only before any sums were shown, so ask for it directly).
        panel.refreshNow(QDateTime(day.addDays(1), QTime(0, 30)).toMSecsSinceEpoch());
        QCOMPARE(panel.day(), day.addDays(1));
        QVERIFY(panel.totals().isZero());
    }

    void saysWhenThereIsNoHistory()
    {
        TodayPanel panel;
        panel.setHistoryStore(nullptr);
        QCOMPARE(panel.energyText(QStringLiteral("house")), QStringLiteral("—"));
    }

    void gridOutageIsSpelledOut()
    {
        TodayPanel panel;
        kw::EnergySnapshot snapshot;
        snapshot.stateCode = 75;
        snapshot.stateText = QStringLiteral("Backup power mode");
        snapshot.gridOutage = true;
        panel.setSnapshot(snapshot);
        QVERIFY2(panel.stateText().contains(QStringLiteral("Grid outage")), qPrintable(panel.stateText()));
        QVERIFY(panel.stateText().contains(QStringLiteral("Backup power mode")));
        snapshot.gridOutage = false;
        snapshot.stateText = QStringLiteral("PV + charging");
        panel.setSnapshot(snapshot);
        QCOMPARE(panel.stateText(), QStringLiteral("PV + charging"));
    }
};

QTEST_MAIN(TestTodayPanel)
#include "tst_todaypanel.moc"
