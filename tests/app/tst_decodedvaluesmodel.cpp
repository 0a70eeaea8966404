#include "decodedvaluesmodel.h"

#include "senec/senecresponse.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using kw::gui::DecodedValuesModel;

namespace {

kw::senec::SenecResponse response(const char *json)
{
    auto parsed = kw::senec::parseSenecResponse(QByteArray(json));
    return parsed.response.value_or(kw::senec::SenecResponse());
}

QString cell(const DecodedValuesModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestDecodedValuesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsDecodedValues()
    {
        DecodedValuesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResponse(response(R"({"ENERGY":{"GUI_HOUSE_POW":"fl_4599AD17","STAT_STATE":"u8_0E"},
            "BMS":{"CELLS":["u1_0CE4","u1_0CE5","st_END_OF_ARRAY"],"LIMIT":"i1_FF9C",
                   "GONE":"VARIABLE_NOT_FOUND","MIX":["fl_3F800000","fl_7FC00000"]},
            "NOPE":{"OBJECT_NOT_FOUND":""}})"));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(DecodedValuesModel::RawColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Raw"));
        // Sorted by section, then variable.
        QCOMPARE(cell(model, 0, DecodedValuesModel::SectionColumn), QStringLiteral("BMS"));
        QCOMPARE(cell(model, 0, DecodedValuesModel::VariableColumn), QStringLiteral("CELLS"));
        QCOMPARE(cell(model, 0, DecodedValuesModel::ValueColumn), QStringLiteral("[3300, 3301]"));
        QCOMPARE(cell(model, 0, DecodedValuesModel::RawColumn),
                 QStringLiteral("u1_0CE4, u1_0CE5, st_END_OF_ARRAY"));
        QCOMPARE(cell(model, 0, DecodedValuesModel::StatusColumn), QStringLiteral("ok"));
        QCOMPARE(cell(model, 1, DecodedValuesModel::VariableColumn), QStringLiteral("GONE"));
        QCOMPARE(cell(model, 1, DecodedValuesModel::ValueColumn), QStringLiteral("[not_found]"));
        QCOMPARE(cell(model, 1, DecodedValuesModel::StatusColumn), QStringLiteral("not_found"));
        QCOMPARE(cell(model, 2, DecodedValuesModel::ValueColumn), QStringLiteral("-100"));
        QCOMPARE(cell(model, 3, DecodedValuesModel::ValueColumn), QStringLiteral("[1, [non_finite]]"));
        QCOMPARE(cell(model, 3, DecodedValuesModel::StatusColumn), QStringLiteral("non_finite"));
        QCOMPARE(cell(model, 4, DecodedValuesModel::VariableColumn), QStringLiteral("GUI_HOUSE_POW"));
        QCOMPARE(cell(model, 4, DecodedValuesModel::ValueColumn), QStringLiteral("4917.63623"));
        QCOMPARE(cell(model, 5, DecodedValuesModel::ValueColumn), QStringLiteral("14"));
        QCOMPARE(cell(model, 6, DecodedValuesModel::SectionColumn), QStringLiteral("NOPE"));
        QCOMPARE(cell(model, 6, DecodedValuesModel::VariableColumn), QString());
        QCOMPARE(cell(model, 6, DecodedValuesModel::StatusColumn), QStringLiteral("not_found"));
    }

    // A new poll changes only what changed: no reset, one dataChanged per changed row.
    void updatesInPlace()
    {
        DecodedValuesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResponse(response(R"({"ENERGY":{"A":"u8_01","B":"u8_02","C":"u8_03"}})"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex c = model.index(2, DecodedValuesModel::ValueColumn);

        model.setResponse(response(R"({"ENERGY":{"A":"u8_01","B":"u8_09","C":"u8_03"}})"));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(cell(model, 1, DecodedValuesModel::ValueColumn), QStringLiteral("9"));

        // B vanishes, AA appears: one removal, one insertion, C's index follows.
        model.setResponse(response(R"({"ENERGY":{"A":"u8_01","AA":"u8_05","C":"u8_03"}})"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 1, DecodedValuesModel::VariableColumn), QStringLiteral("AA"));
        QVERIFY(c.isValid());
        QCOMPARE(c.row(), 2);
        QCOMPARE(c.data().toString(), QStringLiteral("3"));

        // Identical answer: nothing at all.
        changed.clear();
        model.setResponse(response(R"({"ENERGY":{"A":"u8_01","AA":"u8_05","C":"u8_03"}})"));
        QCOMPARE(changed.size(), 0);

        // Everything gone.
        model.setResponse(kw::senec::SenecResponse());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void sectionTurningUpReplacesItsPlaceholder()
    {
        DecodedValuesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResponse(response(R"({"BMS":null,"ENERGY":{"A":"u8_01"}})"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, DecodedValuesModel::StatusColumn), QStringLiteral("not_found"));
        model.setResponse(response(R"({"BMS":{"X":"u8_02","Y":"u8_03"},"ENERGY":{"A":"u8_01"}})"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, DecodedValuesModel::VariableColumn), QStringLiteral("X"));
        QCOMPARE(cell(model, 1, DecodedValuesModel::VariableColumn), QStringLiteral("Y"));
        QCOMPARE(cell(model, 2, DecodedValuesModel::SectionColumn), QStringLiteral("ENERGY"));
    }
};

QTEST_MAIN(TestDecodedValuesModel)
#include "tst_decodedvaluesmodel.moc"
