// File → Export… as the running app does it: an ExportController on a demo session (the
// simulator over loopback, the real poller and SQLite history) and a real window, offscreen. The
// dialogs are skipped (run() takes the request the dialogs would make); what is written is read
// back.
#include "batterymodulesmodel.h"
#include "batteryview.h"
#include "csvreader.h"
#include "demosession.h"
#include "devicesession.h"
#include "exportcontroller.h"
#include "history/historystore.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "poll/devicepoller.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using kw::app::DeviceSession;
using kw::app::ExportController;
using kw::exporting::ExportResult;
using kw::gui::ExportKind;
using kw::gui::ExportRequest;
using kw::gui::MainWindow;

class TestExportController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeviceSession> m_session;
    std::unique_ptr<ExportController> m_exporter;
    const QDateTime m_start{QDate(2026, 6, 21), QTime(12, 0), QTimeZone::utc()};

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ExportResult runAndWait(const ExportRequest &request)
    {
        QSignalSpy finished(m_exporter.get(), &ExportController::finished);
        if (!m_exporter->run(request))
            return ExportResult::failed(request.path, u"run() refused"_s);
        if (!finished.wait(60'000))
            return ExportResult::failed(request.path, u"no end within 60 s"_s);
        return finished.first().first().value<ExportResult>();
    }

    static QList<QStringList> readCsv(const QString &file)
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        bool ok = false;
        const QList<QStringList> rows = kwtest::parseCsv(in.readAll(), &ok);
        return ok ? rows : QList<QStringList>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExportResult>();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // exports stay '.'
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_session = kwtest::startDemoSession(m_window.get(), path(u"history.sqlite"_s), m_start);
        QVERIFY(m_session);
        m_exporter = std::make_unique<ExportController>(m_window.get());
        m_exporter->setSession(m_session.get());
    }

    void cleanupTestCase()
    {
        m_exporter.reset();
        m_session.reset();
        m_window.reset();
        QLocale::setDefault(QLocale::c());
    }

    // The month's data while the window keeps running: a 20 ms timer is never held up long, and
    // the file holds every stored sample of the range the store has.
    void chartDataBesideTheEventLoop()
    {
        QVERIFY(m_session->history()->flush());
        ExportRequest request;
        request.kind = ExportKind::ChartDataCsv;
        request.range = kw::gui::ChartRangePreset::Month;
        request.path = path(u"month.csv"_s);
        const kw::gui::TimeRange range = request.timeRange(m_session->deviceNowMs());

        QElapsedTimer clock;
        clock.start();
        qint64 lastTickMs = 0;
        qint64 longestGapMs = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGapMs = std::max(longestGapMs, clock.elapsed() - lastTickMs);
            lastTickMs = clock.elapsed();
        });
        ticker.start();
        const ExportResult result = runAndWait(request);
        ticker.stop();
        QVERIFY2(result.isWritten(), qPrintable(result.error));
        QVERIFY2(longestGapMs < 250, qPrintable(u"event loop held up %1 ms"_s.arg(longestGapMs)));

        const QList<QStringList> rows = readCsv(request.path);
        QCOMPARE(rows.size() - 1, result.rowCount);
        QCOMPARE(rows.constFirst().constFirst(), u"time_utc"_s);
        // At least every raw sample of the range (the part before pruning comes as minute means).
        const qint64 raw = m_session->history()->rawSamples(range.fromMs, range.toMs).size();
        QVERIFY2(result.rowCount >= raw && raw > 1000,
                 qPrintable(u"%1 rows, %2 raw samples"_s.arg(result.rowCount).arg(raw)));
        QVERIFY2(rows.at(rows.size() / 2).at(2).contains(u'.') || !rows.at(rows.size() / 2).at(2).contains(u','),
                 "German locale leaked into the CSV");
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"month.csv"));
        QVERIFY(!m_exporter->isRunning());
    }

    // Cancelled at once: an existing file of that name is left exactly as it was.
    void cancelKeepsTheOldFile()
    {
        const QString target = path(u"keep.csv"_s);
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("mine\n");
        }
        ExportRequest request;
        request.kind = ExportKind::ChartDataCsv;
        request.range = kw::gui::ChartRangePreset::Month;
        request.path = target;
        QSignalSpy finished(m_exporter.get(), &ExportController::finished);
        QVERIFY(m_exporter->run(request));
        QVERIFY(m_exporter->isRunning());
        // A month of samples is a long export: it has a cancellable progress dialog.
        QVERIFY(m_exporter->progressDialog() != nullptr);
        QCOMPARE(m_exporter->progressDialog()->windowModality(), Qt::WindowModal);
        QVERIFY(!m_exporter->run(request)); // one at a time
        m_exporter->cancel();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().first().value<ExportResult>().status, ExportResult::Status::Cancelled);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("mine\n"));
        QVERIFY(!m_exporter->isRunning());
    }

    // The Log view never opened: today's log is downloaded first, through the session's feed.
    void logIsFetchedWhenNoneIsShown()
    {
        QCOMPARE(m_window->logView()->logModel()->rowCount(), 0);
        ExportRequest request;
        request.kind = ExportKind::LogCsv;
        request.path = path(u"log.csv"_s);
        const ExportResult result = runAndWait(request);
        QVERIFY2(result.isWritten(), qPrintable(result.error));
        const QList<QStringList> rows = readCsv(request.path);
        QVERIFY(rows.size() > 10);
        QCOMPARE(rows.constFirst(), (QStringList{u"time_utc"_s, u"level"_s, u"category"_s, u"message"_s, u"line"_s}));
        // The device's day (the demo's clock), in UTC.
        QVERIFY2(rows.at(1).at(0).startsWith(u"2026-06-21T"), qPrintable(rows.at(1).at(0)));
    }

    void batteryCellsOneRowPerModule()
    {
        ExportRequest request;
        request.kind = ExportKind::BatteryCellsCsv;
        request.path = path(u"cells.csv"_s);
        const ExportResult result = runAndWait(request);
        QVERIFY2(result.isWritten(), qPrintable(result.error));
        const QList<QStringList> rows = readCsv(request.path);
        QCOMPARE(rows.size() - 1, m_window->batteryView()->modulesModel()->rowCount());
        QVERIFY(rows.constFirst().contains(u"cell_14_mv"_s));
    }

    void chartImageAtTheSizeAsked()
    {
        ExportRequest request;
        request.kind = ExportKind::PowerChartImage;
        request.imageSize = QSize(900, 450);
        request.path = path(u"chart.png"_s);
        const ExportResult result = runAndWait(request);
        QVERIFY2(result.isWritten(), qPrintable(result.error));
        const QImage image(request.path);
        QCOMPARE(image.size(), QSize(900, 450));
    }

    // A file that cannot be written: the failure is said (a message box that does not block).
    void failureIsReported()
    {
        ExportRequest request;
        request.kind = ExportKind::DailyEnergyCsv;
        request.path = path(u"no/such/folder/energy.csv"_s);
        const ExportResult result = runAndWait(request);
        QCOMPARE(result.status, ExportResult::Status::Failed);
        QVERIFY2(result.error.contains(u"energy.csv"), qPrintable(result.error));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) != nullptr && box->isVisible());
        QVERIFY(box->text().contains(u"energy.csv"));
        box->close();
    }
};

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
