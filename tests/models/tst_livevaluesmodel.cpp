// LiveValuesModel and LiveValuesFilterProxy, fed with the simulator's real all-sections answers
// (over loopback) and with crafted answers parsed from lala.cgi JSON.
#include "../net/simfixture.h"
#include "senecreference.h"

#include "livevaluesfilterproxy.h"
#include "livevaluesmodel.h"
#include "modelroles.h"

#include "senec/seneccatalogue.h"
#include "senec/senecexchange.h"
#include "senec/senecrequestbuilder.h"
#include "senec/senecvaluecodec.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

using namespace kw::models;
using namespace kw::senec;
using namespace Qt::StringLiterals;
using kw::sim::Firmware;
using namespace kwtest;

namespace {

SenecResponse parse(const QByteArray &json)
{
    SenecParseResult result = parseSenecResponse(json);
    if (!result.response)
        qFatal("test JSON does not parse: %s", qPrintable(result.error));
    return *result.response;
}

// Every role a view or proxy reads, so that "changed" means changed for anyone looking.
const QList<int> &watchedRoles()
{
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, NumericValueRole, RawTextRole,
                                  ValueStatusRole, UnitRole, DescriptionRole, PathRole};
    return roles;
}

QString cellKey(const QModelIndex &index)
{
    return index.data(PathRole).toString() + u'#' + QString::number(index.column());
}

// path#column -> the watched roles' data, for every cell of the model.
using Snapshot = QHash<QString, QVariantList>;

void snapshotRows(const QAbstractItemModel &model, const QModelIndex &parent, Snapshot &into)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            QVariantList values;
            for (int role : watchedRoles())
                values.append(index.data(role));
            into.insert(cellKey(index), values);
        }
        snapshotRows(model, model.index(row, 0, parent), into);
    }
}

Snapshot snapshot(const QAbstractItemModel &model)
{
    Snapshot cells;
    snapshotRows(model, {}, cells);
    return cells;
}

QSet<QString> changedCells(const Snapshot &before, const Snapshot &after)
{
    QSet<QString> changed;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    return changed;
}

// The cells named by the dataChanged signals in `spy`.
QSet<QString> signalledCells(const QAbstractItemModel &model, const QSignalSpy &spy)
{
    QSet<QString> cells;
    for (const QList<QVariant> &arguments : spy) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                cells.insert(cellKey(model.index(row, column, topLeft.parent())));
        }
    }
    return cells;
}

// Spies on every signal that changes a model's structure.
struct StructureSpies
{
    explicit StructureSpies(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , columns(model, &QAbstractItemModel::columnsInserted)
    {
    }
    int structural() const
    {
        return int(reset.size() + inserted.size() + removed.size() + moved.size() + layout.size()
                   + columns.size());
    }
    QSignalSpy reset, inserted, removed, moved, layout, columns;
};

bool looksLikeNumber(const QString &text)
{
    bool ok = false;
    QLocale::c().toDouble(text, &ok);
    return ok || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

class TestLiveValuesModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DeviceRig m_rig;
    SenecResponse m_full; // the simulator's answer to every section of the reference

    // One all-sections sweep, as the poller's full sweep asks for it.
    std::optional<SenecResponse> sweep()
    {
        SenecExchange exchange(m_rig.transport.get(),
                               SenecRequestBuilder(SenecRequestBuilder::allSections()).bodies());
        std::optional<SenecExchange::Outcome> outcome;
        connect(&exchange, &SenecExchange::finished, this,
                [&](const SenecExchange::Outcome &o) { outcome = o; });
        exchange.start();
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15'000) || !outcome->ok()) {
            qWarning("sweep failed: %s", outcome ? qPrintable(outcome->message) : "timeout");
            return std::nullopt;
        }
        return outcome->response;
    }

    // A model that checks itself under QAbstractItemModelTester during the whole test.
    struct TestedModel
    {
        TestedModel()
            : tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
            model.setLocale(QLocale::c());
            model.setLanguage(u"en"_s);
        }
        LiveValuesModel model;
        QAbstractItemModelTester tester;
    };

    // The same value with its lowest bit (or, for floats, its units) changed.
    static SenecValue changedNumber(const SenecValue &value)
    {
        if (const auto f = value.toFloat())
            return SenecValueCodec::decode(SenecValueCodec::encodeFloat(*f + 1.0f));
        if (SenecValueCodec::isUnsigned(value.type()))
            return SenecValueCodec::decode(SenecValueCodec::encodeUnsigned(value.type(), *value.toUInt64() ^ 1u));
        return SenecValueCodec::decode(SenecValueCodec::encodeSigned(value.type(), *value.toInt64() ^ 1));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        kw::sim::SimulatorOptions options = simOptions(Firmware::V0826);
        options.speed = 120.0; // a second sweep a moment later sees other live values
        setUpDeviceRig(m_rig, options, m_dir.filePath(u"trust.json"_s), 10'000);
        QVERIFY(m_rig.sim);
        const auto response = sweep();
        QVERIFY(response);
        m_full = *response;
        QCOMPARE(m_full.sections.size(), referenceSections().size());
    }

    void fullSweepBuildsTheTree()
    {
        TestedModel t;
        StructureSpies spies(&t.model);
        t.model.update(m_full);
        QCOMPARE(spies.reset.size(), 0);

        QStringList sorted = referenceSections();
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(t.model.rowCount(), sorted.size());
        qsizetype values = 0;
        for (int s = 0; s < sorted.size(); ++s) {
            const QModelIndex section = t.model.index(s, LiveValuesModel::NameColumn);
            QCOMPARE(section.data().toString(), sorted.at(s));
            const SenecSection &answered = m_full.sections.value(sorted.at(s));
            const QModelIndex sectionValue = section.siblingAtColumn(LiveValuesModel::ValueColumn);
            if (referenceNotFoundSections().contains(sorted.at(s))) {
                QCOMPARE(answered.status, SectionStatus::NotFound);
                QCOMPARE(sectionValue.data(ValueStatusRole).toInt(), int(ValueStatus::NotFound));
                QVERIFY(sectionValue.data().toString().contains(u"not found"_s));
                QCOMPARE(t.model.rowCount(section), 0);
                continue;
            }
            QCOMPARE(sectionValue.data(ValueStatusRole).toInt(), int(ValueStatus::Ok));
            QCOMPARE(t.model.rowCount(section), answered.variables.size());
            int v = 0;
            for (auto it = answered.variables.constBegin(); it != answered.variables.constEnd(); ++it, ++v) {
                const QModelIndex variable = t.model.index(v, LiveValuesModel::NameColumn, section);
                QCOMPARE(variable.data().toString(), it.key());
                QCOMPARE(variable.data(PathRole).toString(), sorted.at(s) + u'.' + it.key());
                const SenecVariableInfo *info = SenecCatalogue::instance().variable(sorted.at(s), it.key());
                values += it->values.size();
                if (!it->isArray) {
                    QCOMPARE(t.model.rowCount(variable), 0);
                    QCOMPARE(variable.siblingAtColumn(LiveValuesModel::RawColumn).data().toString(),
                             it->scalar().raw());
                    continue;
                }
                QCOMPARE(t.model.rowCount(variable), it->values.size());
                QCOMPARE(variable.siblingAtColumn(LiveValuesModel::RawColumn).data().toString(),
                         it->values.size() == 1 ? u"1 value"_s : u"%1 values"_s.arg(it->values.size()));
                for (int e = 0; e < it->values.size(); ++e) {
                    const QModelIndex element = t.model.index(e, LiveValuesModel::NameColumn, variable);
                    const QString named = SenecCatalogue::instance().elementName(info, e, u"en");
                    const QString expectedName = !named.isEmpty() ? named : u"[%1]"_s.arg(e);
                    QCOMPARE(element.data().toString(), expectedName);
                    QCOMPARE(element.data(PathRole).toString(), variable.data(PathRole).toString() + u"[%1]"_s.arg(e));
                    QCOMPARE(element.siblingAtColumn(LiveValuesModel::RawColumn).data().toString(),
                             it->values.at(e).raw());
                    QCOMPARE(t.model.rowCount(element), 0);
                }
            }
        }
        QCOMPARE(values, m_full.valueCount());
        QVERIFY(values > 1000);

        // Module names from the catalogue where it has them: BMS.SOC is one value per module.
        const QModelIndex soc = t.model.indexForPath(u"BMS.SOC"_s);
        QVERIFY(soc.isValid());
        QCOMPARE(t.model.rowCount(soc), 4);
        QCOMPARE(t.model.indexForPath(u"BMS.SOC[2]"_s).data(PathRole).toString(), u"BMS.SOC[2]"_s);
        QVERIFY(!t.model.indexForPath(u"BMS.SOC[4]"_s).isValid());
        QVERIFY(!t.model.indexForPath(u"BMS.NO_SUCH_THING"_s).isValid());
    }

    void repeatedUpdatesChangeOnlyChangedCells()
    {
        TestedModel t;
        t.model.update(m_full);
        StructureSpies spies(&t.model);
        QSignalSpy changed(&t.model, &QAbstractItemModel::dataChanged);

        // The same answer again, decoded afresh: nothing at all happens.
        t.model.update(parse(m_full.toWireJson()));
        t.model.update(m_full);
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(changed.size(), 0);

        // A later sweep of the running simulator: live values moved on.
        const auto later = sweep();
        QVERIFY(later);
        const Snapshot before = snapshot(t.model);
        t.model.update(*later);
        const Snapshot after = snapshot(t.model);
        QCOMPARE(spies.structural(), 0);
        const QSet<QString> reallyChanged = changedCells(before, after);
        QVERIFY(reallyChanged.size() > 5);
        QVERIFY(reallyChanged.contains(u"RTC.WEB_TIME#1"_s));
        QCOMPARE(signalledCells(t.model, changed), reallyChanged);
        QVERIFY(changed.size() < reallyChanged.size()); // neighbouring rows share one signal
        QCOMPARE(before.size(), after.size());
    }

    void oneChangedValueSignalsExactlyItsCells()
    {
        TestedModel t;
        const SenecResponse base = parse(m_full.toWireJson());
        t.model.update(base);

        SenecResponse next = base;
        SenecVariable &house = next.sections[u"ENERGY"_s].variables[u"GUI_HOUSE_POW"_s];
        house.values[0] = changedNumber(house.values.at(0));
        SenecVariable &cells = next.sections[u"BMS"_s].variables[u"CELL_VOLTAGES_MODULE_A"_s];
        QVERIFY(cells.values.size() > 3);
        cells.values[3] = changedNumber(cells.values.at(3));

        StructureSpies spies(&t.model);
        QSignalSpy changed(&t.model, &QAbstractItemModel::dataChanged);
        t.model.update(next);
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(changed.size(), 3);

        // The house power: its value and raw cells, one row of ENERGY (rows sorted by name).
        const QStringList energyNames = base.sections.value(u"ENERGY"_s).variables.keys();
        const int houseRow = int(energyNames.indexOf(u"GUI_HOUSE_POW"_s));
        const QModelIndex energy = t.model.indexForPath(u"ENERGY"_s);
        const QModelIndex bms = t.model.indexForPath(u"BMS"_s);
        const QModelIndex cellVariable = t.model.indexForPath(u"BMS.CELL_VOLTAGES_MODULE_A"_s);
        const QList<QModelIndex> expected{
            // BMS sorts before ENERGY: the element first, then its array row (text only) …
            t.model.index(3, LiveValuesModel::ValueColumn, cellVariable),
            t.model.index(3, LiveValuesModel::RawColumn, cellVariable),
            t.model.index(cellVariable.row(), LiveValuesModel::ValueColumn, bms),
            t.model.index(cellVariable.row(), LiveValuesModel::ValueColumn, bms),
            // … then the house power.
            t.model.index(houseRow, LiveValuesModel::ValueColumn, energy),
            t.model.index(houseRow, LiveValuesModel::RawColumn, energy),
        };
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(changed.at(i).at(0).value<QModelIndex>(), expected.at(2 * i));
            QCOMPARE(changed.at(i).at(1).value<QModelIndex>(), expected.at(2 * i + 1));
        }
        QCOMPARE(expected.at(4).data(RawTextRole).toString(), house.values.at(0).raw());
        QCOMPARE(expected.at(0).data(RawTextRole).toString(), cells.values.at(3).raw());
    }

    void newRowsAreInsertedInSortedPlace()
    {
        TestedModel t;
        const SenecResponse full = parse(m_full.toWireJson());
        SenecResponse partial = full;
        partial.sections[u"ENERGY"_s].variables.remove(u"GUI_GRID_POW"_s);
        partial.sections.remove(u"PV1"_s);
        t.model.update(partial);
        const int sectionsBefore = t.model.rowCount();

        StructureSpies spies(&t.model);
        QSignalSpy changed(&t.model, &QAbstractItemModel::dataChanged);
        t.model.update(full);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.inserted.size(), 2);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(t.model.rowCount(), sectionsBefore + 1);

        const QModelIndex energy = t.model.indexForPath(u"ENERGY"_s);
        const int gridRow = int(full.sections.value(u"ENERGY"_s).variables.keys().indexOf(u"GUI_GRID_POW"_s));
        QCOMPARE(spies.inserted.at(0).at(0).value<QModelIndex>(), energy);
        QCOMPARE(spies.inserted.at(0).at(1).toInt(), gridRow);
        QCOMPARE(spies.inserted.at(0).at(2).toInt(), gridRow);
        QCOMPARE(t.model.index(gridRow, 0, energy).data().toString(), u"GUI_GRID_POW"_s);

        const int pvRow = int(full.sections.keys().indexOf(u"PV1"_s));
        QVERIFY(!spies.inserted.at(1).at(0).value<QModelIndex>().isValid());
        QCOMPARE(spies.inserted.at(1).at(1).toInt(), pvRow);
        QCOMPARE(spies.inserted.at(1).at(2).toInt(), pvRow);
        QCOMPARE(t.model.index(pvRow, 0).data().toString(), u"PV1"_s);
        QCOMPARE(t.model.rowCount(t.model.index(pvRow, 0)), full.sections.value(u"PV1"_s).variables.size());

        // A later partial answer (the live set) leaves everything else as it was.
        const Snapshot before = snapshot(t.model);
        SenecResponse live;
        live.sections.insert(u"ENERGY"_s, full.sections.value(u"ENERGY"_s));
        t.model.update(live);
        QCOMPARE(snapshot(t.model), before);
        QCOMPARE(spies.inserted.size(), 2);
        QCOMPARE(spies.removed.size(), 0);
    }

    void arraysGrowAndShrink()
    {
        TestedModel t;
        const auto cells = [](const char *elements) {
            return parse(QByteArray(R"({"BMS":{"CELL_VOLTAGES_MODULE_A":[)") + elements + "]}}");
        };
        t.model.update(cells(R"("u1_0F50","u1_0F51")"));
        const QModelIndex array = t.model.indexForPath(u"BMS.CELL_VOLTAGES_MODULE_A"_s);
        QCOMPARE(t.model.rowCount(array), 2);

        StructureSpies spies(&t.model);
        QSignalSpy changed(&t.model, &QAbstractItemModel::dataChanged);
        t.model.update(cells(R"("u1_0F50","u1_0F51","u1_0F52","u1_0F53")"));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.at(0).at(0).value<QModelIndex>(), array);
        QCOMPARE(spies.inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(spies.inserted.at(0).at(2).toInt(), 3);
        QCOMPARE(t.model.rowCount(array), 4);
        QCOMPARE(t.model.index(3, LiveValuesModel::RawColumn, array).data().toString(), u"u1_0F53"_s);
        QCOMPARE(array.siblingAtColumn(LiveValuesModel::RawColumn).data().toString(), u"4 values"_s);
        // The array's own row: its text and its count changed, nothing else.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), array.siblingAtColumn(LiveValuesModel::ValueColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), array.siblingAtColumn(LiveValuesModel::RawColumn));

        t.model.update(cells(R"("u1_0F50","st_END_OF_ARRAY")"));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.at(0).at(0).value<QModelIndex>(), array);
        QCOMPARE(spies.removed.at(0).at(1).toInt(), 1);
        QCOMPARE(spies.removed.at(0).at(2).toInt(), 3);
        QCOMPARE(t.model.rowCount(array), 1);

        // An array that turns into a scalar loses its element rows.
        t.model.update(parse(R"({"BMS":{"CELL_VOLTAGES_MODULE_A":"u1_0F50"}})"));
        QCOMPARE(spies.removed.size(), 2);
        QCOMPARE(t.model.rowCount(array), 0);
        QCOMPARE(array.siblingAtColumn(LiveValuesModel::RawColumn).data().toString(), u"u1_0F50"_s);
        QCOMPARE(spies.reset.size(), 0);

        // Text elements are quoted in the array's row, so empty ones stay visible.
        t.model.update(parse(R"({"BMS":{"SERIAL":["st_","st_AB12"]}})"));
        QCOMPARE(t.model.indexForPath(u"BMS.SERIAL"_s, LiveValuesModel::ValueColumn).data().toString(),
                 u"\"\", \"AB12\""_s);
        QCOMPARE(t.model.indexForPath(u"BMS.SERIAL[1]"_s, LiveValuesModel::ValueColumn).data().toString(),
                 u"AB12"_s);

        // Only a different device resets the model.
        t.model.clear();
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(t.model.rowCount(), 0);
    }

    void problemsAreNeverShownAsNumbers()
    {
        TestedModel t;
        const SenecResponse response = parse(R"({
            "ENERGY": {"GUI_HOUSE_POW": "VARIABLE_NOT_FOUND", "GUI_GRID_POW": "FORBIDDEN",
                       "GUI_BAT_DATA_POWER": "fl_7FC00000", "GUI_INVERTER_POWER": "fl_7F800000",
                       "GUI_BAT_DATA_CURRENT": "fl_12", "GUI_BAT_DATA_VOLTAGE": 230,
                       "STAT_STATE": "er_0D", "GUI_CHARGING_INFO": "zz_0001"},
            "BMS": {"CELL_VOLTAGES_MODULE_A": ["u1_0F50", "FORBIDDEN", "fl_FFC00000"]},
            "BAT1OBJ4": {"OBJECT_NOT_FOUND": ""},
            "WALLBOX": 42
        })");
        t.model.update(response);
        const QList<std::pair<QString, ValueStatus>> cases{
            {u"ENERGY.GUI_HOUSE_POW"_s, ValueStatus::NotFound},
            {u"ENERGY.GUI_GRID_POW"_s, ValueStatus::Forbidden},
            {u"ENERGY.GUI_BAT_DATA_POWER"_s, ValueStatus::NonFinite},
            {u"ENERGY.GUI_INVERTER_POWER"_s, ValueStatus::NonFinite},
            {u"ENERGY.GUI_BAT_DATA_CURRENT"_s, ValueStatus::Malformed},
            {u"ENERGY.GUI_BAT_DATA_VOLTAGE"_s, ValueStatus::Malformed},
            {u"ENERGY.STAT_STATE"_s, ValueStatus::DeviceError},
            {u"ENERGY.GUI_CHARGING_INFO"_s, ValueStatus::UnknownType},
            {u"BMS.CELL_VOLTAGES_MODULE_A[1]"_s, ValueStatus::Forbidden},
            {u"BMS.CELL_VOLTAGES_MODULE_A[2]"_s, ValueStatus::NonFinite},
        };
        for (const auto &[path, status] : cases) {
            const QModelIndex value = t.model.indexForPath(path, LiveValuesModel::ValueColumn);
            QVERIFY2(value.isValid(), qPrintable(path));
            QCOMPARE(value.data(ValueStatusRole).toInt(), int(status));
            QVERIFY2(!value.data(NumericValueRole).isValid(), qPrintable(path));
            const QString text = value.data().toString();
            QVERIFY2(!text.isEmpty() && !looksLikeNumber(text), qPrintable(path + u": "_s + text));
            QVERIFY(text.startsWith(u'['));
        }
        // The raw text stays as received, whatever it was.
        QCOMPARE(t.model.indexForPath(u"ENERGY.GUI_BAT_DATA_POWER"_s, LiveValuesModel::RawColumn).data().toString(),
                 u"fl_7FC00000"_s);
        QCOMPARE(t.model.indexForPath(u"ENERGY.GUI_BAT_DATA_VOLTAGE"_s, LiveValuesModel::RawColumn).data().toString(),
                 u"230"_s);
        // An array with problems says so on its own row too; its good element is still a number.
        const QModelIndex array = t.model.indexForPath(u"BMS.CELL_VOLTAGES_MODULE_A"_s, LiveValuesModel::ValueColumn);
        QCOMPARE(array.data(ValueStatusRole).toInt(), int(ValueStatus::Forbidden));
        QVERIFY(t.model.indexForPath(u"BMS.CELL_VOLTAGES_MODULE_A[0]"_s, LiveValuesModel::ValueColumn)
                    .data(NumericValueRole).isValid());

        const QModelIndex notFound = t.model.indexForPath(u"BAT1OBJ4"_s, LiveValuesModel::ValueColumn);
        QCOMPARE(notFound.data(ValueStatusRole).toInt(), int(ValueStatus::NotFound));
        QCOMPARE(notFound.data().toString(), u"[object not found]"_s);
        QCOMPARE(notFound.siblingAtColumn(LiveValuesModel::RawColumn).data().toString(), u"OBJECT_NOT_FOUND"_s);
        const QModelIndex malformed = t.model.indexForPath(u"WALLBOX"_s, LiveValuesModel::ValueColumn);
        QCOMPARE(malformed.data(ValueStatusRole).toInt(), int(ValueStatus::Malformed));
        QCOMPARE(malformed.siblingAtColumn(LiveValuesModel::RawColumn).data().toString(), u"42"_s);

        // A section that was there and now answers OBJECT_NOT_FOUND drops its variables.
        QSignalSpy removed(&t.model, &QAbstractItemModel::rowsRemoved);
        t.model.update(parse(R"({"BMS": {"OBJECT_NOT_FOUND": ""}})"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(t.model.rowCount(t.model.indexForPath(u"BMS"_s)), 0);
        QCOMPARE(t.model.indexForPath(u"BMS"_s, LiveValuesModel::ValueColumn).data(ValueStatusRole).toInt(),
                 int(ValueStatus::NotFound));
    }

    void unknownVariablesShowTheirRawType()
    {
        TestedModel t;
        t.model.update(parse(R"({"ENERGY": {"ZZ_FUTURE_VALUE": "u3_0000002A"},
                                 "ZZ_SECTION": {"PAIR": ["i1_FFFF", "i1_0001"]}})"));
        QVERIFY(!SenecCatalogue::instance().variable(u"ENERGY"_s, u"ZZ_FUTURE_VALUE"_s));
        const QModelIndex scalar = t.model.indexForPath(u"ENERGY.ZZ_FUTURE_VALUE"_s, LiveValuesModel::ValueColumn);
        QCOMPARE(scalar.data().toString(), u"42"_s);
        QCOMPARE(scalar.data(NumericValueRole).toDouble(), 42.0);
        const QString description = scalar.siblingAtColumn(LiveValuesModel::DescriptionColumn).data().toString();
        QVERIFY2(description.contains(u"u3"_s), qPrintable(description));
        QVERIFY(scalar.data(Qt::ToolTipRole).toString().contains(u"ENERGY.ZZ_FUTURE_VALUE"_s));

        const QModelIndex pair = t.model.indexForPath(u"ZZ_SECTION.PAIR"_s, LiveValuesModel::DescriptionColumn);
        QVERIFY2(pair.data().toString().contains(u"i1"_s), qPrintable(pair.data().toString()));
        QCOMPARE(t.model.index(0, LiveValuesModel::NameColumn, pair.siblingAtColumn(0)).data().toString(), u"[0]"_s);
        QCOMPARE(t.model.indexForPath(u"ZZ_SECTION.PAIR[0]"_s, LiveValuesModel::ValueColumn).data().toString(), u"-1"_s);
        QCOMPARE(t.model.indexForPath(u"ZZ_SECTION.PAIR"_s, LiveValuesModel::ValueColumn).data().toString(), u"-1, 1"_s);

        // When the type of an unknown variable changes, so does its description (a whole row).
        QSignalSpy changed(&t.model, &QAbstractItemModel::dataChanged);
        t.model.update(parse(R"({"ENERGY": {"ZZ_FUTURE_VALUE": "fl_42280000"}})"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(LiveValuesModel::NameColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(LiveValuesModel::DescriptionColumn));
        QVERIFY(scalar.siblingAtColumn(LiveValuesModel::DescriptionColumn).data().toString().contains(u"fl"_s));
        QCOMPARE(scalar.data().toString(), u"42"_s);
    }

    void scalesUnitsAndEnumTexts()
    {
        const SenecCatalogue &catalogue = SenecCatalogue::instance();
        const SenecVariableInfo *maxTemp = catalogue.variable(u"BMS"_s, u"MAX_TEMP"_s);
        QVERIFY(maxTemp);
        QCOMPARE(maxTemp->scale, 0.1);
        QCOMPARE(maxTemp->unit, u"\u00B0C"_s);

        TestedModel t;
        t.model.update(parse(R"({"BMS": {"MAX_TEMP": "i1_0143", "MIN_TEMP": "i1_FFEC"},
                                 "ENERGY": {"STAT_STATE": "u8_0D", "GUI_HOUSE_POW": "fl_44FA0000"}})"));
        const QModelIndex temp = t.model.indexForPath(u"BMS.MAX_TEMP"_s, LiveValuesModel::ValueColumn);
        QVERIFY(qFuzzyCompare(temp.data(NumericValueRole).toDouble(), 32.3));
        QCOMPARE(temp.data(UnitRole).toString(), u"\u00B0C"_s);
        QVERIFY2(temp.data().toString().startsWith(u"32.3"_s), qPrintable(temp.data().toString()));
        QVERIFY(temp.data().toString().endsWith(u" \u00B0C"_s));
        QCOMPARE(temp.siblingAtColumn(LiveValuesModel::RawColumn).data().toString(), u"i1_0143"_s);
        const QModelIndex minTemp = t.model.indexForPath(u"BMS.MIN_TEMP"_s, LiveValuesModel::ValueColumn);
        QVERIFY(qFuzzyCompare(minTemp.data(NumericValueRole).toDouble(), -2.0));
        QVERIFY2(minTemp.data().toString().startsWith(u"-2"_s), qPrintable(minTemp.data().toString()));

        // Coded values: the enum text with the code, in the chosen language.
        const QModelIndex state = t.model.indexForPath(u"ENERGY.STAT_STATE"_s, LiveValuesModel::ValueColumn);
        const SenecEnum *states = catalogue.enumeration(u"STAT_STATE"_s);
        QVERIFY(states);
        const QString english = states->english.value(13);
        QVERIFY(!english.isEmpty());
        QVERIFY(english != u"AKKU VOLL"_s);
        QCOMPARE(state.data().toString(), english + u" (13)"_s);
        QCOMPARE(state.data(NumericValueRole).toDouble(), 13.0);

        QSignalSpy changed(&t.model, &QAbstractItemModel::dataChanged);
        t.model.setLanguage(u"de"_s);
        QCOMPARE(state.data().toString(), u"AKKU VOLL (13)"_s);
        QCOMPARE(changed.size(), 1); // only the coded value
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), state);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), state);
        t.model.setLanguage(u"de"_s);
        QCOMPARE(changed.size(), 1);

        // Number formatting follows the locale; enum codes and texts do not change with it.
        changed.clear();
        const Snapshot before = snapshot(t.model);
        t.model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(temp.data().toString().startsWith(u"32,3"_s), qPrintable(temp.data().toString()));
        QCOMPARE(t.model.indexForPath(u"ENERGY.GUI_HOUSE_POW"_s, LiveValuesModel::ValueColumn).data().toString(),
                 u"2000 W"_s);
        QCOMPARE(signalledCells(t.model, changed), changedCells(before, snapshot(t.model)));
        QVERIFY(!signalledCells(t.model, changed).contains(cellKey(state)));
    }

    void elementsNamedByAnEnumFollowTheLanguage()
    {
        TestedModel t;
        t.model.update(parse(R"({"BAT1": {"SELFTEST_ACT": ["fl_43660000", "fl_43480000"]},
                                 "BMS": {"SOC": ["fl_42C80000", "fl_42C60000"]}})"));
        const QModelIndex step0 = t.model.indexForPath(u"BAT1.SELFTEST_ACT[0]"_s);
        const QModelIndex step1 = t.model.indexForPath(u"BAT1.SELFTEST_ACT[1]"_s);
        QCOMPARE(step0.data().toString(), u"Upper Voltage Limit L1"_s);
        QCOMPARE(step1.data().toString(), u"Lower Voltage Limit L1"_s);
        QCOMPARE(t.model.indexForPath(u"BMS.SOC[1]"_s).data().toString(), u"B"_s); // modules A–D

        QSignalSpy changed(&t.model, &QAbstractItemModel::dataChanged);
        const Snapshot before = snapshot(t.model);
        t.model.setLanguage(u"de"_s);
        QCOMPARE(step0.data().toString(), u"Obere Spannungsgrenze L1"_s);
        QCOMPARE(step1.data().toString(), u"Untere Spannungsgrenze L1"_s);
        QCOMPARE(t.model.indexForPath(u"BMS.SOC[1]"_s).data().toString(), u"B"_s);
        // Exactly the renamed cells were announced.
        QCOMPARE(signalledCells(t.model, changed), changedCells(before, snapshot(t.model)));
        QVERIFY(signalledCells(t.model, changed).contains(cellKey(step0)));
    }

    void proxyFindsByNameValueAndDescription()
    {
        TestedModel t;
        t.model.setLanguage(u"de"_s);
        SenecResponse response = parse(m_full.toWireJson());
        response.sections[u"ENERGY"_s].variables[u"STAT_STATE"_s].values[0] =
            SenecValueCodec::decode(u"u8_0D"_s);
        t.model.update(response);
        LiveValuesFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&t.model);
        QCOMPARE(proxy.rowCount(), t.model.rowCount());

        const auto visible = [&](const QString &path) {
            return proxy.mapFromSource(t.model.indexForPath(path)).isValid();
        };

        // By name, case-insensitive: the variable and its section, nothing unrelated.
        proxy.setSearchText(u"max_temp"_s);
        QVERIFY(visible(u"BMS.MAX_TEMP"_s));
        QVERIFY(visible(u"BMS"_s));
        QVERIFY(!visible(u"BMS.SOC"_s));
        QVERIFY(!visible(u"ENERGY"_s));
        QVERIFY(proxy.rowCount() < t.model.rowCount());

        // By value (the enum text).
        proxy.setSearchText(u"akku voll"_s);
        QVERIFY(visible(u"ENERGY.STAT_STATE"_s));
        QVERIFY(visible(u"ENERGY"_s));
        QVERIFY(!visible(u"ENERGY.GUI_HOUSE_POW"_s));

        // By description (the catalogue's).
        const QString description =
            SenecCatalogue::instance().variable(u"BMS"_s, u"MAX_TEMP"_s)->description;
        QVERIFY(!description.isEmpty());
        proxy.setSearchText(description.toUpper());
        QVERIFY(visible(u"BMS.MAX_TEMP"_s));

        // A matching section keeps all its variables, a matching array all its elements.
        proxy.setSearchText(u"pv1"_s);
        const QModelIndex pv1 = t.model.indexForPath(u"PV1"_s);
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(pv1)), t.model.rowCount(pv1));
        proxy.setSearchText(u"cell_voltages_module_b"_s);
        const QModelIndex cellsB = t.model.indexForPath(u"BMS.CELL_VOLTAGES_MODULE_B"_s);
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(cellsB)), t.model.rowCount(cellsB));

        proxy.setSearchText(u"no such text anywhere 4711"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), t.model.rowCount());

        // The filter follows updates: a value that starts to match shows up.
        proxy.setSearchText(u"AKKU LEER"_s);
        QVERIFY(!visible(u"ENERGY.STAT_STATE"_s));
        response.sections[u"ENERGY"_s].variables[u"STAT_STATE"_s].values[0] = SenecValueCodec::decode(u"u8_0F"_s);
        t.model.update(response);
        QVERIFY(visible(u"ENERGY.STAT_STATE"_s));
    }
};

QTEST_GUILESS_MAIN(TestLiveValuesModel)
#include "tst_livevaluesmodel.moc"
