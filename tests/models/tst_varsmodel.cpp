// VarsModel on parsed variable monitor pages: columns and roles, in-place updates of periodic
// re-downloads (dataChanged for changed cells only), resets for a different variable set, and
// pages without a table keeping the last good rows. Under QAbstractItemModelTester throughout.
#include "modelroles.h"
#include "varsmodel.h"

#include "senec/senecvarsparser.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace kw::models;
using namespace kw::senec;
using namespace Qt::StringLiterals;

namespace {

SenecVarsParser::Result parseFixture(const QString &name)
{
    QFile file(QStringLiteral(KW_TEST_DATA_DIR "/models/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return SenecVarsParser::parse(file.readAll());
}

QList<SenecVarsRow> rowsOf(const QString &name)
{
    const SenecVarsParser::Result result = parseFixture(name);
    if (!result.ok())
        qFatal("fixture %s does not parse: %s", qPrintable(name), qPrintable(result.error));
    return result.rows;
}

// One dataChanged emission as (top row, left column, bottom row, right column).
struct Range
{
    int top, left, bottom, right;
    bool operator==(const Range &) const = default;
};

QList<Range> ranges(const QSignalSpy &spy)
{
    QList<Range> out;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex tl = args.at(0).toModelIndex();
        const QModelIndex br = args.at(1).toModelIndex();
        out.append({tl.row(), tl.column(), br.row(), br.column()});
    }
    return out;
}

char *toString(const Range &r)
{
    return QTest::toString(u"(%1,%2)-(%3,%4)"_s.arg(r.top).arg(r.left).arg(r.bottom).arg(r.right));
}

constexpr auto QtTestReporting = QAbstractItemModelTester::FailureReportingMode::QtTest;

} // namespace

class TestVarsModel : public QObject
{
    Q_OBJECT
private slots:
    void columnsAndRoles();
    void sameVariablesUpdateInPlace();
    void changedRunsAreGroupedPerColumnSpan();
    void differentVariableSetResets();
    void pageWithoutTableKeepsRows();
    void clearAndOutOfRange();
};

void TestVarsModel::columnsAndRoles()
{
    VarsModel model;
    QAbstractItemModelTester tester(&model, QtTestReporting);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.setParseResult(parseFixture(u"senec-vars-a.html"_s)));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(VarsModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(model.headerData(VarsModel::ValueColumn, Qt::Horizontal).toString(), u"Value"_s);

    QCOMPARE(model.index(0, VarsModel::NameColumn).data().toString(), u"ENERGY.GUI_INVERTER_POWER"_s);
    QCOMPARE(model.index(0, VarsModel::TypeColumn).data().toString(), u"fl"_s);
    QCOMPARE(model.index(0, VarsModel::TypeColumn).data(Qt::ToolTipRole).toString(), u"32-bit float"_s);
    QCOMPARE(model.index(0, VarsModel::ValueColumn).data().toString(), u"1234.5"_s);
    QCOMPARE(model.index(0, VarsModel::ValueColumn).data(NumericValueRole).toDouble(), 1234.5);
    QVERIFY(!model.index(0, VarsModel::NameColumn).data(NumericValueRole).isValid());
    QCOMPARE(model.index(0, VarsModel::ValueColumn).data(PathRole).toString(), u"ENERGY.GUI_INVERTER_POWER"_s);
    QCOMPARE(model.index(8, VarsModel::ValueColumn).data(NumericValueRole).toDouble(), -120.0);
    QCOMPARE(model.index(8, VarsModel::ValueColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);

    // Text types are never numbers, however they look.
    QCOMPARE(model.index(9, VarsModel::ValueColumn).data().toString(), u"2525866113258324220991834"_s);
    QVERIFY(!model.index(9, VarsModel::ValueColumn).data(NumericValueRole).isValid());
    QVERIFY(!model.index(9, VarsModel::ValueColumn).data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(model.index(10, VarsModel::ValueColumn).data().toString(), u"a&b"_s);

    // Section, variable and index through the row.
    const SenecVarsRow cell = model.rowAt(6);
    QCOMPARE(cell.section(), u"BMS"_s);
    QCOMPARE(cell.variable(), u"CELL_VOLTAGES_MODULE_A"_s);
    QCOMPARE(cell.index(), 1);
    QCOMPARE(model.rowOf(u"BMS.CELL_VOLTAGES_MODULE_A[1]"_s), 6);
    QCOMPARE(model.rowOf(u"BMS.NOPE"_s), -1);
    QCOMPARE(model.roleNames().value(PathRole), QByteArray("path"));
    QCOMPARE(VarsModel::typeDescription(u"i3"_s), u"signed 32-bit integer"_s);
    QVERIFY(VarsModel::typeDescription(u"zz"_s).isEmpty());
}

void TestVarsModel::sameVariablesUpdateInPlace()
{
    VarsModel model;
    QAbstractItemModelTester tester(&model, QtTestReporting);
    model.setRows(rowsOf(u"senec-vars-a.html"_s));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The next download: values of rows 0, 1, 3, 6, 7 differ; value column only.
    QCOMPARE(model.setRows(rowsOf(u"senec-vars-b.html"_s)), VarsModel::Update::UpdatedInPlace);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(ranges(changed), (QList<Range>{{0, 2, 1, 2}, {3, 2, 3, 2}, {6, 2, 7, 2}}));
    QCOMPARE(model.rows(), rowsOf(u"senec-vars-b.html"_s));
    QCOMPARE(model.index(0, VarsModel::ValueColumn).data(NumericValueRole).toDouble(), 1301.0);
    QCOMPARE(model.index(7, VarsModel::ValueColumn).data().toString(), u"3920"_s);

    // The same page again: no signal at all.
    changed.clear();
    QCOMPARE(model.setRows(rowsOf(u"senec-vars-b.html"_s)), VarsModel::Update::Unchanged);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);

    // And back through setParseResult, as a view's refresh would do it.
    QVERIFY(model.setParseResult(parseFixture(u"senec-vars-a.html"_s)));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(model.rows(), rowsOf(u"senec-vars-a.html"_s));
}

void TestVarsModel::changedRunsAreGroupedPerColumnSpan()
{
    const QList<SenecVarsRow> before = rowsOf(u"senec-vars-a.html"_s);
    VarsModel model;
    QAbstractItemModelTester tester(&model, QtTestReporting);
    model.setRows(before);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QList<SenecVarsRow> after = before;
    after[2].type = u"i3"_s;          // type only
    after[3].type = u"i3"_s;          // type only: joins row 2's run
    after[4].type = u"u1"_s;          // type and value
    after[4].value = u"15"_s;
    after[5].value = u"3900"_s;       // value only: a new run
    after[10].value = u"x&y"_s;       // value only, far away
    QCOMPARE(model.setRows(after), VarsModel::Update::UpdatedInPlace);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(ranges(changed), (QList<Range>{{2, 1, 3, 1}, {4, 1, 4, 2}, {5, 2, 5, 2}, {10, 2, 10, 2}}));
    QCOMPARE(model.index(4, VarsModel::TypeColumn).data().toString(), u"u1"_s);
    QCOMPARE(model.index(4, VarsModel::ValueColumn).data().toString(), u"15"_s);
    QCOMPARE(model.rows(), after);
}

void TestVarsModel::differentVariableSetResets()
{
    VarsModel model;
    QAbstractItemModelTester tester(&model, QtTestReporting);
    model.setRows(rowsOf(u"senec-vars-a.html"_s));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // One more variable (a firmware update): reset.
    QCOMPARE(model.setRows(rowsOf(u"senec-vars-c.html"_s)), VarsModel::Update::Reset);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.rowOf(u"BMS.CELL_VOLTAGES_MODULE_A[3]"_s), 8);

    // Same names in another order: reset too.
    QList<SenecVarsRow> reordered = rowsOf(u"senec-vars-c.html"_s);
    reordered.swapItemsAt(0, 1);
    QCOMPARE(model.setRows(reordered), VarsModel::Update::Reset);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.index(0, VarsModel::NameColumn).data().toString(), u"ENERGY.GUI_HOUSE_POW"_s);

    // A page without the Type column (older firmware) but the same names: types cleared in place.
    QList<SenecVarsRow> noType = reordered;
    for (SenecVarsRow &row : noType)
        row.type.clear();
    QCOMPARE(model.setRows(noType), VarsModel::Update::UpdatedInPlace); // same names: in place
    QCOMPARE(reset.count(), 2);
    QVERIFY(!model.index(0, VarsModel::TypeColumn).data(Qt::ToolTipRole).isValid());
    // Without a type a numeric-looking value counts as a number.
    QCOMPARE(model.index(0, VarsModel::ValueColumn).data(NumericValueRole).toDouble(), 412.25);
}

void TestVarsModel::pageWithoutTableKeepsRows()
{
    VarsModel model;
    QAbstractItemModelTester tester(&model, QtTestReporting);
    QVERIFY(model.setParseResult(parseFixture(u"senec-vars-a.html"_s)));
    QVERIFY(model.lastError().isEmpty());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const SenecVarsParser::Result login = parseFixture(u"senec-vars-login.html"_s);
    QVERIFY(!login.ok());
    QVERIFY(!model.setParseResult(login));
    QCOMPARE(model.lastError(), login.error);
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.rows(), rowsOf(u"senec-vars-a.html"_s));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);

    // The next good page clears the error.
    QVERIFY(model.setParseResult(parseFixture(u"senec-vars-b.html"_s)));
    QVERIFY(model.lastError().isEmpty());
}

void TestVarsModel::clearAndOutOfRange()
{
    VarsModel model;
    QAbstractItemModelTester tester(&model, QtTestReporting);
    QCOMPARE(model.setRows({}), VarsModel::Update::Unchanged);
    model.setRows(rowsOf(u"senec-vars-a.html"_s));
    QVERIFY(!model.data(QModelIndex()).isValid());
    QVERIFY(!model.index(11, 0).isValid());
    QCOMPARE(model.rowAt(-1), SenecVarsRow{});
    QCOMPARE(model.rowAt(11), SenecVarsRow{});
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestVarsModel)
#include "tst_varsmodel.moc"
