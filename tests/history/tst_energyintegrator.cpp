// Energy per UTC minute by the trapezoid rule, directions split at the samples, gaps not bridged;
// local days summed from minutes across DST and odd offsets; autarky and self-consumption.
#include "history/dailyenergy.h"
#include "history/energyintegrator.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>
#include <random>

using namespace kw::history;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 HourMs = 60 * MinuteMs;
// 2023-11-14T22:13:20Z: not aligned to a minute on purpose (it is 20 s into one).
constexpr qint64 T0 = 1'700'000'000'000;

PowerSample sample(qint64 timeMs, double pvW, double houseW = 0, double gridW = 0,
                   double batteryW = 0)
{
    return PowerSample{timeMs, pvW, houseW, gridW, batteryW};
}

EnergyTotals sum(const QMap<qint64, EnergyTotals> &minutes)
{
    EnergyTotals total;
    for (const EnergyTotals &m : minutes)
        total += m;
    return total;
}

bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

#define KW_COMPARE_NEAR(actual, expected)                                                          \
    QVERIFY2(near((actual), (expected)),                                                           \
             qPrintable(u"%1 = %2, expected %3"_s.arg(QStringLiteral(#actual))                      \
                            .arg((actual), 0, 'g', 17)                                              \
                            .arg((expected), 0, 'g', 17)))

qint64 utcMs(const QString &isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODate).toMSecsSinceEpoch();
}

qint64 localMs(QDate day, QTime time, const QTimeZone &zone)
{
    return QDateTime(day, time, zone).toMSecsSinceEpoch();
}

} // namespace

class TestEnergyIntegrator : public QObject
{
    Q_OBJECT
private slots:
    void constantOneKilowattForTwoHours();
    void everyDirectionOnItsOwn();
    void rampIsExact();
    void rampSharesPerMinuteAreInterpolated();
    void signChangeSplitAtSamples();
    void fiveMinutesBridgedOneMillisecondMoreNot();
    void gapInsideASeries();
    void segmentSpanningManyMinutes();
    void minuteSharesSumToUnsplitTotal();
    void degenerateSegmentsAddNothing();
    void nonFinitePowersCountAsZero();
    void minutesBeforeEpochFloor();
    void totalsArithmetic();
    void autarkyAndSelfConsumption_data();
    void autarkyAndSelfConsumption();
    void dailyBerlinAcrossBothDstTransitions();
    void dailyKathmanduQuarterHourOffset();
    void dailyOmitsDaysWithoutMinutesAndIsAscending();
    void dailyInvalidZoneFallsBackToUtc();
};

void TestEnergyIntegrator::constantOneKilowattForTwoHours()
{
    QList<PowerSample> samples;
    for (qint64 t = T0; t <= T0 + 2 * HourMs; t += SecondMs)
        samples.append(sample(t, 1000, 1000, 1000, -1000));
    const QMap<qint64, EnergyTotals> minutes = EnergyIntegrator::integrate(samples);
    const EnergyTotals total = sum(minutes);
    KW_COMPARE_NEAR(total.pvWh, 2000.0);
    KW_COMPARE_NEAR(total.houseWh, 2000.0);
    KW_COMPARE_NEAR(total.gridImportWh, 2000.0);
    QCOMPARE(total.gridExportWh, 0.0);
    QCOMPARE(total.batteryChargeWh, 0.0);
    KW_COMPARE_NEAR(total.batteryDischargeWh, 2000.0);
    // 20 s into a minute: 2 h touch 121 minutes, the first and last partly.
    QCOMPARE(minutes.size(), 121);
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
        QCOMPARE(it.key() % MinuteMs, 0);
    KW_COMPARE_NEAR(minutes.first().pvWh, 1000.0 * 40 / 3600);
    KW_COMPARE_NEAR(minutes.last().pvWh, 1000.0 * 20 / 3600);
    KW_COMPARE_NEAR(minutes.value(T0 - 20 * SecondMs + 10 * MinuteMs).pvWh, 1000.0 / 60);
}

void TestEnergyIntegrator::everyDirectionOnItsOwn()
{
    QMap<qint64, EnergyTotals> minutes;
    // 36 s: W × 0.01 h. Grid exporting, battery charging.
    EnergyIntegrator::addSegment(sample(T0, 500, 200, -300, 100),
                                 sample(T0 + 36 * SecondMs, 700, 400, -100, 300), minutes);
    const EnergyTotals total = sum(minutes);
    KW_COMPARE_NEAR(total.pvWh, 6.0);
    KW_COMPARE_NEAR(total.houseWh, 3.0);
    QCOMPARE(total.gridImportWh, 0.0);
    KW_COMPARE_NEAR(total.gridExportWh, 2.0);
    KW_COMPARE_NEAR(total.batteryChargeWh, 2.0);
    QCOMPARE(total.batteryDischargeWh, 0.0);

    // Negative PV (inverter standby draw) and negative house are clamped, not subtracted.
    minutes.clear();
    EnergyIntegrator::addSegment(sample(T0, -20, -50), sample(T0 + 36 * SecondMs, -20, -50),
                                 minutes);
    QVERIFY(sum(minutes).isZero());
}

void TestEnergyIntegrator::rampIsExact()
{
    // 0 → 3600 W over one hour in 10 s steps: the trapezoid of a line is exact, 1800 Wh.
    QList<PowerSample> samples;
    for (qint64 t = 0; t <= HourMs; t += 10 * SecondMs)
        samples.append(sample(T0 + t, 3600.0 * double(t) / double(HourMs)));
    KW_COMPARE_NEAR(sum(EnergyIntegrator::integrate(samples)).pvWh, 1800.0);

    // A parabola is not a line: samples of 3600·(t/h)² give more than the exact 1200 Wh, by the
    // trapezoid's known error h²/12·f'' summed = (10 s)²/12 · 7200 W/h² · 1 h.
    samples.clear();
    for (qint64 t = 0; t <= HourMs; t += 10 * SecondMs) {
        const double x = double(t) / double(HourMs);
        samples.append(sample(T0 + t, 3600.0 * x * x));
    }
    const double step = 10.0 / 3600.0;
    KW_COMPARE_NEAR(sum(EnergyIntegrator::integrate(samples)).pvWh,
                    1200.0 + step * step / 12.0 * 7200.0);
}

void TestEnergyIntegrator::rampSharesPerMinuteAreInterpolated()
{
    // One 5-minute segment from a minute start, 0 → 600 W: minute k gets (2k + 1) Wh.
    const qint64 start = (T0 / MinuteMs) * MinuteMs;
    QMap<qint64, EnergyTotals> minutes;
    EnergyIntegrator::addSegment(sample(start, 0), sample(start + 5 * MinuteMs, 600), minutes);
    QCOMPARE(minutes.size(), 5);
    for (int k = 0; k < 5; ++k)
        KW_COMPARE_NEAR(minutes.value(start + k * MinuteMs).pvWh, 2.0 * k + 1);
}

void TestEnergyIntegrator::signChangeSplitAtSamples()
{
    // Grid +1 kW → −1 kW over 36 s. Split at the samples: import 1 kW → 0, export 0 → 1 kW, each
    // a trapezoid of 5 Wh; never netted to zero.
    QMap<qint64, EnergyTotals> minutes;
    EnergyIntegrator::addSegment(sample(T0, 0, 0, 1000, -800), sample(T0 + 36 * SecondMs, 0, 0, -1000, 400),
                                 minutes);
    const EnergyTotals total = sum(minutes);
    KW_COMPARE_NEAR(total.gridImportWh, 5.0);
    KW_COMPARE_NEAR(total.gridExportWh, 5.0);
    KW_COMPARE_NEAR(total.batteryDischargeWh, 4.0);
    KW_COMPARE_NEAR(total.batteryChargeWh, 2.0);

    // Same sign throughout: plain trapezoid, the other direction stays exactly zero.
    minutes.clear();
    EnergyIntegrator::addSegment(sample(T0, 0, 0, 1000), sample(T0 + 36 * SecondMs, 0, 0, 500), minutes);
    KW_COMPARE_NEAR(sum(minutes).gridImportWh, 7.5);
    QCOMPARE(sum(minutes).gridExportWh, 0.0);
}

void TestEnergyIntegrator::fiveMinutesBridgedOneMillisecondMoreNot()
{
    QMap<qint64, EnergyTotals> minutes;
    EnergyIntegrator::addSegment(sample(T0, 1200), sample(T0 + EnergyIntegrator::MaxGapMs, 1200),
                                 minutes);
    KW_COMPARE_NEAR(sum(minutes).pvWh, 100.0);

    minutes.clear();
    EnergyIntegrator::addSegment(sample(T0, 1200),
                                 sample(T0 + EnergyIntegrator::MaxGapMs + 1, 1200), minutes);
    QVERIFY(minutes.isEmpty());
}

void TestEnergyIntegrator::gapInsideASeries()
{
    const qint64 afterGap = T0 + MinuteMs + EnergyIntegrator::MaxGapMs + 1;
    const QList<PowerSample> samples{sample(T0, 600), sample(T0 + MinuteMs, 600),
                                     sample(afterGap, 6000), sample(afterGap + MinuteMs, 6000)};
    // 10 Wh before the gap, 100 Wh after, nothing invented across it.
    const QMap<qint64, EnergyTotals> minutes = EnergyIntegrator::integrate(samples);
    KW_COMPARE_NEAR(sum(minutes).pvWh, 110.0);
    const qint64 gapMinute = ((T0 + 3 * MinuteMs) / MinuteMs) * MinuteMs;
    QVERIFY(!minutes.contains(gapMinute));
}

void TestEnergyIntegrator::segmentSpanningManyMinutes()
{
    // 5 minutes starting 30 s into a minute, 600 W: 5, 10, 10, 10, 10, 5 Wh.
    const qint64 start = (T0 / MinuteMs) * MinuteMs + 30 * SecondMs;
    QMap<qint64, EnergyTotals> minutes;
    EnergyIntegrator::addSegment(sample(start, 600, 0, -600), sample(start + 5 * MinuteMs, 600, 0, -600),
                                 minutes);
    const QList<double> expected{5, 10, 10, 10, 10, 5};
    QCOMPARE(minutes.size(), expected.size());
    qsizetype i = 0;
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it, ++i) {
        QCOMPARE(it.key(), start - 30 * SecondMs + i * MinuteMs);
        KW_COMPARE_NEAR(it.value().pvWh, expected.at(i));
        KW_COMPARE_NEAR(it.value().gridExportWh, expected.at(i));
        QCOMPARE(it.value().gridImportWh, 0.0);
    }
}

void TestEnergyIntegrator::minuteSharesSumToUnsplitTotal()
{
    std::mt19937 rng(20240331);
    std::uniform_int_distribution<qint64> startDist(0, 10 * 365 * 24 * HourMs);
    std::uniform_int_distribution<qint64> lengthDist(1, EnergyIntegrator::MaxGapMs);
    std::uniform_real_distribution<double> powerDist(-8000, 8000);
    for (int round = 0; round < 2000; ++round) {
        const qint64 start = startDist(rng);
        const qint64 length = lengthDist(rng);
        const PowerSample a = sample(start, powerDist(rng), powerDist(rng), powerDist(rng), powerDist(rng));
        const PowerSample b = sample(start + length, powerDist(rng), powerDist(rng), powerDist(rng),
                                     powerDist(rng));
        QMap<qint64, EnergyTotals> minutes;
        EnergyIntegrator::addSegment(a, b, minutes);
        // The unsplit trapezoid of each direction, computed independently here.
        auto trap = [&](double p0, double p1) {
            return (std::max(p0, 0.0) + std::max(p1, 0.0)) / 2 * double(length) / 3'600'000.0;
        };
        const EnergyTotals total = sum(minutes);
        KW_COMPARE_NEAR(total.pvWh, trap(a.pvW, b.pvW));
        KW_COMPARE_NEAR(total.houseWh, trap(a.houseW, b.houseW));
        KW_COMPARE_NEAR(total.gridImportWh, trap(a.gridW, b.gridW));
        KW_COMPARE_NEAR(total.gridExportWh, trap(-a.gridW, -b.gridW));
        KW_COMPARE_NEAR(total.batteryChargeWh, trap(a.batteryW, b.batteryW));
        KW_COMPARE_NEAR(total.batteryDischargeWh, trap(-a.batteryW, -b.batteryW));
        const qint64 firstMinute = (start / MinuteMs) * MinuteMs;
        const qint64 lastMinute = ((start + length - 1) / MinuteMs) * MinuteMs;
        QCOMPARE(minutes.size(), (lastMinute - firstMinute) / MinuteMs + 1);
        QCOMPARE(minutes.firstKey(), firstMinute);
        QCOMPARE(minutes.lastKey(), lastMinute);
    }
}

void TestEnergyIntegrator::degenerateSegmentsAddNothing()
{
    QMap<qint64, EnergyTotals> minutes;
    EnergyIntegrator::addSegment(sample(T0, 1000), sample(T0, 1000), minutes);
    EnergyIntegrator::addSegment(sample(T0 + 1, 1000), sample(T0, 1000), minutes);
    QVERIFY(minutes.isEmpty());
    QVERIFY(EnergyIntegrator::integrate({}).isEmpty());
    QVERIFY(EnergyIntegrator::integrate({sample(T0, 1000)}).isEmpty());
    // Out-of-order pairs are skipped, the ordered ones still count: 10 s at 360 W = 1 Wh.
    const QList<PowerSample> shuffled{sample(T0, 360), sample(T0 + 10 * SecondMs, 360),
                                      sample(T0 + 5 * SecondMs, 360)};
    KW_COMPARE_NEAR(sum(EnergyIntegrator::integrate(shuffled)).pvWh, 1.0);
}

void TestEnergyIntegrator::nonFinitePowersCountAsZero()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QMap<qint64, EnergyTotals> minutes;
    EnergyIntegrator::addSegment(sample(T0, nan, inf, -inf, 720), sample(T0 + 10 * SecondMs, 720, 0, 0, nan),
                                 minutes);
    const EnergyTotals total = sum(minutes);
    KW_COMPARE_NEAR(total.pvWh, 1.0);
    QCOMPARE(total.houseWh, 0.0);
    QCOMPARE(total.gridImportWh, 0.0);
    QCOMPARE(total.gridExportWh, 0.0);
    KW_COMPARE_NEAR(total.batteryChargeWh, 1.0);
}

void TestEnergyIntegrator::minutesBeforeEpochFloor()
{
    QMap<qint64, EnergyTotals> minutes;
    EnergyIntegrator::addSegment(sample(-30 * SecondMs, 120), sample(30 * SecondMs, 120), minutes);
    QCOMPARE(minutes.keys(), (QList<qint64>{-MinuteMs, 0}));
    KW_COMPARE_NEAR(minutes.value(-MinuteMs).pvWh, 1.0);
    KW_COMPARE_NEAR(minutes.value(0).pvWh, 1.0);
}

void TestEnergyIntegrator::totalsArithmetic()
{
    EnergyTotals a{1, 2, 3, 4, 5, 6};
    const EnergyTotals b{10, 20, 30, 40, 50, 60};
    a += b;
    QCOMPARE(a, (EnergyTotals{11, 22, 33, 44, 55, 66}));
    QVERIFY(!a.isZero());
    QVERIFY(EnergyTotals{}.isZero());
    QVERIFY(!(EnergyTotals{0, 0, 0, 0, 0, 0.001}.isZero()));
}

void TestEnergyIntegrator::autarkyAndSelfConsumption_data()
{
    QTest::addColumn<double>("pvWh");
    QTest::addColumn<double>("houseWh");
    QTest::addColumn<double>("importWh");
    QTest::addColumn<double>("exportWh");
    QTest::addColumn<double>("autarky");
    QTest::addColumn<double>("selfConsumption");
    QTest::newRow("typical") << 1000.0 << 800.0 << 200.0 << 400.0 << 75.0 << 60.0;
    QTest::newRow("nothing at all") << 0.0 << 0.0 << 0.0 << 0.0 << 100.0 << 0.0;
    QTest::newRow("night, all imported") << 0.0 << 500.0 << 500.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("import beyond consumption clamps") << 0.0 << 500.0 << 900.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("export beyond production clamps") << 100.0 << 0.0 << 0.0 << 300.0 << 100.0 << 0.0;
    QTest::newRow("all used on site") << 2000.0 << 2000.0 << 0.0 << 0.0 << 100.0 << 100.0;
}

void TestEnergyIntegrator::autarkyAndSelfConsumption()
{
    QFETCH(double, pvWh);
    QFETCH(double, houseWh);
    QFETCH(double, importWh);
    QFETCH(double, exportWh);
    QFETCH(double, autarky);
    QFETCH(double, selfConsumption);
    EnergyTotals totals;
    totals.pvWh = pvWh;
    totals.houseWh = houseWh;
    totals.gridImportWh = importWh;
    totals.gridExportWh = exportWh;
    KW_COMPARE_NEAR(totals.autarkyPercent(), autarky);
    KW_COMPARE_NEAR(totals.selfConsumptionPercent(), selfConsumption);
}

void TestEnergyIntegrator::dailyBerlinAcrossBothDstTransitions()
{
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    // 60 W every 30 s = 1 Wh per minute, so each day's Wh is its length in minutes.
    auto run = [&](QDate firstDay, int dayCount) {
        QList<PowerSample> samples;
        const qint64 from = localMs(firstDay, QTime(0, 0), berlin);
        const qint64 to = localMs(firstDay.addDays(dayCount), QTime(0, 0), berlin);
        for (qint64 t = from; t <= to; t += 30 * SecondMs)
            samples.append(sample(t, 60, 60));
        return dailyEnergyFromMinutes(EnergyIntegrator::integrate(samples), berlin);
    };

    const QList<DailyEnergy> spring = run(QDate(2024, 3, 30), 3);
    QCOMPARE(spring.size(), 3);
    QCOMPARE(spring.at(0).day, QDate(2024, 3, 30));
    QCOMPARE(spring.at(1).day, QDate(2024, 3, 31));
    QCOMPARE(spring.at(2).day, QDate(2024, 4, 1));
    KW_COMPARE_NEAR(spring.at(0).totals.pvWh, 1440.0);
    KW_COMPARE_NEAR(spring.at(1).totals.pvWh, 1380.0); // 23 h
    KW_COMPARE_NEAR(spring.at(2).totals.pvWh, 1440.0);
    KW_COMPARE_NEAR(spring.at(1).totals.houseWh, 1380.0);

    const QList<DailyEnergy> autumn = run(QDate(2024, 10, 26), 3);
    QCOMPARE(autumn.size(), 3);
    QCOMPARE(autumn.at(1).day, QDate(2024, 10, 27));
    KW_COMPARE_NEAR(autumn.at(0).totals.pvWh, 1440.0);
    KW_COMPARE_NEAR(autumn.at(1).totals.pvWh, 1500.0); // 25 h
    KW_COMPARE_NEAR(autumn.at(2).totals.pvWh, 1440.0);

    // The boundary itself: 21:59 and 22:00 UTC on 2024-10-26 are the last minute of the 26th
    // (CEST, UTC+2) and the first of the 27th.
    QMap<qint64, EnergyTotals> minutes;
    minutes.insert(utcMs(u"2024-10-26T21:59:00Z"_s), EnergyTotals{1, 0, 0, 0, 0, 0});
    minutes.insert(utcMs(u"2024-10-26T22:00:00Z"_s), EnergyTotals{2, 0, 0, 0, 0, 0});
    // 2024-10-27T22:59Z is 23:59 CET on the 27th, 23:00Z is the 28th.
    minutes.insert(utcMs(u"2024-10-27T22:59:00Z"_s), EnergyTotals{4, 0, 0, 0, 0, 0});
    minutes.insert(utcMs(u"2024-10-27T23:00:00Z"_s), EnergyTotals{8, 0, 0, 0, 0, 0});
    const QList<DailyEnergy> edges = dailyEnergyFromMinutes(minutes, berlin);
    QCOMPARE(edges.size(), 3);
    QCOMPARE(edges.at(0), (DailyEnergy{QDate(2024, 10, 26), EnergyTotals{1, 0, 0, 0, 0, 0}}));
    QCOMPARE(edges.at(1), (DailyEnergy{QDate(2024, 10, 27), EnergyTotals{6, 0, 0, 0, 0, 0}}));
    QCOMPARE(edges.at(2), (DailyEnergy{QDate(2024, 10, 28), EnergyTotals{8, 0, 0, 0, 0, 0}}));
}

void TestEnergyIntegrator::dailyKathmanduQuarterHourOffset()
{
    const QTimeZone kathmandu("Asia/Kathmandu");
    QVERIFY(kathmandu.isValid());
    QCOMPARE(kathmandu.offsetFromUtc(QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc())),
             5 * 3600 + 45 * 60);
    QMap<qint64, EnergyTotals> minutes;
    // 18:14Z = 23:59 local on 1 June; 18:15Z = 00:00 local on 2 June.
    minutes.insert(utcMs(u"2024-06-01T18:14:00Z"_s), EnergyTotals{0, 0, 3, 0, 0, 0});
    minutes.insert(utcMs(u"2024-06-01T18:15:00Z"_s), EnergyTotals{0, 0, 5, 0, 0, 0});
    const QList<DailyEnergy> days = dailyEnergyFromMinutes(minutes, kathmandu);
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0), (DailyEnergy{QDate(2024, 6, 1), EnergyTotals{0, 0, 3, 0, 0, 0}}));
    QCOMPARE(days.at(1), (DailyEnergy{QDate(2024, 6, 2), EnergyTotals{0, 0, 5, 0, 0, 0}}));

    // A whole local day through the integrator: 1440 minutes, none leaking into a neighbour.
    QList<PowerSample> samples;
    const qint64 from = localMs(QDate(2024, 6, 2), QTime(0, 0), kathmandu);
    for (qint64 t = from; t <= from + 24 * HourMs; t += 20 * SecondMs)
        samples.append(sample(t, 0, 0, -60));
    const QList<DailyEnergy> whole = dailyEnergyFromMinutes(EnergyIntegrator::integrate(samples), kathmandu);
    QCOMPARE(whole.size(), 1);
    QCOMPARE(whole.at(0).day, QDate(2024, 6, 2));
    KW_COMPARE_NEAR(whole.at(0).totals.gridExportWh, 1440.0);
    QCOMPARE(whole.at(0).totals.gridImportWh, 0.0);
}

void TestEnergyIntegrator::dailyOmitsDaysWithoutMinutesAndIsAscending()
{
    const QTimeZone berlin("Europe/Berlin");
    QMap<qint64, EnergyTotals> minutes;
    minutes.insert(utcMs(u"2024-05-10T12:00:00Z"_s), EnergyTotals{1, 1, 0, 0, 0, 0});
    minutes.insert(utcMs(u"2024-05-13T12:00:00Z"_s), EnergyTotals{2, 2, 0, 0, 0, 0});
    minutes.insert(utcMs(u"2024-05-13T13:00:00Z"_s), EnergyTotals{3, 3, 0, 0, 0, 0});
    minutes.insert(utcMs(u"2024-05-02T03:00:00Z"_s), EnergyTotals{7, 0, 0, 0, 0, 0});
    const QList<DailyEnergy> days = dailyEnergyFromMinutes(minutes, berlin);
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.at(0).day, QDate(2024, 5, 2));
    QCOMPARE(days.at(1).day, QDate(2024, 5, 10));
    QCOMPARE(days.at(2).day, QDate(2024, 5, 13));
    QCOMPARE(days.at(2).totals, (EnergyTotals{5, 5, 0, 0, 0, 0}));
    QVERIFY(dailyEnergyFromMinutes({}, berlin).isEmpty());
}

void TestEnergyIntegrator::dailyInvalidZoneFallsBackToUtc()
{
    QMap<qint64, EnergyTotals> minutes;
    minutes.insert(utcMs(u"2024-05-10T23:59:00Z"_s), EnergyTotals{1, 0, 0, 0, 0, 0});
    minutes.insert(utcMs(u"2024-05-11T00:00:00Z"_s), EnergyTotals{2, 0, 0, 0, 0, 0});
    const QList<DailyEnergy> days = dailyEnergyFromMinutes(minutes, QTimeZone("No/Such_Zone"));
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0).day, QDate(2024, 5, 10));
    QCOMPARE(days.at(1).day, QDate(2024, 5, 11));
}

QTEST_GUILESS_MAIN(TestEnergyIntegrator)
#include "tst_energyintegrator.moc"
