// The first-start page: the demo button, and Connect only for an address DeviceAddress::parse
// accepts, with the reason on screen otherwise.
#include "thememanager.h"
#include "welcomepage.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using kw::gui::ThemeManager;
using kw::gui::WelcomePage;
using kw::net::Scheme;
using namespace Qt::StringLiterals;

namespace {

template <typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

} // namespace

class TestWelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoButtonEmits()
    {
        WelcomePage page;
        page.resize(1100, 700);
        page.show();
        QSignalSpy demo(&page, &WelcomePage::demoRequested);
        QSignalSpy device(&page, &WelcomePage::deviceRequested);
        QTest::mouseClick(child<QPushButton>(page, u"demoButton"_s), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
        QCOMPARE(device.count(), 0);
    }

    void validAddressEmits()
    {
        WelcomePage page;
        QSignalSpy device(&page, &WelcomePage::deviceRequested);
        auto *edit = child<QLineEdit>(page, u"addressEdit"_s);
        auto *connectButton = child<QPushButton>(page, u"connectButton"_s);
        auto *schemes = child<QComboBox>(page, u"schemeCombo"_s);
        schemes->setCurrentIndex(schemes->findData(int(Scheme::Https)));
        QTest::keyClicks(edit, u"  192.168.178.40:8443 "_s);
        QVERIFY(page.isAddressValid());
        QVERIFY(connectButton->isEnabled());
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(device.count(), 1);
        QCOMPARE(device.at(0).at(0).toString(), u"192.168.178.40:8443"_s);
        QCOMPARE(device.at(0).at(1).value<Scheme>(), Scheme::Https);

        // Return in the field connects too.
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(device.count(), 2);
    }

    void invalidAddressDoesNotEmit_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("empty") << QString() << u"Enter your device's address"_s;
        QTest::newRow("path") << u"192.168.1.5/lala.cgi"_s << u"no path"_s;
        QTest::newRow("ftp") << u"ftp://192.168.1.5"_s << u"unsupported scheme"_s;
        QTest::newRow("user") << u"http://admin@192.168.1.5"_s << u"no path, query or user"_s;
    }

    void invalidAddressDoesNotEmit()
    {
        QFETCH(QString, address);
        QFETCH(QString, reasonContains);
        WelcomePage page;
        QSignalSpy device(&page, &WelcomePage::deviceRequested);
        auto *edit = child<QLineEdit>(page, u"addressEdit"_s);
        edit->setText(address);
        QVERIFY(!page.isAddressValid());
        QVERIFY2(page.addressProblem().contains(reasonContains, Qt::CaseInsensitive), qPrintable(page.addressProblem()));
        QVERIFY(!child<QPushButton>(page, u"connectButton"_s)->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(device.count(), 0);
        // After the attempt the reason is what the page shows, in the error colour.
        auto *message = child<QLabel>(page, u"addressMessageLabel"_s);
        QCOMPARE(message->text(), page.addressProblem());
        QCOMPARE(message->palette().color(QPalette::WindowText),
                 ThemeManager::errorTextColour(page.palette()));
    }

    void connectErrorShownUntilEdited()
    {
        WelcomePage page;
        page.setAddress(u"10.0.0.2"_s, Scheme::Http);
        QCOMPARE(page.scheme(), Scheme::Http);
        QVERIFY(page.isAddressValid());
        page.showConnectError(u"No answer from 10.0.0.2"_s);
        auto *message = child<QLabel>(page, u"addressMessageLabel"_s);
        QCOMPARE(message->text(), u"No answer from 10.0.0.2"_s);
        child<QLineEdit>(page, u"addressEdit"_s)->setText(u"10.0.0.3"_s);
        QVERIFY(message->text() != u"No answer from 10.0.0.2"_s);
    }

    void fitsAtDesignSize()
    {
        WelcomePage page;
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.minimumSizeHint().width() <= 1100);
        QVERIFY(page.minimumSizeHint().height() <= 700);
        // Centred: the demo button sits left of the middle, Connect right of it, both on screen.
        const auto *demo = child<QPushButton>(page, u"demoButton"_s);
        const auto *connectButton = child<QPushButton>(page, u"connectButton"_s);
        const QRect demoRect(demo->mapTo(&page, QPoint(0, 0)), demo->size());
        const QRect connectRect(connectButton->mapTo(&page, QPoint(0, 0)), connectButton->size());
        QVERIFY(page.rect().contains(demoRect));
        QVERIFY(page.rect().contains(connectRect));
        QVERIFY(demoRect.right() < 550);
        QVERIFY(connectRect.left() > 550);
        const int leftGap = demoRect.left();
        const int rightGap = page.width() - connectRect.right();
        QVERIFY2(std::abs(leftGap - rightGap) < 60,
                 qPrintable(u"gaps %1 / %2"_s.arg(leftGap).arg(rightGap)));
    }

    // Renders the page at the main window's size in both palettes; with KW_SETTINGS_SNAPSHOT_DIR
    // set the PNGs are written there to look at.
    void render_data()
    {
        QTest::addColumn<kw::Settings::Theme>("theme");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("name");
        QTest::newRow("light") << kw::Settings::Theme::Light << QString() << u"welcome-light.png"_s;
        QTest::newRow("dark") << kw::Settings::Theme::Dark << QString() << u"welcome-dark.png"_s;
        QTest::newRow("light, typed") << kw::Settings::Theme::Light << u"192.168.178.40"_s
                                      << u"welcome-typed-light.png"_s;
        QTest::newRow("dark, bad address") << kw::Settings::Theme::Dark << u"senec.local/lala.cgi"_s
                                           << u"welcome-invalid-dark.png"_s;
    }

    void render()
    {
        QFETCH(kw::Settings::Theme, theme);
        QFETCH(QString, address);
        QFETCH(QString, name);
        ThemeManager::apply(theme);
        QCoreApplication::processEvents();
        WelcomePage page;
        page.setAddress(address);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QImage image = page.grab().toImage();
        const QPalette palette = page.palette();
        ThemeManager::apply(kw::Settings::Theme::System);
        QCoreApplication::processEvents();

        QCOMPARE(image.size(), QSize(1100, 700) * image.devicePixelRatio());
        QCOMPARE(image.pixelColor(2, 2), palette.color(QPalette::Window));
        QCOMPARE(ThemeManager::isDark(palette), theme == kw::Settings::Theme::Dark);
        // The demo button is drawn in the accent colour.
        const auto *demo = child<QPushButton>(page, u"demoButton"_s);
        const QPoint inButton = demo->mapTo(&page, QPoint(12, demo->height() / 2));
        QCOMPARE(image.pixelColor(inButton), palette.color(QPalette::Highlight));
        const QString directory = qEnvironmentVariable("KW_SETTINGS_SNAPSHOT_DIR");
        if (!directory.isEmpty())
            QVERIFY(image.save(QDir(directory).filePath(name)));
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
