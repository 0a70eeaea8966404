// The Settings dialog: load/save round trip through kw::Settings, live address validation that
// disables OK with a reason, the scheme an address names, and "Forget" for the pinned certificate.
// Also ThemeManager, whose palettes the dialog is rendered with.
#include "alerts/alertkind.h"
#include "settingsdialog.h"
#include "thememanager.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>

#include <memory>

using kw::Settings;
using kw::gui::SettingsDialog;
using kw::gui::ThemeManager;
using kw::net::Scheme;
using namespace Qt::StringLiterals;

namespace {

const QString Fingerprint = u"3f6a1c2b9d8e7f60112233445566778899aabbccddeeff00112233445566aa55"_s;

template <typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

QPushButton *okButton(const SettingsDialog &dialog)
{
    return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_backend;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_backend = std::make_unique<QSettings>(m_dir->filePath(u"k.ini"_s), QSettings::IniFormat);
    }
    void cleanup()
    {
        m_backend.reset();
        m_dir.reset();
    }

    void loadSaveRoundTrip()
    {
        Settings in(m_backend.get());
        QVERIFY(in.setDeviceAddress(u"192.168.178.40:8443"_s));
        in.setScheme(Scheme::Https);
        in.setPollIntervalMs(30'000);
        in.setTheme(Settings::Theme::Dark);
        in.setFlowAnimation(false);
        in.setFlowFullScaleW(6'500.0);

        SettingsDialog dialog;
        dialog.load(in);
        QCOMPARE(child<QLineEdit>(dialog, u"addressEdit"_s)->text(), u"192.168.178.40:8443"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"pollIntervalSpin"_s)->value(), 30);
        QCOMPARE(child<QComboBox>(dialog, u"schemeCombo"_s)->currentData().toInt(),
                 int(Scheme::Https));
        QCOMPARE(child<QComboBox>(dialog, u"themeCombo"_s)->currentData().toInt(),
                 int(Settings::Theme::Dark));
        QCOMPARE(child<QCheckBox>(dialog, u"animationCheck"_s)->isChecked(), false);
        QCOMPARE(child<QDoubleSpinBox>(dialog, u"fullScaleSpin"_s)->value(), 6.5);
        QVERIFY(dialog.isInputValid());
        QVERIFY(okButton(dialog)->isEnabled());

        // Save into a second file: every value must come from the dialog, not linger.
        QSettings otherBackend(m_dir->filePath(u"other.ini"_s), QSettings::IniFormat);
        Settings out(&otherBackend);
        dialog.save(out);
        QCOMPARE(out.deviceAddress(), u"192.168.178.40:8443"_s);
        QCOMPARE(out.scheme(), Scheme::Https);
        QCOMPARE(out.pollIntervalMs(), 30'000);
        QCOMPARE(out.theme(), Settings::Theme::Dark);
        QCOMPARE(out.flowAnimation(), false);
        QCOMPARE(out.flowFullScaleW(), 6'500.0);
        QCOMPARE(out.useDemo(), false);
        QCOMPARE(out.deviceType(), Settings::DeviceType::SenecHomeV3);
    }

    void editedValuesAreSaved()
    {
        Settings settings(m_backend.get());
        SettingsDialog dialog;
        dialog.load(settings);
        child<QLineEdit>(dialog, u"addressEdit"_s)->setText(u"senec.local"_s);
        child<QSpinBox>(dialog, u"pollIntervalSpin"_s)->setValue(5);
        auto *themes = child<QComboBox>(dialog, u"themeCombo"_s);
        themes->setCurrentIndex(themes->findData(int(Settings::Theme::Light)));
        child<QCheckBox>(dialog, u"animationCheck"_s)->setChecked(false);
        dialog.save(settings);
        QCOMPARE(settings.deviceAddress(), u"senec.local"_s);
        QCOMPARE(settings.pollIntervalMs(), 5'000);
        QCOMPARE(settings.theme(), Settings::Theme::Light);
        QCOMPARE(settings.flowAnimation(), false);
        QVERIFY(settings.hasDevice());
    }

    void trayAndAlertsRoundTrip()
    {
        // Defaults: close to tray on, start minimised off, every alert on.
        {
            Settings defaults(m_backend.get());
            SettingsDialog dialog;
            dialog.load(defaults);
            QVERIFY(child<QCheckBox>(dialog, u"closeToTrayCheck"_s)->isChecked());
            QVERIFY(!child<QCheckBox>(dialog, u"startMinimisedCheck"_s)->isChecked());
            for (const kw::alerts::AlertKind kind : kw::alerts::allAlertKinds())
                QVERIFY(dialog.alertCheck(kind)->isChecked());
        }

        Settings in(m_backend.get());
        in.setCloseToTray(false);
        in.setStartMinimised(true);
        in.setAlertEnabled(kw::alerts::AlertKind::BatteryFull, false);
        in.setAlertEnabled(kw::alerts::AlertKind::GridOutage, false);
        SettingsDialog dialog;
        dialog.load(in);
        QVERIFY(!child<QCheckBox>(dialog, u"closeToTrayCheck"_s)->isChecked());
        QVERIFY(child<QCheckBox>(dialog, u"startMinimisedCheck"_s)->isChecked());
        // One switch per kind, labelled with its display name, found by its stable name.
        for (const kw::alerts::AlertKind kind : kw::alerts::allAlertKinds()) {
            auto *check = child<QCheckBox>(dialog, u"alertCheck-"_s + kw::alerts::alertKindName(kind));
            QCOMPARE(dialog.alertCheck(kind), check);
            QCOMPARE(check->text(), kw::alerts::alertKindDisplayName(kind));
            QCOMPARE(check->isChecked(), in.alertEnabled(kind));
        }
        QCOMPARE(dialog.findChildren<QCheckBox *>(QRegularExpression(u"^alertCheck-"_s)).size(),
                 kw::alerts::allAlertKinds().size());

        // Edited, then saved into a second file: every value comes from the dialog.
        child<QCheckBox>(dialog, u"closeToTrayCheck"_s)->setChecked(true);
        dialog.alertCheck(kw::alerts::AlertKind::BatteryFull)->setChecked(true);
        dialog.alertCheck(kw::alerts::AlertKind::Unreachable)->setChecked(false);
        QSettings otherBackend(m_dir->filePath(u"other.ini"_s), QSettings::IniFormat);
        Settings out(&otherBackend);
        dialog.save(out);
        QVERIFY(out.closeToTray());
        QVERIFY(out.startMinimised());
        QVERIFY(out.alertEnabled(kw::alerts::AlertKind::BatteryFull));
        QVERIFY(!out.alertEnabled(kw::alerts::AlertKind::GridOutage));
        QVERIFY(!out.alertEnabled(kw::alerts::AlertKind::Unreachable));
        QVERIFY(out.alertEnabled(kw::alerts::AlertKind::BatteryEmpty));
        // The offscreen platform has no tray: the dialog says where notifications go instead.
        QVERIFY(child<QLabel>(dialog, u"trayHint"_s)->text().contains(u"status bar"_s));
    }

    void intervalLimits()
    {
        SettingsDialog dialog;
        auto *spin = child<QSpinBox>(dialog, u"pollIntervalSpin"_s);
        QCOMPARE(spin->minimum(), 2);
        QCOMPARE(spin->maximum(), 3600);
        QCOMPARE(spin->value(), 10);
    }

    void invalidAddressDisablesOk_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("path") << u"http://192.168.1.5/lala.cgi"_s << u"no path"_s;
        QTest::newRow("ftp") << u"ftp://192.168.1.5"_s << u"unsupported scheme"_s;
        QTest::newRow("empty") << QString() << u"Enter your device's address"_s;
        QTest::newRow("blank") << u"   "_s << u"Enter your device's address"_s;
    }

    void invalidAddressDisablesOk()
    {
        QFETCH(QString, address);
        QFETCH(QString, reasonContains);
        SettingsDialog dialog;
        auto *edit = child<QLineEdit>(dialog, u"addressEdit"_s);
        edit->setText(u"192.168.1.5"_s);
        QVERIFY(okButton(dialog)->isEnabled());

        edit->setText(address);
        QVERIFY(!dialog.isInputValid());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog.validationProblem().contains(reasonContains, Qt::CaseInsensitive),
                 qPrintable(dialog.validationProblem()));
        // The reason is on screen, not only in a tooltip.
        QCOMPARE(child<QLabel>(dialog, u"addressMessageLabel"_s)->text(), dialog.validationProblem());
        QCOMPARE(okButton(dialog)->toolTip(), dialog.validationProblem());

        edit->setText(u"https://[fd00::5]:8443"_s);
        QVERIFY(dialog.isInputValid());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"addressMessageLabel"_s)->text().contains(u"https://[fd00::5]:8443"_s));
    }

    void typedInvalidAddressDisablesOk()
    {
        SettingsDialog dialog;
        auto *edit = child<QLineEdit>(dialog, u"addressEdit"_s);
        QTest::keyClicks(edit, u"10.0.0.7"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::keyClicks(edit, u"/x"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void demoNeedsNoAddress()
    {
        Settings settings(m_backend.get());
        QVERIFY(settings.setDeviceAddress(u"10.0.0.2"_s));
        SettingsDialog dialog;
        dialog.load(settings);
        child<QLineEdit>(dialog, u"addressEdit"_s)->clear();
        QVERIFY(!okButton(dialog)->isEnabled());
        child<QRadioButton>(dialog, u"demoRadio"_s)->setChecked(true);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, u"addressEdit"_s)->isEnabled());
        dialog.save(settings);
        QVERIFY(settings.useDemo());
        QVERIFY(settings.hasDevice());
    }

    void addressSchemeLocksCombo()
    {
        SettingsDialog dialog;
        auto *edit = child<QLineEdit>(dialog, u"addressEdit"_s);
        auto *schemes = child<QComboBox>(dialog, u"schemeCombo"_s);
        schemes->setCurrentIndex(schemes->findData(int(Scheme::Https)));
        Q_EMIT schemes->activated(schemes->currentIndex());
        edit->setText(u"http://10.0.0.3"_s);
        QCOMPARE(schemes->currentData().toInt(), int(Scheme::Http));
        QVERIFY(!schemes->isEnabled());
        edit->setText(u"10.0.0.3"_s); // the user's own choice comes back
        QCOMPARE(schemes->currentData().toInt(), int(Scheme::Https));
        QVERIFY(schemes->isEnabled());
    }

    void unimplementedTypesAreDisabled()
    {
        SettingsDialog dialog;
        auto *types = child<QComboBox>(dialog, u"deviceTypeCombo"_s);
        auto *model = qobject_cast<QStandardItemModel *>(types->model());
        QVERIFY(model);
        QCOMPARE(types->count(), Settings::allDeviceTypes().size());
        int enabled = 0;
        for (int row = 0; row < types->count(); ++row) {
            const auto type = static_cast<Settings::DeviceType>(types->itemData(row).toInt());
            QCOMPARE(model->item(row)->isEnabled(), Settings::isImplemented(type));
            enabled += model->item(row)->isEnabled() ? 1 : 0;
            if (!Settings::isImplemented(type))
                QVERIFY(types->itemText(row).contains(u"not supported yet"_s));
        }
        QCOMPARE(enabled, 1);

        // A hand-edited file naming an unsupported type: shown, but OK refuses it.
        Settings settings(m_backend.get());
        settings.setDeviceType(Settings::DeviceType::GivTcp);
        QVERIFY(settings.setDeviceAddress(u"10.0.0.4"_s));
        dialog.load(settings);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.validationProblem().contains(u"not supported yet"_s));
    }

    void invalidStoredAddressIsShownForCorrection()
    {
        m_backend->setValue(u"device/address"_s, u"https://senec.local/lala.cgi"_s);
        Settings settings(m_backend.get());
        SettingsDialog dialog;
        dialog.load(settings);
        QCOMPARE(child<QLineEdit>(dialog, u"addressEdit"_s)->text(), u"https://senec.local/lala.cgi"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void forgetEmitsAndShowsWhatHappensNext()
    {
        SettingsDialog dialog;
        auto *forget = child<QPushButton>(dialog, u"forgetButton"_s);
        auto *fingerprint = child<QLabel>(dialog, u"fingerprintLabel"_s);
        auto *status = child<QLabel>(dialog, u"certificateStatusLabel"_s);
        QCOMPARE(fingerprint->text(), u"None pinned"_s);
        QVERIFY(!forget->isEnabled());

        dialog.setPinnedFingerprint(Fingerprint, u"192.168.1.5:443"_s);
        QVERIFY(forget->isEnabled());
        QVERIFY2(fingerprint->text().startsWith(u"3F:6A:1C:2B"_s), qPrintable(fingerprint->text()));
        QVERIFY(fingerprint->text().endsWith(u"66:AA:55"_s));
        QCOMPARE(fingerprint->text().count(u'\n'), 1);
        QVERIFY(status->text().contains(u"192.168.1.5:443"_s));

        QSignalSpy spy(&dialog, &SettingsDialog::forgetCertificateRequested);
        QTest::mouseClick(forget, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!forget->isEnabled());
        QCOMPARE(fingerprint->text(), u"None pinned"_s);
        QVERIFY2(status->text().contains(u"next HTTPS connection"_s), qPrintable(status->text()));
        QVERIFY(dialog.result() != QDialog::Accepted); // forgetting does not close the dialog
    }

    void colonFingerprintAccepted()
    {
        SettingsDialog dialog;
        dialog.setPinnedFingerprint(u"AB:CD:EF"_s);
        QCOMPARE(child<QLabel>(dialog, u"fingerprintLabel"_s)->text(), u"AB:CD:EF"_s);
        QString withColons;
        for (int i = 0; i < Fingerprint.size(); i += 2)
            withColons += (i ? u":"_s : QString()) + Fingerprint.mid(i, 2).toUpper();
        dialog.setPinnedFingerprint(withColons);
        QVERIFY(child<QLabel>(dialog, u"fingerprintLabel"_s)->text().startsWith(u"3F:6A"_s));
        QVERIFY(child<QPushButton>(dialog, u"forgetButton"_s)->isEnabled());
    }

    void errorTextIsColoured()
    {
        SettingsDialog dialog;
        auto *message = child<QLabel>(dialog, u"addressMessageLabel"_s);
        child<QLineEdit>(dialog, u"addressEdit"_s)->setText(u"ftp://x"_s);
        const QColor error = message->palette().color(QPalette::WindowText);
        QCOMPARE(error, ThemeManager::errorTextColour(dialog.palette()));
        child<QLineEdit>(dialog, u"addressEdit"_s)->setText(u"10.0.0.1"_s);
        QVERIFY(message->palette().color(QPalette::WindowText) != error);
    }

    // ThemeManager lives in the same executable: it changes application-wide state, so these run
    // last and restore the system look.
    void themeDarkAndBack()
    {
        const QPalette original = QApplication::palette();
        const QString originalStyle = QApplication::style()->name();
        QVERIFY(!ThemeManager::isDark(original)); // offscreen's default palette is light

        ThemeManager::apply(Settings::Theme::Dark);
        QCOMPARE(ThemeManager::current(), Settings::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 60);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
        QVERIFY(ThemeManager::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        // A widget created now and an existing one both see it.
        SettingsDialog dialog;
        QVERIFY(ThemeManager::isDark(dialog.palette()));

        ThemeManager::apply(Settings::Theme::Light);
        QVERIFY(!ThemeManager::isDark(QApplication::palette()));
        QTRY_VERIFY(!ThemeManager::isDark(dialog.palette())); // posted palette-change events

        ThemeManager::apply(Settings::Theme::System);
        QCOMPARE(ThemeManager::current(), Settings::Theme::System);
        QCOMPARE(QApplication::style()->name(), originalStyle);
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            if (role == QPalette::NoRole)
                continue;
            for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
                const auto r = static_cast<QPalette::ColorRole>(role);
                QCOMPARE(QApplication::palette().color(group, r), original.color(group, r));
            }
        }
        QTRY_COMPARE(dialog.palette().color(QPalette::Window), original.color(QPalette::Window));
    }

    void palettesAreComplete()
    {
        for (const QPalette &palette : {ThemeManager::lightPalette(), ThemeManager::darkPalette()}) {
            const bool dark = ThemeManager::isDark(palette);
            QCOMPARE(dark, palette.color(QPalette::Window).lightness() < 128);
            // Disabled text differs from enabled text, and both differ from the background.
            QVERIFY(palette.color(QPalette::Disabled, QPalette::Text)
                    != palette.color(QPalette::Active, QPalette::Text));
            QVERIFY(palette.color(QPalette::Disabled, QPalette::ButtonText)
                    != palette.color(QPalette::Disabled, QPalette::Button));
            QVERIFY(palette.color(QPalette::PlaceholderText) != palette.color(QPalette::Text));
            QVERIFY(palette.color(QPalette::ToolTipText) != palette.color(QPalette::ToolTipBase));
            QVERIFY(palette.color(QPalette::HighlightedText) != palette.color(QPalette::Highlight));
            QVERIFY(palette.color(QPalette::Link) != palette.color(QPalette::Base));
        }
        QVERIFY(ThemeManager::isDark(ThemeManager::darkPalette()));
        QVERIFY(!ThemeManager::isDark(ThemeManager::lightPalette()));
    }

    // Renders the dialog filled in (and once with a bad address) in both palettes: the pixels
    // follow the theme; with KW_SETTINGS_SNAPSHOT_DIR set the PNGs are written there to look at.
    void render_data()
    {
        QTest::addColumn<Settings::Theme>("theme");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("name");
        QTest::newRow("light") << Settings::Theme::Light << u"192.168.178.40"_s
                               << u"settings-dialog-light.png"_s;
        QTest::newRow("dark") << Settings::Theme::Dark << u"192.168.178.40"_s
                              << u"settings-dialog-dark.png"_s;
        QTest::newRow("light, bad address") << Settings::Theme::Light << u"192.168.178.40/lala.cgi"_s
                                            << u"settings-dialog-invalid-light.png"_s;
        QTest::newRow("dark, bad address") << Settings::Theme::Dark << u"ftp://senec.local"_s
                                           << u"settings-dialog-invalid-dark.png"_s;
    }

    void render()
    {
        QFETCH(Settings::Theme, theme);
        QFETCH(QString, address);
        QFETCH(QString, name);
        ThemeManager::apply(theme);
        QCoreApplication::processEvents();
        Settings settings(m_backend.get());
        settings.setTheme(theme);
        SettingsDialog dialog;
        dialog.load(settings);
        child<QLineEdit>(dialog, u"addressEdit"_s)->setText(address);
        dialog.setPinnedFingerprint(Fingerprint, u"192.168.178.40:443"_s);
        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage image = dialog.grab().toImage();
        ThemeManager::apply(Settings::Theme::System);
        QCoreApplication::processEvents();

        const QColor background = image.pixelColor(4, image.height() / 2);
        QCOMPARE(background.lightness() < 128, theme == Settings::Theme::Dark);
        const QString directory = qEnvironmentVariable("KW_SETTINGS_SNAPSHOT_DIR");
        if (directory.isEmpty())
            return;
        QVERIFY(image.save(QDir(directory).filePath(name)));
        auto *tabs = child<QTabWidget>(dialog, u"tabs"_s);
        for (int tab = 1; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QVERIFY(dialog.grab().save(QDir(directory).filePath(u"tab%1-"_s.arg(tab) + name)));
        }
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
