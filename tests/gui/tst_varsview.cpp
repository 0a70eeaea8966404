// The Variables view against the simulator's variable monitor page, fetched over real loopback
// HTTPS by the real downloader: rows, search and section filters, in-place updates, errors.
#include "thememanager.h"
#include "../net/simfixture.h"

#include "varsfilterproxy.h"
#include "varsmodel.h"
#include "varsview.h"

#include "senec/senecvarsdownloader.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Qt::StringLiterals;
using kw::gui::VarsView;
using kw::models::VarsModel;
using kw::senec::SenecVarsDownloader;
using kw::senec::SenecVarsResult;
using kw::senec::SenecVarsRow;

namespace {

// The app's own dark theme, as the user gets it.
QPalette darkPalette()
{
    return kw::gui::ThemeManager::darkPalette();
}

} // namespace

class TestVarsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    kwtest::DeviceRig m_rig;
    std::unique_ptr<SenecVarsDownloader> m_downloader;

    SenecVarsResult fetch()
    {
        QSignalSpy spy(m_downloader.get(), &SenecVarsDownloader::finished);
        if (!m_downloader->fetch() || !spy.wait(15'000))
            return {};
        return spy.first().first().value<SenecVarsResult>();
    }

    static QTableView *table(VarsView &view) { return view.findChild<QTableView *>(u"varsTable"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QVERIFY(m_dir.isValid());
        kwtest::setUpDeviceRig(m_rig, kwtest::simOptions(kw::sim::Firmware::V0826),
                               m_dir.filePath(u"trust.json"_s), 15'000);
        QVERIFY(m_rig.sim);
        m_downloader = std::make_unique<SenecVarsDownloader>(m_rig.transport.get());
    }

    void cleanupTestCase()
    {
        m_downloader.reset();
        m_rig.transport.reset();
        m_rig.store.reset();
        m_rig.nam.reset();
        m_rig.sim.reset();
    }

    void showsTheSimulatorsRows()
    {
        const SenecVarsResult result = fetch();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.rows.size() > 100);

        VarsView view;
        QVERIFY(!view.lastFetched().isValid());
        view.showVars(result);
        QVERIFY(view.lastFetched().isValid());
        QCOMPARE(view.varsModel()->rows(), result.rows);
        QAbstractItemModel *shown = table(view)->model();
        QCOMPARE(shown->rowCount(), result.rows.size());
        const int stateRow = view.varsModel()->rowOf(u"ENERGY.STAT_STATE"_s);
        QVERIFY(stateRow >= 0);
        QCOMPARE(shown->index(stateRow, VarsModel::ValueColumn).data().toString(),
                 result.rows.at(stateRow).value);
        QVERIFY(view.placeholderText().isEmpty());
        QVERIFY(view.errorText().isEmpty());
        const QString status = view.statusText();
        QVERIFY2(status.contains(u"%1 variables"_s.arg(result.rows.size())), qPrintable(status));
        QVERIFY2(status.contains(result.path), qPrintable(status));
        QVERIFY(view.sections().contains(u"ENERGY"_s));
        QVERIFY(view.sections().contains(u"BMS"_s));
        auto *section = view.findChild<QComboBox *>(u"varsSection"_s);
        QCOMPARE(section->count(), view.sections().size() + 1);
    }

    void searchAndSectionFilter()
    {
        const SenecVarsResult result = fetch();
        QVERIFY(result.ok);
        VarsView view;
        view.showVars(result);
        QAbstractItemModel *shown = table(view)->model();
        const int total = int(result.rows.size());

        const QString needle = u"cell_voltages_module_a"_s;
        const int matching = int(std::count_if(result.rows.cbegin(), result.rows.cend(),
            [&needle](const SenecVarsRow &row) {
                return row.name.contains(needle, Qt::CaseInsensitive)
                    || row.value.contains(needle, Qt::CaseInsensitive);
            }));
        QVERIFY(matching > 1 && matching < total);
        auto *search = view.findChild<QLineEdit *>(u"varsSearch"_s);
        QTest::keyClicks(search, needle);
        QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(), matching, 5'000);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, VarsModel::NameColumn).data().toString().contains(needle, Qt::CaseInsensitive));
        QVERIFY2(view.statusText().contains(u"%1 of %2 variables"_s.arg(matching).arg(total)),
                 qPrintable(view.statusText()));

        QTest::keyClicks(search, u"no such thing"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(), 0, 5'000);
        QVERIFY(view.placeholderText().contains(u"No variable matches"));
        search->clear();
        QCOMPARE(shown->rowCount(), total);

        auto *section = view.findChild<QComboBox *>(u"varsSection"_s);
        const int index = section->findText(u"BMS"_s);
        QVERIFY(index > 0);
        section->setCurrentIndex(index);
        Q_EMIT section->activated(index);
        const int bmsRows = int(std::count_if(result.rows.cbegin(), result.rows.cend(),
            [](const SenecVarsRow &row) { return row.section() == u"BMS"; }));
        QVERIFY(bmsRows > 0 && bmsRows < total);
        QCOMPARE(shown->rowCount(), bmsRows);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, VarsModel::NameColumn).data().toString().startsWith(u"BMS."));
    }

    void numbersSortAsNumbers()
    {
        VarsView view;
        SenecVarsResult result;
        result.ok = true;
        result.path = u"//vars.html"_s;
        result.rows = {{u"A.X"_s, u"fl"_s, u"10.5"_s}, {u"A.Y"_s, u"fl"_s, u"9"_s},
                       {u"A.Z[10]"_s, u"u8"_s, u"-3"_s}, {u"A.Z[2]"_s, u"st"_s, u"abc"_s}};
        view.showVars(result);
        QTableView *tableView = table(view);
        tableView->sortByColumn(VarsModel::ValueColumn, Qt::AscendingOrder);
        QAbstractItemModel *shown = tableView->model();
        QCOMPARE(shown->index(0, VarsModel::ValueColumn).data().toString(), u"-3"_s);
        QCOMPARE(shown->index(1, VarsModel::ValueColumn).data().toString(), u"9"_s);
        QCOMPARE(shown->index(2, VarsModel::ValueColumn).data().toString(), u"10.5"_s);
        QCOMPARE(shown->index(3, VarsModel::ValueColumn).data().toString(), u"abc"_s);
        tableView->sortByColumn(VarsModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(shown->index(2, VarsModel::NameColumn).data().toString(), u"A.Z[2]"_s);
        QCOMPARE(shown->index(3, VarsModel::NameColumn).data().toString(), u"A.Z[10]"_s);
    }

    void refreshUpdatesInPlace()
    {
        const SenecVarsResult first = fetch();
        QVERIFY(first.ok);
        VarsView view;
        view.showVars(first);
        QSignalSpy resets(view.varsModel(), &QAbstractItemModel::modelReset);
        const SenecVarsResult second = fetch();
        QVERIFY(second.ok);
        QCOMPARE(second.rows.size(), first.rows.size());
        view.showVars(second);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(view.varsModel()->rows(), second.rows);
    }

    void failedFetchKeepsTheRows()
    {
        const SenecVarsResult good = fetch();
        QVERIFY(good.ok);
        m_rig.sim->setFaults({kw::sim::FaultSpec{kw::sim::FaultKind::Http500, 1.0, 0}});
        const SenecVarsResult failed = fetch();
        m_rig.sim->clearFaults();
        QVERIFY(!failed.ok);
        QVERIFY(!failed.error.isEmpty());

        VarsView view;
        view.showVars(good);
        const QDateTime fetchedAt = view.lastFetched();
        view.showVars(failed);
        QCOMPARE(view.varsModel()->rows(), good.rows);
        QCOMPARE(table(view)->model()->rowCount(), good.rows.size());
        QVERIFY2(view.errorText().contains(failed.error), qPrintable(view.errorText()));
        QVERIFY2(view.statusText().contains(u"fetch failed"), qPrintable(view.statusText()));
        QCOMPARE(view.lastFetched(), fetchedAt);
        view.showVars(good);
        QVERIFY(view.errorText().isEmpty());
    }

    void asksForRefresh()
    {
        VarsView view;
        QSignalSpy spy(&view, &VarsView::refreshRequested);
        view.show();
        QCOMPARE(spy.size(), 1); // first shown with nothing to show
        view.hide();
        view.show();
        QCOMPARE(spy.size(), 1);
        auto *refresh = view.findChild<QToolButton *>(u"varsRefresh"_s);
        refresh->click();
        QCOMPARE(spy.size(), 2);
        view.setBusy(true);
        QVERIFY(!refresh->isEnabled());
        QVERIFY(view.placeholderText().contains(u"Fetching"));
        view.setBusy(false);
        QVERIFY(refresh->isEnabled());
    }

    void renders_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void renders()
    {
        QFETCH(bool, dark);
        const SenecVarsResult result = fetch();
        QVERIFY(result.ok);
        VarsView view;
        if (dark)
            view.setPalette(darkPalette());
        view.resize(1100, 650);
        view.showVars(result);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *tableView = table(view);
        const int stateRow = view.varsModel()->rowOf(u"ENERGY.STAT_STATE"_s);
        tableView->scrollTo(tableView->model()->index(stateRow, 0), QAbstractItemView::PositionAtTop);
        tableView->setFocus();
        QApplication::processEvents();
        const QImage image = view.grab().toImage();
        // The table's base colour fills most of it: the palette reached the table.
        const QPoint inside = tableView->viewport()->mapTo(&view, QPoint(tableView->viewport()->width() - 4, 4));
        const QColor base = view.palette().color(QPalette::Base);
        const QColor pixel = image.pixelColor(inside);
        const QColor alternate = view.palette().color(QPalette::AlternateBase);
        QVERIFY2(pixel == base || pixel == alternate, qPrintable(pixel.name()));
        const QString dir = qEnvironmentVariable("KW_RENDER_DIR");
        const QString suffix = (dark ? u"dark"_s : u"light"_s) + u".png"_s;
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + u"/logvars-vars-"_s + suffix));

        // Searching while a refresh failed: the banner over the kept, filtered rows.
        SenecVarsResult failed;
        failed.error = u"//vars.html: timed out after 10 s"_s;
        view.showVars(failed);
        view.setBusy(true);
        view.findChild<QLineEdit *>(u"varsSearch"_s)->setText(u"BMS.CELL_VOLTAGES"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableView->model()->rowCount() < result.rows.size(), 5'000);
        QVERIFY(tableView->model()->rowCount() > 0);
        QVERIFY(!view.errorText().isEmpty());
        if (!dir.isEmpty())
            QVERIFY(view.grab().toImage().save(dir + u"/logvars-vars-failed-"_s + suffix));
    }
};

QTEST_MAIN(TestVarsView)
#include "tst_varsview.moc"
