#include "livevariables.h"

#include "simrandom.h"

#include <cmath>

namespace kw::sim {
namespace {

constexpr quint64 ChannelIdentity = 0x1DE70001;

QString digits(quint64 seed, int count, quint64 salt)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + int(SimRandom::hash(seed, ChannelIdentity, salt, quint64(i)) % 10)));
    if (text.startsWith(u'0'))
        text[0] = u'3'; // ids never start with a zero
    return text;
}

QList<SimValue> numbers(std::initializer_list<double> list)
{
    QList<SimValue> values;
    for (double v : list)
        values.append(v);
    return values;
}

template <typename Array>
QList<SimValue> numbers(const Array &array, int padTo = 0)
{
    QList<SimValue> values;
    for (const auto v : array)
        values.append(double(v));
    while (values.size() < padTo)
        values.append(0.0);
    return values;
}

// Per module A–C plus the empty slot D, as the device reports four module slots.
template <typename Getter>
QList<SimValue> perModule(const PlantSnapshot &s, Getter get)
{
    QList<SimValue> values;
    for (const auto &module : s.modules)
        values.append(double(get(module)));
    values.append(0.0);
    return values;
}

} // namespace

LiveVariables::LiveVariables(quint64 seed, QStringList presentSections)
    : m_sections(std::move(presentSections))
    , m_deviceId(digits(seed, 28, 1))
    , m_batterySerial(QStringLiteral("7832") + digits(seed, 2, 2) + QStringLiteral("JD") + digits(seed, 12, 3))
    , m_moduleSerialBase(44'000'000.0 + double(SimRandom::hash(seed, ChannelIdentity, 4) % 900'000))
{
    static constexpr char16_t Hex[] = u"0123456789abcdef";
    for (int i = 0; i < 20; ++i)
        m_inverterSerial.append(QChar(Hex[SimRandom::hash(seed, ChannelIdentity, 5, quint64(i)) % 16]));
}

void LiveVariables::wallboxValues(const PlantSnapshot &s, LiveValues &v)
{
    // Four slots whatever is installed, as the device has them; the empty ones read 0.
    QList<SimValue> power, state, connected, phasesUsed;
    std::array<QList<SimValue>, 3> current, used;
    for (int slot = 0; slot < WallboxModel::MaxWallboxes; ++slot) {
        const bool installed = slot < s.wallboxCount;
        const WallboxReading &w = s.wallboxes[slot];
        power.append(installed ? w.powerW : 0.0);
        state.append(installed ? double(w.stateCode) : 0.0);
        connected.append(installed && w.connected ? 1.0 : 0.0);
        phasesUsed.append(installed ? double(w.phases) : 0.0);
        for (int p = 0; p < 3; ++p) {
            // Nominal voltage: the wallbox's own meter is not simulated beyond this.
            current[p].append(installed ? w.phaseW[p] / 230.0 : 0.0);
            used[p].append(installed && w.phaseW[p] > 0.0 ? 1.0 : 0.0);
        }
    }
    v.insert(QStringLiteral("WALLBOX.APPARENT_CHARGING_POWER"), power);
    v.insert(QStringLiteral("WALLBOX.STATE"), state);
    v.insert(QStringLiteral("WALLBOX.EV_CONNECTED"), connected);
    v.insert(QStringLiteral("WALLBOX.PHASES_USED"), phasesUsed);
    v.insert(QStringLiteral("WALLBOX.L1_CHARGING_CURRENT"), current[0]);
    v.insert(QStringLiteral("WALLBOX.L2_CHARGING_CURRENT"), current[1]);
    v.insert(QStringLiteral("WALLBOX.L3_CHARGING_CURRENT"), current[2]);
    v.insert(QStringLiteral("WALLBOX.L1_USED"), used[0]);
    v.insert(QStringLiteral("WALLBOX.L2_USED"), used[1]);
    v.insert(QStringLiteral("WALLBOX.L3_USED"), used[2]);
    v.insert(QStringLiteral("WIZARD.SETUP_NUMBER_WALLBOXES"), {double(s.wallboxCount)});
}

LiveValues LiveVariables::values(const PlantSnapshot &s) const
{
    LiveValues v;
    const auto one = [&v](const char16_t *key, SimValue value) { v.insert(QString::fromUtf16(key), {value}); };
    const auto many = [&v](const char16_t *key, QList<SimValue> values) { v.insert(QString::fromUtf16(key), values); };

    // Real devices send −0.0 for PV at night (fl_80000000); clients must cope, so we do it too.
    const double pvShown = s.pvW > 0.0 ? s.pvW : -0.0;
    const double utcSeconds = std::floor(double(s.utcMs) / 1000.0);

    one(u"ENERGY.STAT_STATE", double(s.stateCode));
    one(u"ENERGY.GUI_BAT_DATA_POWER", s.batteryW);
    one(u"ENERGY.GUI_INVERTER_POWER", pvShown);
    // The device's house figure leaves the wallboxes out (see SenecBackend::wallboxPowerW).
    one(u"ENERGY.GUI_HOUSE_POW", s.houseW - s.wallboxW);
    one(u"ENERGY.GUI_GRID_POW", s.gridW);
    one(u"ENERGY.GUI_BAT_DATA_FUEL_CHARGE", s.socPercent);
    one(u"ENERGY.GUI_BAT_DATA_VOLTAGE", s.packVoltageV);
    one(u"ENERGY.GUI_BAT_DATA_CURRENT", s.packCurrentA);
    one(u"ENERGY.GUI_BAT_DATA_MAX_CELL_VOLTAGE", double(s.maxCellMv));
    one(u"ENERGY.GUI_BAT_DATA_MIN_CELL_VOLTAGE", double(s.minCellMv));
    one(u"ENERGY.GUI_CHARGING_INFO", s.batteryW > 30.0 ? 1.0 : 0.0);
    one(u"ENERGY.GUI_BOOSTING_INFO", s.batteryW < -30.0 ? 1.0 : 0.0);
    one(u"ENERGY.STAT_HOURS_OF_OPERATION", std::floor(s.hoursOfOperation));

    // Lifetime counters in kWh. Real firmware 0825+ answers VARIABLE_NOT_FOUND here (clients
    // must integrate power themselves); the simulator serves them on every personality as the
    // ground truth those clients' integrals are checked against.
    one(u"STATISTIC.LIVE_BAT_CHARGE", s.counters.batteryChargeWh / 1000.0);
    one(u"STATISTIC.LIVE_BAT_DISCHARGE", s.counters.batteryDischargeWh / 1000.0);
    one(u"STATISTIC.LIVE_GRID_EXPORT", s.counters.gridExportWh / 1000.0);
    one(u"STATISTIC.LIVE_GRID_IMPORT", s.counters.gridImportWh / 1000.0);
    // Assumed to leave the wallboxes out like GUI_HOUSE_POW, whose integral it is.
    one(u"STATISTIC.LIVE_HOUSE_CONS", (s.counters.houseWh - s.counters.wallboxWh) / 1000.0);
    one(u"STATISTIC.LIVE_PV_GEN", s.counters.pvWh / 1000.0);
    one(u"STATISTIC.CURRENT_STATE", double(s.stateCode));
    one(u"STATISTIC.MEASURE_TIME", utcSeconds);

    many(u"BMS.CELL_VOLTAGES_MODULE_A", numbers(s.modules[0].cellMv));
    many(u"BMS.CELL_VOLTAGES_MODULE_B", numbers(s.modules[1].cellMv));
    many(u"BMS.CELL_VOLTAGES_MODULE_C", numbers(s.modules[2].cellMv));
    many(u"BMS.CELL_TEMPERATURES_MODULE_A", numbers(s.modules[0].cellTempC));
    many(u"BMS.CELL_TEMPERATURES_MODULE_B", numbers(s.modules[1].cellTempC));
    many(u"BMS.CELL_TEMPERATURES_MODULE_C", numbers(s.modules[2].cellTempC));
    using Module = BatteryPack::ModuleReading;
    many(u"BMS.CELL_BALANCE_STATUS", perModule(s, [](const Module &m) { return m.balanceMask; }));
    // mWh, as openHAB reads them; u3 wraps after 4295 kWh per module like the real counter.
    many(u"BMS.CHARGED_ENERGY", perModule(s, [](const Module &m) { return std::fmod(std::round(m.chargedWh * 1000.0), 4294967296.0); }));
    many(u"BMS.DISCHARGED_ENERGY", perModule(s, [](const Module &m) { return std::fmod(std::round(m.dischargedWh * 1000.0), 4294967296.0); }));
    many(u"BMS.CURRENT", perModule(s, [](const Module &m) { return m.currentA; }));
    many(u"BMS.VOLTAGE", perModule(s, [](const Module &m) { return m.voltageV; }));
    many(u"BMS.CYCLES", perModule(s, [](const Module &m) { return m.cycles; }));
    many(u"BMS.SOC", perModule(s, [](const Module &m) { return std::round(m.socPercent); }));
    many(u"BMS.MAX_CELL_VOLTAGE", perModule(s, [](const Module &m) { return m.maxCellMv; }));
    many(u"BMS.MIN_CELL_VOLTAGE", perModule(s, [](const Module &m) { return m.minCellMv; }));
    many(u"BMS.TEMP_MAX", perModule(s, [](const Module &m) { return std::round(m.maxTempC); }));
    many(u"BMS.TEMP_MIN", perModule(s, [](const Module &m) { return std::round(m.minTempC); }));
    many(u"BMS.SN", numbers({m_moduleSerialBase, m_moduleSerialBase + 1, m_moduleSerialBase + 2, 0.0}));
    one(u"BMS.SYSTEM_SOC", std::round(s.socPercent * 10.0));
    one(u"BMS.MAX_TEMP", std::round(s.maxTempC * 10.0));
    one(u"BMS.MIN_TEMP", std::round(s.minTempC * 10.0));
    one(u"BMS.BMS_STATUS_TIMESTAMP", utcSeconds);

    one(u"BAT1.SERIAL", m_batterySerial);
    one(u"BAT1OBJ1.I_DC", s.packCurrentA);
    one(u"BAT1OBJ1.U_DC", s.packVoltageV);
    one(u"BAT1OBJ1.TEMP1", std::round(s.caseTempC));
    one(u"BAT1OBJ1.TEMP2", std::round(s.mcuTempC - 3.0));

    many(u"PV1.MPP_POWER", numbers(s.mppPowerW));
    many(u"PV1.MPP_VOL", numbers(s.mppVoltageV));
    many(u"PV1.MPP_CUR", numbers(s.mppCurrentA));
    // Real devices report the PV total with the inverter's sign convention: negative.
    one(u"PV1.P_TOTAL", -pvShown);
    many(u"PV1.INTERNAL_MD_SERIAL", {m_inverterSerial, QString()});
    one(u"STECA.STARTUP", s.inverterAwake ? 272.0 : 304.0); // RunGrid / Sleep
    one(u"CASC.BATPOWERSUM", s.batteryW);
    one(u"FACTORY.DEVICE_ID", m_deviceId);

    one(u"PM1OBJ1.FREQ", s.frequencyHz);
    many(u"PM1OBJ1.U_AC", numbers(s.phaseVoltageV));
    many(u"PM1OBJ1.I_AC", numbers(s.phaseCurrentA));
    many(u"PM1OBJ1.P_AC", numbers(s.gridPhaseW));
    one(u"PM1OBJ1.P_TOTAL", s.gridW);

    one(u"RTC.WEB_TIME", utcSeconds + 60.0 * s.utcOffsetMinutes);
    one(u"RTC.UTC_OFFSET", double(s.utcOffsetMinutes));
    one(u"RTC.TIMESTAMP_MS", std::fmod(double(s.uptimeMs), 4294967296.0));

    wallboxValues(s, v);

    one(u"TEMPMEASURE.BATTERY_TEMP", s.batteryTempC);
    one(u"TEMPMEASURE.CASE_TEMP", s.caseTempC);
    one(u"TEMPMEASURE.MCU_TEMP", s.mcuTempC);

    QList<SimValue> sections;
    for (const QString &name : m_sections)
        sections.append(name);
    many(u"DEBUG.SECTIONS", sections);
    return v;
}

} // namespace kw::sim
