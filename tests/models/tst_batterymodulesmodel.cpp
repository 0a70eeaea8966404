// BatteryModulesModel and BatteryCellTemperaturesModel: the simulator's real answer over loopback
// and crafted BMS answers (module and cell counts, bad values), in-place updates with exactly the
// dataChanged a view needs, all under QAbstractItemModelTester.
#include "../net/simfixture.h"

#include "batterycelltemperaturesmodel.h"
#include "batterymodulesmodel.h"
#include "modelroles.h"

#include "senec/seneccatalogue.h"
#include "senec/senecexchange.h"
#include "senec/senecrequestbuilder.h"
#include "senec/senecvaluecodec.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace kw::models;
using namespace kw::senec;
using namespace Qt::StringLiterals;

namespace {

constexpr int Summary = BatteryModulesModel::SummaryColumnCount;
constexpr double Epsilon = 1e-9;

// ---- crafted BMS answers ------------------------------------------------------------------

QString u8(quint64 v) { return SenecValueCodec::encodeUnsigned(WireType::UInt8, v); }
QString u16(quint64 v) { return SenecValueCodec::encodeUnsigned(WireType::UInt16, v); }
QString i8(qint64 v) { return SenecValueCodec::encodeSigned(WireType::Int8, v); }
QString fl(float v) { return SenecValueCodec::encodeFloat(v); }
const QString NaN = u"fl_7FC00000"_s;
const QString NotFound = u"VARIABLE_NOT_FOUND"_s;

// One module as the BMS would report it; every value a wire string.
struct ModuleSpec
{
    QStringList cells, temps;
    QString soc, soh, cycles, voltage, current, minCell, maxCell, tempMin, tempMax, status;
};

// A plausible module: `cells` NMC/LFP cells around 3.3–3.4 V, six sensors around 20 °C.
ModuleSpec module(int slot, int cells)
{
    ModuleSpec m;
    int low = 1 << 30, high = 0;
    for (int c = 0; c < cells; ++c) {
        const int mv = 3300 + 10 * slot + (c * 7) % 11;
        low = std::min(low, mv);
        high = std::max(high, mv);
        m.cells.append(u16(quint64(mv)));
    }
    for (int s = 0; s < 6; ++s)
        m.temps.append(i8(19 + slot + (s * 5) % 4));
    m.soc = u8(quint64(50 + slot));
    m.soh = u8(quint64(99 - slot));
    m.cycles = u16(quint64(120 + slot));
    m.voltage = fl(float(cells * 3.305 + slot * 0.01));
    m.current = fl(float(-2.25 + slot * 0.5));
    m.minCell = u16(quint64(low));
    m.maxCell = u16(quint64(high));
    m.tempMin = i8(19 + slot);
    m.tempMax = i8(22 + slot);
    m.status = u8(1);
    return m;
}

QList<ModuleSpec> modules(int count, int cells)
{
    QList<ModuleSpec> list;
    for (int slot = 0; slot < count; ++slot)
        list.append(module(slot, cells));
    return list;
}

// The BMS section as a device sends it: four slots in every per-module array, the unused ones
// zero-filled, cell arrays for modules A–D. `configured` < 0 leaves MODULES_CONFIGURED out.
QByteArray bmsJson(const QList<ModuleSpec> &specs, int configured, int zeroCells = 14)
{
    QJsonObject bms;
    if (configured >= 0)
        bms.insert(u"MODULES_CONFIGURED"_s, u8(quint64(configured)));
    bms.insert(u"SYSTEM_SOC"_s, u16(500));
    const auto perModule = [&](const QString &name, QString ModuleSpec::*field, const QString &zero) {
        QJsonArray array;
        for (int slot = 0; slot < 4; ++slot)
            array.append(slot < specs.size() ? specs[slot].*field : zero);
        bms.insert(name, array);
    };
    perModule(u"SOC"_s, &ModuleSpec::soc, u8(0));
    perModule(u"SOH"_s, &ModuleSpec::soh, u8(0));
    perModule(u"CYCLES"_s, &ModuleSpec::cycles, u16(0));
    perModule(u"VOLTAGE"_s, &ModuleSpec::voltage, fl(0));
    perModule(u"CURRENT"_s, &ModuleSpec::current, fl(0));
    perModule(u"MIN_CELL_VOLTAGE"_s, &ModuleSpec::minCell, u16(0));
    perModule(u"MAX_CELL_VOLTAGE"_s, &ModuleSpec::maxCell, u16(0));
    perModule(u"TEMP_MIN"_s, &ModuleSpec::tempMin, i8(0));
    perModule(u"TEMP_MAX"_s, &ModuleSpec::tempMax, i8(0));
    perModule(u"STATUS"_s, &ModuleSpec::status, u8(0));
    for (int slot = 0; slot < 4; ++slot) {
        const QChar letter(u'A' + slot);
        QStringList cells, temps;
        if (slot < specs.size()) {
            cells = specs[slot].cells;
            temps = specs[slot].temps;
        } else {
            for (int c = 0; c < zeroCells; ++c)
                cells.append(u16(0));
            for (int s = 0; s < 6; ++s)
                temps.append(i8(0));
        }
        bms.insert(u"CELL_VOLTAGES_MODULE_"_s + letter, QJsonArray::fromStringList(cells));
        bms.insert(u"CELL_TEMPERATURES_MODULE_"_s + letter, QJsonArray::fromStringList(temps));
    }
    return QJsonDocument(QJsonObject{{u"BMS"_s, bms}}).toJson(QJsonDocument::Compact);
}

SenecResponse parse(const QByteArray &json)
{
    SenecParseResult result = parseSenecResponse(json);
    if (!result.response)
        qFatal("test JSON does not parse: %s", qPrintable(result.error));
    return *result.response;
}

// MODULES_CONFIGURED = the number of modules given.
SenecResponse crafted(const QList<ModuleSpec> &specs)
{
    return parse(bmsJson(specs, int(specs.size())));
}

// The numbers the model must show for a module's cells, as an independent oracle: Ok numbers
// from the answer itself, nullopt for anything else.
QList<std::optional<double>> expectedCells(const SenecResponse &response, const QString &variable)
{
    QList<std::optional<double>> cells;
    const SenecVariable *v = response.variable(u"BMS"_s, variable);
    if (!v)
        return cells;
    for (qsizetype i = 0; i < v->values.size(); ++i)
        cells.append(response.number(u"BMS"_s, variable, i));
    return cells;
}

struct Oracle
{
    double min = 0, max = 0, mean = 0;
    int count = 0;
};

Oracle oracleOf(const QList<std::optional<double>> &cells)
{
    Oracle o;
    QList<double> values;
    for (const auto &c : cells) {
        if (c)
            values.append(*c);
    }
    o.count = int(values.size());
    if (values.isEmpty())
        return o;
    o.min = *std::min_element(values.cbegin(), values.cend());
    o.max = *std::max_element(values.cbegin(), values.cend());
    o.mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
    return o;
}

// ---- recording what the model tells its views ---------------------------------------------

const QList<int> &watchedRoles()
{
    static const QList<int> roles{Qt::DisplayRole, NumericValueRole, ValueStatusRole, RawTextRole,
                                  UnitRole, DeviationFromMeanRole, IsModuleMinimumRole,
                                  IsModuleMaximumRole, CellTemperatureRole, Qt::TextAlignmentRole};
    return roles;
}

using Cell = QPair<int, int>;
struct CellRole
{
    int row, column, role;
    auto operator<=>(const CellRole &) const = default;
    friend size_t qHash(const CellRole &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.row, key.column, key.role);
    }
};

// Every role of every cell: compared before/after an update to find what really changed.
QMap<CellRole, QVariant> snapshot(const QAbstractItemModel &model)
{
    QMap<CellRole, QVariant> values;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            for (int role : watchedRoles())
                values.insert({r, c, role}, model.data(model.index(r, c), role));
        }
    }
    return values;
}

// Everything a model tells its views, from construction until destruction (the connections go
// with the recorder's context object).
struct Recorder
{
    QSet<CellRole> changed;   // (row, column, role) named by dataChanged
    QSet<Cell> allRoles;      // cells announced with an empty role list (all roles)
    QSet<Cell> cells;         // every cell named by dataChanged
    int dataChangedSignals = 0;
    int structural = 0;       // resets, layout changes, row/column inserts and removals
    int resets = 0;
    QList<QPair<int, int>> rowsInserted, rowsRemoved, columnsInserted, columnsRemoved;
    QObject context;

    explicit Recorder(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::dataChanged, &context,
                         [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
            ++dataChangedSignals;
            for (int r = tl.row(); r <= br.row(); ++r) {
                for (int c = tl.column(); c <= br.column(); ++c) {
                    cells.insert({r, c});
                    if (roles.isEmpty())
                        allRoles.insert({r, c});
                    for (int role : roles)
                        changed.insert({r, c, role});
                }
            }
        });
        QObject::connect(model, &QAbstractItemModel::modelReset, &context, [this] { ++resets; ++structural; });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, &context, [this] { ++structural; });
        const auto range = [this](QList<QPair<int, int>> *list) {
            return [this, list](const QModelIndex &, int first, int last) {
                list->append({first, last});
                ++structural;
            };
        };
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &context, range(&rowsInserted));
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, &context, range(&rowsRemoved));
        QObject::connect(model, &QAbstractItemModel::columnsInserted, &context, range(&columnsInserted));
        QObject::connect(model, &QAbstractItemModel::columnsRemoved, &context, range(&columnsRemoved));
    }
};

// After an update without structural change: every role that changed was announced, and
// nothing was announced that did not change.
void verifyExactChanges(const QMap<CellRole, QVariant> &before, const QMap<CellRole, QVariant> &after,
                        const Recorder &rec)
{
    QCOMPARE(rec.structural, 0);
    QCOMPARE(after.size(), before.size());
    QSet<Cell> reallyChanged;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto &[r, c, role] = it.key();
        const bool differs = before.value(it.key()) != it.value();
        const bool announced = rec.allRoles.contains({r, c}) || rec.changed.contains(it.key());
        if (differs) {
            reallyChanged.insert({r, c});
            QVERIFY2(announced, qPrintable(u"unannounced change at %1,%2 role %3"_s.arg(r).arg(c).arg(role)));
        } else if (rec.changed.contains(it.key())) {
            QFAIL(qPrintable(u"announced role %3 at %1,%2 did not change"_s.arg(r).arg(c).arg(role)));
        }
    }
    QCOMPARE(rec.cells, reallyChanged);
}

} // namespace

class TestBatteryModulesModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The module model's cell column for 0-based `cell`.
    static int cellColumn(int cell) { return Summary + cell; }

    static QVariant value(const QAbstractItemModel &m, int row, int column, int role = NumericValueRole)
    {
        return m.data(m.index(row, column), role);
    }

    // Everything the model shows for a module, against the answer it was fed.
    static void verifyModule(const BatteryModulesModel &model, const SenecResponse &response, int row)
    {
        const int slot = model.moduleSlot(row);
        QVERIFY(slot >= 0 && slot < 4);
        const QString letter(QChar(u'A' + slot));
        QCOMPARE(model.headerData(row, Qt::Vertical).toString(), u"Module "_s + letter);

        const QList<std::optional<double>> cells = expectedCells(response, u"CELL_VOLTAGES_MODULE_"_s + letter);
        const Oracle o = oracleOf(cells);
        QVERIFY(o.count > 0);
        for (int c = 0; c < model.cellCount(); ++c) {
            const QVariant number = value(model, row, cellColumn(c));
            if (c >= cells.size()) { // shorter module: nothing there at all
                for (int role : watchedRoles())
                    QVERIFY(!value(model, row, cellColumn(c), role).isValid());
                continue;
            }
            if (!cells[c]) {
                QVERIFY(!number.isValid());
                QCOMPARE(value(model, row, cellColumn(c), Qt::DisplayRole).toString(), u"\u2014"_s);
                QVERIFY(!value(model, row, cellColumn(c), DeviationFromMeanRole).isValid());
                QVERIFY(!value(model, row, cellColumn(c), IsModuleMinimumRole).isValid());
                QVERIFY(value(model, row, cellColumn(c), ValueStatusRole).toInt() != int(ValueStatus::Ok));
                continue;
            }
            QCOMPARE(number.toDouble(), *cells[c]);
            QCOMPARE(value(model, row, cellColumn(c), Qt::DisplayRole).toString(),
                     QString::number(*cells[c], 'f', 0));
            QVERIFY(std::abs(value(model, row, cellColumn(c), DeviationFromMeanRole).toDouble()
                             - (*cells[c] - o.mean)) < Epsilon);
            QCOMPARE(value(model, row, cellColumn(c), IsModuleMinimumRole).toBool(), *cells[c] == o.min);
            QCOMPARE(value(model, row, cellColumn(c), IsModuleMaximumRole).toBool(), *cells[c] == o.max);
            QCOMPARE(value(model, row, cellColumn(c), UnitRole).toString(), u"mV"_s);
        }
        QCOMPARE(value(model, row, BatteryModulesModel::MinCellColumn).toDouble(), o.min);
        QCOMPARE(value(model, row, BatteryModulesModel::MaxCellColumn).toDouble(), o.max);
        QCOMPARE(value(model, row, BatteryModulesModel::DeltaCellColumn).toDouble(), o.max - o.min);
        QCOMPARE(value(model, row, BatteryModulesModel::DeltaCellColumn, Qt::DisplayRole).toString(),
                 QString::number(o.max - o.min, 'f', 0) + u" mV"_s);
        const CellStatistics stats = model.cellStatistics(row);
        QCOMPARE(stats.count, o.count);
        QVERIFY(std::abs(*stats.mean - o.mean) < Epsilon);

        const auto perModule = [&](const char *name) {
            return response.number(u"BMS"_s, QString::fromLatin1(name), slot);
        };
        const auto compareOptional = [&](int column, std::optional<double> expected) {
            const QVariant shown = value(model, row, column);
            QCOMPARE(shown.isValid(), expected.has_value());
            if (expected)
                QCOMPARE(shown.toDouble(), *expected);
        };
        compareOptional(BatteryModulesModel::SocColumn, perModule("SOC"));
        compareOptional(BatteryModulesModel::SohColumn, perModule("SOH"));
        compareOptional(BatteryModulesModel::CyclesColumn, perModule("CYCLES"));
        compareOptional(BatteryModulesModel::VoltageColumn, perModule("VOLTAGE"));
        compareOptional(BatteryModulesModel::CurrentColumn, perModule("CURRENT"));
        compareOptional(BatteryModulesModel::MinTempColumn, perModule("TEMP_MIN"));
        compareOptional(BatteryModulesModel::MaxTempColumn, perModule("TEMP_MAX"));
        compareOptional(BatteryModulesModel::StatusColumn, perModule("STATUS"));

        // Status: the catalogue's text for the code where it has one, else the module's activity
        // from its current; an alarm first, balancing last.
        if (perModule("STATUS") || perModule("CURRENT")) {
            const SenecCatalogue &catalogue = model.catalogue();
            const SenecValue *status = response.value(u"BMS"_s, u"STATUS"_s, slot);
            QString expected = status ? catalogue.enumText(catalogue.variable(u"BMS"_s, u"STATUS"_s), *status,
                                                           model.language())
                                      : QString();
            if (expected.isEmpty()) {
                if (const auto amps = perModule("CURRENT"))
                    expected = *amps > 0.5 ? u"Charging"_s : *amps < -0.5 ? u"Discharging"_s : u"Idle"_s;
            }
            const QString shown = value(model, row, BatteryModulesModel::StatusColumn, Qt::DisplayRole).toString();
            QVERIFY2(shown.contains(expected), qPrintable(shown + u" lacks "_s + expected));
            if (const auto alarm = perModule("ALARM_STATUS"); alarm && *alarm != 0)
                QVERIFY2(shown.startsWith(u"Alarm "_s), qPrintable(shown));
            if (const auto balance = perModule("CELL_BALANCE_STATUS"); balance && *balance != 0)
                QVERIFY2(shown.contains(u"balancing"_s), qPrintable(shown));
        }
    }

    // The built-in catalogue, with BMS.STATUS coded by the BMS_STATUS table.
    static SenecCatalogue catalogueWithStatusTexts()
    {
        SenecCatalogue::instance(); // registers kw_core's resources
        QFile file(u":/kw/core/senec/catalogue.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in catalogue not found");
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject sections = root.value(u"sections"_s).toObject();
        QJsonObject bms = sections.value(u"BMS"_s).toObject();
        QJsonObject variables = bms.value(u"variables"_s).toObject();
        QJsonObject status = variables.value(u"STATUS"_s).toObject();
        status.insert(u"enum"_s, u"BMS_STATUS"_s);
        variables.insert(u"STATUS"_s, status);
        bms.insert(u"variables"_s, variables);
        sections.insert(u"BMS"_s, bms);
        root.insert(u"sections"_s, sections);
        QString error;
        std::optional<SenecCatalogue> catalogue = SenecCatalogue::fromJson(QJsonDocument(root).toJson(), &error);
        if (!catalogue)
            qFatal("modified catalogue: %s", qPrintable(error));
        return *catalogue;
    }

    // Values that are not Ok never look like numbers.
    static void verifyNoFakeNumbers(const QAbstractItemModel &model)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex i = model.index(r, c);
                // The status is words made of several variables, not one number.
                const bool status = qobject_cast<const BatteryModulesModel *>(&model)
                    && c == BatteryModulesModel::StatusColumn;
                if (!status && !model.data(i, NumericValueRole).isValid() && model.data(i, Qt::DisplayRole).isValid())
                    QCOMPARE(model.data(i, Qt::DisplayRole).toString(), u"\u2014"_s);
                const QVariant n = model.data(i, NumericValueRole);
                if (n.isValid())
                    QVERIFY(std::isfinite(n.toDouble()));
            }
        }
    }

    SenecResponse pollSimulator(kwtest::DeviceRig &rig)
    {
        SenecExchange exchange(rig.transport.get(), SenecRequestBuilder(SenecRequestBuilder::heavySet()).bodies());
        std::optional<SenecExchange::Outcome> outcome;
        connect(&exchange, &SenecExchange::finished, this,
                [&](const SenecExchange::Outcome &o) { outcome = o; });
        exchange.start();
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15'000) || !outcome->ok()) {
            qWarning("simulator poll failed: %s", outcome ? qPrintable(outcome->message) : "timeout");
            return {};
        }
        return outcome->response;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void simulatorAnswer()
    {
        kw::sim::SimulatorOptions options = kwtest::simOptions(kw::sim::Firmware::V0826);
        options.speed = 120.0; // values move between two polls
        // A June morning: the battery is charging, half full, so currents and cells are not idle.
        options.start = QDateTime(QDate(2024, 6, 21), QTime(6, 0), Qt::UTC);
        kwtest::DeviceRig rig;
        kwtest::setUpDeviceRig(rig, options, m_dir.filePath(u"sim-trust.json"_s), 5000);
        QVERIFY(rig.sim);

        const SenecResponse first = pollSimulator(rig);
        QVERIFY(first.section(u"BMS"_s));

        BatteryModulesModel model;
        BatteryCellTemperaturesModel temps;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tempsTester(&temps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(first);
        temps.update(first);

        // The simulated V3: three NMC modules × 14 cells, six temperature sensors each.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.cellCount(), 14);
        QCOMPARE(model.columnCount(), Summary + 14);
        QCOMPARE(temps.rowCount(), 3);
        QCOMPARE(temps.cellCount(), 6);
        QCOMPARE(model.headerData(cellColumn(0), Qt::Horizontal).toString(), u"Cell 1"_s);
        QCOMPARE(model.headerData(cellColumn(13), Qt::Horizontal).toString(), u"Cell 14"_s);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model.moduleSlot(row), row);
            verifyModule(model, first, row);
            if (QTest::currentTestFailed())
                return;
            const QString letter(QChar(u'A' + row));
            // Physically plausible: cells 3.0–4.2 V, module voltage = sum of its cells, 0–50 °C.
            const Oracle o = oracleOf(expectedCells(first, u"CELL_VOLTAGES_MODULE_"_s + letter));
            QVERIFY2(o.min >= 3000 && o.max <= 4200, qPrintable(u"%1..%2 mV"_s.arg(o.min).arg(o.max)));
            double sumV = 0;
            for (int c = 0; c < 14; ++c)
                sumV += value(model, row, cellColumn(c)).toDouble() / 1000.0;
            QVERIFY(std::abs(value(model, row, BatteryModulesModel::VoltageColumn).toDouble() - sumV) < 0.01);
            const double socPercent = value(model, row, BatteryModulesModel::SocColumn).toDouble();
            QVERIFY(socPercent >= 0 && socPercent <= 100);
            QVERIFY(value(model, row, BatteryModulesModel::CurrentColumn).toDouble() > 0.0); // + charging
            // The device's own cell min/max agree with the ones computed from the cells.
            QCOMPARE(value(model, row, BatteryModulesModel::MinCellColumn).toDouble(),
                     *first.number(u"BMS"_s, u"MIN_CELL_VOLTAGE"_s, row));
            QCOMPARE(value(model, row, BatteryModulesModel::MaxCellColumn).toDouble(),
                     *first.number(u"BMS"_s, u"MAX_CELL_VOLTAGE"_s, row));
            const double tMin = value(model, row, BatteryModulesModel::MinTempColumn).toDouble();
            const double tMax = value(model, row, BatteryModulesModel::MaxTempColumn).toDouble();
            QVERIFY2(tMin > 0 && tMax < 50 && tMin <= tMax, qPrintable(u"%1..%2 °C"_s.arg(tMin).arg(tMax)));
            // The sensors: °C as sent, their extremes are the module's TEMP_MIN/TEMP_MAX.
            const QList<std::optional<double>> sensors =
                expectedCells(first, u"CELL_TEMPERATURES_MODULE_"_s + letter);
            QCOMPARE(sensors.size(), 6);
            for (int s = 0; s < 6; ++s) {
                QCOMPARE(value(temps, row, temps.columnOfCell(s), CellTemperatureRole).toDouble(), *sensors[s]);
                QCOMPARE(value(temps, row, temps.columnOfCell(s)).toDouble(), *sensors[s]);
            }
            QCOMPARE(value(temps, row, BatteryCellTemperaturesModel::MinTempColumn).toDouble(), tMin);
            QCOMPARE(value(temps, row, BatteryCellTemperaturesModel::MaxTempColumn).toDouble(), tMax);
        }
        verifyNoFakeNumbers(model);

        // The next poll: in place, exactly the changed cells, no reset.
        const auto before = snapshot(model);
        Recorder rec(&model);
        QTest::qWait(50); // lets the simulated clock move on (120× real time)
        const SenecResponse second = pollSimulator(rig);
        QVERIFY(second.section(u"BMS"_s));
        QVERIFY(!(second == first));
        model.update(second);
        verifyExactChanges(before, snapshot(model), rec);
        QVERIFY(rec.dataChangedSignals > 0);
        for (int row = 0; row < 3; ++row)
            verifyModule(model, second, row);
    }

    void fourModulesSixteenCells()
    {
        BatteryModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SenecResponse response = crafted(modules(4, 16));
        model.update(response);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.cellCount(), 16);
        QCOMPARE(model.columnCount(), Summary + 16);
        for (int row = 0; row < 4; ++row)
            verifyModule(model, response, row);
        QCOMPARE(model.headerData(cellColumn(15), Qt::Horizontal).toString(), u"Cell 16"_s);
        QCOMPARE(model.headerData(BatteryModulesModel::SocColumn, Qt::Horizontal).toString(), u"SOC"_s);
        QCOMPARE(model.headerData(3, Qt::Vertical).toString(), u"Module D"_s);
        // Column kinds for a heatmap delegate.
        QVERIFY(!model.isCellColumn(Summary - 1));
        QVERIFY(model.isCellColumn(Summary));
        QVERIFY(model.isCellColumn(Summary + 15));
        QVERIFY(!model.isCellColumn(Summary + 16));
        QCOMPARE(model.cellIndex(Summary + 4), 4);
        QCOMPARE(model.cellIndex(BatteryModulesModel::StatusColumn), -1);
        QCOMPARE(model.columnOfCell(15), Summary + 15);
        QCOMPARE(model.columnOfCell(16), -1);
        // Formatting of the summary.
        QCOMPARE(value(model, 1, BatteryModulesModel::SocColumn, Qt::DisplayRole).toString(), u"51 %"_s);
        QCOMPARE(value(model, 0, BatteryModulesModel::CurrentColumn, Qt::DisplayRole).toString(), u"-2.25 A"_s);
        QCOMPARE(value(model, 2, BatteryModulesModel::MaxTempColumn, Qt::DisplayRole).toString(), u"24.0 \u00B0C"_s);
        QCOMPARE(value(model, 0, BatteryModulesModel::VoltageColumn, Qt::DisplayRole).toString(),
                 QString::number(double(float(16 * 3.305)), 'f', 2) + u" V"_s);
        QCOMPARE(value(model, 0, BatteryModulesModel::StatusColumn).toDouble(), 1.0);
        QVERIFY(!value(model, 0, BatteryModulesModel::StatusColumn, Qt::DisplayRole).toString().isEmpty());
        // Hand-checked oracle for module A: 3300 + (7c mod 11) over 16 cells.
        QCOMPARE(value(model, 0, BatteryModulesModel::MinCellColumn).toDouble(), 3300.0);
        QCOMPARE(value(model, 0, BatteryModulesModel::MaxCellColumn).toDouble(), 3310.0);
        QCOMPARE(value(model, 0, BatteryModulesModel::DeltaCellColumn).toDouble(), 10.0);
        // 7c mod 11 for c = 0..15: 0 7 3 10 6 2 9 5 1 8 4 0 7 3 10 6 -> sum 81
        QVERIFY(std::abs(*model.cellStatistics(0).mean - (3300.0 + 81.0 / 16.0)) < Epsilon);
        QVERIFY(value(model, 0, cellColumn(3), IsModuleMaximumRole).toBool());  // 3310
        QVERIFY(value(model, 0, cellColumn(14), IsModuleMaximumRole).toBool()); // 3310 again
        QVERIFY(value(model, 0, cellColumn(0), IsModuleMinimumRole).toBool());
        QVERIFY(value(model, 0, cellColumn(11), IsModuleMinimumRole).toBool());
        QVERIFY(!value(model, 0, cellColumn(1), IsModuleMinimumRole).toBool());
        QVERIFY(std::abs(value(model, 0, cellColumn(3), DeviationFromMeanRole).toDouble()
                         - (10.0 - 81.0 / 16.0)) < Epsilon);
        verifyNoFakeNumbers(model);
    }

    void oneModule()
    {
        BatteryModulesModel model;
        BatteryCellTemperaturesModel temps;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tempsTester(&temps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SenecResponse response = crafted(modules(1, 14));
        model.update(response);
        temps.update(response);
        QCOMPARE(model.rowCount(), 1); // B–D are zero-filled slots, not modules
        QCOMPARE(model.cellCount(), 14);
        verifyModule(model, response, 0);
        QCOMPARE(temps.rowCount(), 1);
        QCOMPARE(temps.columnCount(), BatteryCellTemperaturesModel::SummaryColumnCount + 6);
        // Sensors 19 + (5s mod 4): 19 20 21 22 19 20
        QCOMPARE(value(temps, 0, BatteryCellTemperaturesModel::MinTempColumn).toDouble(), 19.0);
        QCOMPARE(value(temps, 0, BatteryCellTemperaturesModel::MaxTempColumn).toDouble(), 22.0);
        QCOMPARE(value(temps, 0, BatteryCellTemperaturesModel::DeltaTempColumn).toDouble(), 3.0);
        QCOMPARE(value(temps, 0, temps.columnOfCell(3), DeviationFromMeanRole).toDouble(), 22.0 - 121.0 / 6.0);
        QVERIFY(value(temps, 0, temps.columnOfCell(3), IsModuleMaximumRole).toBool());
        QCOMPARE(temps.headerData(temps.columnOfCell(0), Qt::Horizontal).toString(), u"Sensor 1"_s);
        // No per-cell temperature on the voltage cells: that is the other model's job.
        QVERIFY(!value(model, 0, cellColumn(0), CellTemperatureRole).isValid());
    }

    void countFallbacks()
    {
        // Without MODULES_CONFIGURED: MODULE_COUNT, then the filled slots.
        BatteryModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(parse(bmsJson(modules(2, 14), -1)));
        QCOMPARE(model.rowCount(), 2);
        QByteArray json = bmsJson(modules(3, 14), -1);
        json.replace("\"SYSTEM_SOC\"", "\"MODULE_COUNT\":\"u8_01\",\"SYSTEM_SOC\"");
        model.update(parse(json));
        QCOMPARE(model.rowCount(), 1);
        // A configured module the answer has nothing usable for is no row.
        QList<ModuleSpec> specs = modules(3, 14);
        ModuleSpec empty;
        for (int c = 0; c < 14; ++c)
            empty.cells.append(NotFound);
        empty.soc = empty.soh = empty.cycles = empty.voltage = empty.current = empty.minCell
            = empty.maxCell = empty.tempMin = empty.tempMax = empty.status = NotFound;
        specs[1] = empty;
        model.update(crafted(specs));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.moduleSlot(0), 0);
        QCOMPARE(model.moduleSlot(1), 2);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"Module C"_s);
        QCOMPARE(model.rowOfSlot(1), -1);
        QCOMPARE(model.rowOfSlot(2), 1);
    }

    void moduleCountChanges()
    {
        BatteryModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(crafted(modules(3, 14)));
        QCOMPARE(model.rowCount(), 3);

        Recorder rec(&model);
        const SenecResponse four = crafted(modules(4, 14));
        model.update(four);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(rec.resets, 0);
        QCOMPARE(rec.rowsInserted, (QList<QPair<int, int>>{{3, 3}}));
        QVERIFY(rec.rowsRemoved.isEmpty() && rec.columnsInserted.isEmpty() && rec.columnsRemoved.isEmpty());
        QCOMPARE(rec.dataChangedSignals, 0); // A–C did not change
        for (int row = 0; row < 4; ++row)
            verifyModule(model, four, row);

        Recorder rec2(&model);
        const SenecResponse two = crafted(modules(2, 14));
        model.update(two);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(rec2.resets, 0);
        QCOMPARE(rec2.rowsRemoved, (QList<QPair<int, int>>{{3, 3}, {2, 2}}));
        QVERIFY(rec2.rowsInserted.isEmpty() && rec2.columnsInserted.isEmpty() && rec2.columnsRemoved.isEmpty());
        QCOMPARE(rec2.dataChangedSignals, 0);
        for (int row = 0; row < 2; ++row)
            verifyModule(model, two, row);
        QCOMPARE(model.columnCount(), Summary + 14);
    }

    void cellCountChanges()
    {
        BatteryModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(crafted(modules(2, 14)));
        QCOMPARE(model.columnCount(), Summary + 14);

        Recorder rec(&model);
        const SenecResponse sixteen = parse(bmsJson(modules(2, 16), 2, 16));
        model.update(sixteen);
        QCOMPARE(model.cellCount(), 16);
        QCOMPARE(rec.resets, 0);
        QCOMPARE(rec.columnsInserted, (QList<QPair<int, int>>{{Summary + 14, Summary + 15}}));
        QVERIFY(rec.rowsInserted.isEmpty() && rec.rowsRemoved.isEmpty() && rec.columnsRemoved.isEmpty());
        for (int row = 0; row < 2; ++row)
            verifyModule(model, sixteen, row);
        // Cells 15 and 16 moved min/max/mean; inserted cells themselves are not "changed".
        for (const Cell &cell : std::as_const(rec.cells))
            QVERIFY(cell.second < Summary + 14);

        // Module B back to 14 cells, A keeps 16: B's cells 15–16 are empty, no column change.
        QList<ModuleSpec> mixed = modules(2, 16);
        mixed[1] = module(1, 14);
        const SenecResponse mixedResponse = crafted(mixed);
        Recorder rec2(&model);
        model.update(mixedResponse);
        QCOMPARE(model.cellCount(), 16);
        QCOMPARE(rec2.structural, 0);
        QVERIFY(rec2.allRoles.contains({1, Summary + 14}));
        QVERIFY(rec2.allRoles.contains({1, Summary + 15}));
        verifyModule(model, mixedResponse, 0);
        verifyModule(model, mixedResponse, 1);

        // Both 14 again: the last two columns go.
        Recorder rec3(&model);
        model.update(crafted(modules(2, 14)));
        QCOMPARE(model.cellCount(), 14);
        QCOMPARE(rec3.columnsRemoved, (QList<QPair<int, int>>{{Summary + 14, Summary + 15}}));
        QCOMPARE(rec3.resets, 0);
    }

    void badValuesNeverShowAsNumbers()
    {
        QList<ModuleSpec> specs = modules(2, 14);
        specs[0].cells[2] = NaN;
        specs[0].cells[5] = NotFound;
        specs[0].cells[6] = u"er_0001"_s;
        specs[0].voltage = NaN;
        specs[0].soc = NotFound;
        specs[1].status = u"FORBIDDEN"_s;
        specs[1].tempMin = NotFound; // falls back to the sensors' lowest
        const SenecResponse response = crafted(specs);

        BatteryModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(response);
        QCOMPARE(model.rowCount(), 2);
        verifyModule(model, response, 0);
        QCOMPARE(value(model, 0, cellColumn(2), ValueStatusRole).toInt(), int(ValueStatus::NonFinite));
        QCOMPARE(value(model, 0, cellColumn(5), ValueStatusRole).toInt(), int(ValueStatus::NotFound));
        QCOMPARE(value(model, 0, cellColumn(2), RawTextRole).toString(), NaN);
        QCOMPARE(value(model, 0, cellColumn(6), ValueStatusRole).toInt(), int(ValueStatus::DeviceError));
        QCOMPARE(model.cellStatistics(0).count, 11);
        QCOMPARE(value(model, 0, BatteryModulesModel::VoltageColumn, Qt::DisplayRole).toString(), u"\u2014"_s);
        QVERIFY(!value(model, 0, BatteryModulesModel::VoltageColumn).isValid());
        QVERIFY(!value(model, 0, BatteryModulesModel::SocColumn).isValid());
        // A forbidden STATUS is no number; the words still come from the module's current (−1.75 A).
        QCOMPARE(value(model, 1, BatteryModulesModel::StatusColumn, Qt::DisplayRole).toString(), u"Discharging"_s);
        QVERIFY(!value(model, 1, BatteryModulesModel::StatusColumn).isValid());
        QCOMPARE(value(model, 1, BatteryModulesModel::MinTempColumn).toDouble(), 20.0);
        verifyNoFakeNumbers(model);

        // A whole module's cells missing: the row stays (it has summary data), its cells are
        // empty, and min/max come from the BMS's own MIN/MAX_CELL_VOLTAGE.
        QByteArray json = bmsJson(modules(2, 14), 2);
        const QByteArray cellsB = "\"CELL_VOLTAGES_MODULE_B\":";
        const qsizetype at = json.indexOf(cellsB);
        QVERIFY(at > 0);
        const qsizetype end = json.indexOf(']', at);
        json.replace(at + cellsB.size(), end + 1 - at - cellsB.size(), "\"VARIABLE_NOT_FOUND\"");
        Recorder rec(&model);
        model.update(parse(json));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(rec.resets, 0);
        QVERIFY(!value(model, 1, cellColumn(0)).isValid());
        QVERIFY(!value(model, 1, cellColumn(0), Qt::DisplayRole).isValid());
        QCOMPARE(value(model, 1, BatteryModulesModel::MinCellColumn).toDouble(), 3310.0);
        QCOMPARE(value(model, 1, BatteryModulesModel::MaxCellColumn).toDouble(), 3320.0);
        QCOMPARE(value(model, 1, BatteryModulesModel::DeltaCellColumn).toDouble(), 10.0);
    }

    void unchangedUpdateSignalsNothing()
    {
        BatteryModulesModel model;
        BatteryCellTemperaturesModel temps;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tempsTester(&temps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(crafted(modules(3, 14)));
        temps.update(crafted(modules(3, 14)));
        Recorder rec(&model);
        Recorder tempsRec(&temps);
        // Parsed again from the same bytes: equal values, a different object.
        model.update(crafted(modules(3, 14)));
        temps.update(crafted(modules(3, 14)));
        QCOMPARE(rec.dataChangedSignals, 0);
        QCOMPARE(rec.structural, 0);
        QCOMPARE(tempsRec.dataChangedSignals, 0);
        QCOMPARE(tempsRec.structural, 0);
        // An answer that says nothing about modules (the live poll's SYSTEM_SOC), a malformed BMS
        // section and no BMS section at all: last good data stays.
        model.update(parse(R"({"BMS":{"SYSTEM_SOC":"u1_01F4"}})"));
        model.update(parse(R"({"BMS":42})"));
        model.update(parse(R"({"ENERGY":{"STAT_STATE":"u8_0E"}})"));
        QCOMPARE(rec.dataChangedSignals, 0);
        QCOMPARE(rec.structural, 0);
        QCOMPARE(model.rowCount(), 3);
    }

    void singleCellChange()
    {
        BatteryModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ModuleSpec> specs = modules(3, 14);
        model.update(crafted(specs));
        // Module B (row 1), cell 5 (index 4): 3316 → 3325, the module's new maximum (was 3320,
        // cell index 3 alone; the minimum 3310 stays at indexes 0 and 11).
        specs[1].cells[4] = u16(3325);
        const SenecResponse changed = crafted(specs);
        const auto before = snapshot(model);
        Recorder rec(&model);
        model.update(changed);
        verifyExactChanges(before, snapshot(model), rec);
        if (QTest::currentTestFailed())
            return;
        verifyModule(model, changed, 1);

        // By hand: the changed cell, every other cell's deviation (the mean moved), the old
        // maximum cells' flag, and the summary max and delta — all in row 1, nothing else.
        const auto roles = [&](int column) {
            QSet<int> set;
            for (const CellRole &cr : std::as_const(rec.changed)) {
                if (cr.row == 1 && cr.column == column)
                    set.insert(cr.role);
            }
            return set;
        };
        QSet<Cell> expectedCells{{1, BatteryModulesModel::MaxCellColumn}, {1, BatteryModulesModel::DeltaCellColumn}};
        for (int c = 0; c < 14; ++c)
            expectedCells.insert({1, cellColumn(c)});
        QCOMPARE(rec.cells, expectedCells);
        QVERIFY(rec.allRoles.isEmpty());
        QCOMPARE(roles(cellColumn(4)), (QSet<int>{Qt::DisplayRole, NumericValueRole, RawTextRole,
                                                  DeviationFromMeanRole, IsModuleMaximumRole}));
        QCOMPARE(roles(cellColumn(3)), (QSet<int>{DeviationFromMeanRole, IsModuleMaximumRole}));
        QCOMPARE(roles(cellColumn(11)), QSet<int>{DeviationFromMeanRole});
        QCOMPARE(roles(cellColumn(0)), QSet<int>{DeviationFromMeanRole});
        QCOMPARE(roles(BatteryModulesModel::MaxCellColumn), (QSet<int>{Qt::DisplayRole, NumericValueRole}));
        QCOMPARE(roles(BatteryModulesModel::DeltaCellColumn), (QSet<int>{Qt::DisplayRole, NumericValueRole}));
        QCOMPARE(value(model, 1, BatteryModulesModel::MaxCellColumn).toDouble(), 3325.0);
        QCOMPARE(value(model, 1, BatteryModulesModel::DeltaCellColumn).toDouble(), 15.0);
        // Few signals: neighbouring cells with the same roles share one.
        QVERIFY(rec.dataChangedSignals <= 8);

        // The same in the temperature model: one sensor.
        BatteryCellTemperaturesModel temps;
        QAbstractItemModelTester tempsTester(&temps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        temps.update(changed);
        specs[1].temps[2] = i8(35);
        const auto tempsBefore = snapshot(temps);
        Recorder tempsRec(&temps);
        temps.update(crafted(specs));
        verifyExactChanges(tempsBefore, snapshot(temps), tempsRec);
        QVERIFY(tempsRec.changed.contains({1, temps.columnOfCell(2), CellTemperatureRole}));
        QCOMPARE(value(temps, 1, temps.columnOfCell(2), CellTemperatureRole).toDouble(), 35.0);
        QCOMPARE(value(temps, 1, BatteryCellTemperaturesModel::MaxTempColumn).toDouble(), 35.0);
        for (const Cell &cell : std::as_const(tempsRec.cells))
            QCOMPARE(cell.first, 1);
    }

    void statusTextsAndLanguage()
    {
        BatteryModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SenecResponse response = crafted(modules(3, 14));
        model.update(response);
        QCOMPARE(model.language(), u"en"_s);
        // The built-in catalogue documents no coding for BMS.STATUS: the activity from the current
        // (−2.25 A in the crafted answer), the code stays the number.
        QCOMPARE(value(model, 0, BatteryModulesModel::StatusColumn, Qt::DisplayRole).toString(), u"Discharging"_s);
        QCOMPARE(value(model, 0, BatteryModulesModel::StatusColumn).toDouble(), 1.0);

        // With a coding, words; switching catalogue or language touches the status column only.
        const SenecCatalogue coded = catalogueWithStatusTexts();
        auto before = snapshot(model);
        {
            Recorder rec(&model);
            model.setCatalogue(&coded);
            verifyExactChanges(before, snapshot(model), rec);
            QCOMPARE(rec.cells, (QSet<Cell>{{0, BatteryModulesModel::StatusColumn},
                                            {1, BatteryModulesModel::StatusColumn},
                                            {2, BatteryModulesModel::StatusColumn}}));
            QCOMPARE(rec.changed.size(), 3); // DisplayRole alone
        }
        QCOMPARE(value(model, 0, BatteryModulesModel::StatusColumn, Qt::DisplayRole).toString(),
                 u"Warning: cell overvoltage"_s);
        before = snapshot(model);
        {
            Recorder rec(&model);
            model.setLanguage(u"de"_s);
            verifyExactChanges(before, snapshot(model), rec);
            QCOMPARE(rec.cells.size(), 3);
            for (const Cell &cell : std::as_const(rec.cells))
                QCOMPARE(cell.second, int(BatteryModulesModel::StatusColumn));
        }
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(value(model, row, BatteryModulesModel::StatusColumn, Qt::DisplayRole).toString(),
                     u"Warnung: Zell\u00FCberspannung"_s);
            verifyModule(model, response, row);
        }
        {
            Recorder rec(&model);
            model.setLanguage(u"de"_s); // no change, no signal
            QCOMPARE(rec.dataChangedSignals, 0);
        }

        // A code the table does not know: the activity from the current; the code is the number.
        QList<ModuleSpec> specs = modules(1, 14);
        specs[0].status = u8(250);
        model.update(crafted(specs));
        QCOMPARE(value(model, 0, BatteryModulesModel::StatusColumn, Qt::DisplayRole).toString(), u"Discharging"_s);
        QCOMPARE(value(model, 0, BatteryModulesModel::StatusColumn).toDouble(), 250.0);
        model.setCatalogue(nullptr); // back to the built-in one
        QCOMPARE(&model.catalogue(), &SenecCatalogue::instance());
    }

    void noBatteryEmptiesTheTable()
    {
        BatteryModulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(crafted(modules(3, 14)));
        Recorder rec(&model);
        model.update(parse(R"({"BMS":{"OBJECT_NOT_FOUND":""}})"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), Summary);
        QCOMPARE(rec.resets, 0);
        QCOMPARE(rec.columnsRemoved, (QList<QPair<int, int>>{{Summary, Summary + 13}}));
        model.update(crafted(modules(2, 16)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), Summary + 16);
        // MODULES_CONFIGURED = 0: a device without modules, an empty table.
        model.update(parse(bmsJson(modules(2, 16), 0, 16)));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), Summary);
    }
};

QTEST_GUILESS_MAIN(TestBatteryModulesModel)
#include "tst_batterymodulesmodel.moc"
