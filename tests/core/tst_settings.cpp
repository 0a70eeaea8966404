// kw::Settings over a temporary INI file: defaults, round trips, and hand-edited files with
// wrong types, out-of-range numbers and unknown names.
#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

namespace alerts = kw::alerts;
using kw::Settings;
using kw::net::Scheme;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir->filePath(u"kilowatch.ini"_s); }
    void writeIni(const QByteArray &text) const
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(text), text.size());
    }
    QByteArray readIni() const
    {
        QFile file(iniPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaults()
    {
        QSettings backend(iniPath(), QSettings::IniFormat);
        const Settings settings(&backend);
        QCOMPARE(settings.deviceType(), Settings::DeviceType::SenecHomeV3);
        QCOMPARE(settings.deviceAddress(), QString());
        QCOMPARE(settings.invalidStoredAddress(), QString());
        QCOMPARE(settings.scheme(), Scheme::Auto);
        QVERIFY(!settings.device().has_value());
        QCOMPARE(settings.pollIntervalMs(), 10'000);
        QCOMPARE(settings.useDemo(), false);
        QCOMPARE(settings.hasDevice(), false);
        QCOMPARE(settings.theme(), Settings::Theme::System);
        QCOMPARE(settings.language(), Settings::Language::System);
        QCOMPARE(settings.flowAnimation(), true);
        QCOMPARE(settings.flowFullScaleW(), 10'000.0);
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QCOMPARE(settings.lastView(), QString());
        // Reading must not write anything.
        QVERIFY(!QFile::exists(iniPath()));
    }

    void defaultBackendIsTheApps()
    {
        const Settings settings;
        QCOMPARE(settings.backend()->organizationName(), u"Kilowatch"_s);
        QCOMPARE(settings.backend()->applicationName(), u"kilowatch"_s);
        QCOMPARE(settings.backend()->format(), QSettings::NativeFormat);
        QCOMPARE(settings.backend()->scope(), QSettings::UserScope);
    }

    void roundTrip()
    {
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00 binary\n\0blob", 24);
        const QByteArray state("\x00\x00\x00\xff\x00\x00\x00\x00\xfd", 9);
        {
            QSettings backend(iniPath(), QSettings::IniFormat);
            Settings settings(&backend);
            settings.setDeviceType(Settings::DeviceType::SenecHomeV3);
            QVERIFY(settings.setDeviceAddress(u"  192.168.178.40:8443 "_s));
            settings.setScheme(Scheme::Https);
            settings.setPollIntervalMs(15'000);
            settings.setUseDemo(false);
            settings.setTheme(Settings::Theme::Dark);
            settings.setLanguage(Settings::Language::German);
            settings.setFlowAnimation(false);
            settings.setFlowFullScaleW(7'500.0);
            settings.setWindowGeometry(geometry);
            settings.setWindowState(state);
            settings.setLastView(u"battery"_s);
            QString error;
            QVERIFY2(settings.sync(&error), qPrintable(error));
        }
        QSettings backend(iniPath(), QSettings::IniFormat);
        const Settings settings(&backend);
        QCOMPARE(settings.deviceType(), Settings::DeviceType::SenecHomeV3);
        QCOMPARE(settings.deviceAddress(), u"192.168.178.40:8443"_s);
        QCOMPARE(settings.scheme(), Scheme::Https);
        QCOMPARE(settings.pollIntervalMs(), 15'000);
        QCOMPARE(settings.useDemo(), false);
        QCOMPARE(settings.hasDevice(), true);
        QCOMPARE(settings.theme(), Settings::Theme::Dark);
        QCOMPARE(settings.language(), Settings::Language::German);
        QCOMPARE(settings.flowAnimation(), false);
        QCOMPARE(settings.flowFullScaleW(), 7'500.0);
        QCOMPARE(settings.windowGeometry(), geometry);
        QCOMPARE(settings.windowState(), state);
        QCOMPARE(settings.lastView(), u"battery"_s);
        const auto device = settings.device();
        QVERIFY(device.has_value());
        QCOMPARE(device->host, u"192.168.178.40"_s);
        QCOMPARE(device->port, quint16(8443));
        QCOMPARE(device->scheme, Scheme::Https);

        // Enums are stored by name, so the file reads like what the user chose.
        const QByteArray ini = readIni();
        QVERIFY2(ini.contains("scheme=https"), ini.constData());
        QVERIFY2(ini.contains("theme=dark"), ini.constData());
        QVERIFY2(ini.contains("language=de"), ini.constData());
        QVERIFY2(ini.contains("type=senec-home-v3"), ini.constData());
        QVERIFY2(ini.contains("pollIntervalMs=15000"), ini.constData());
    }

    void demoCountsAsDevice()
    {
        QSettings backend(iniPath(), QSettings::IniFormat);
        Settings settings(&backend);
        QVERIFY(!settings.hasDevice());
        settings.setUseDemo(true);
        QVERIFY(settings.hasDevice());
        QVERIFY(!settings.device().has_value());
    }

    void addressSchemeWinsOverPreference()
    {
        QSettings backend(iniPath(), QSettings::IniFormat);
        Settings settings(&backend);
        settings.setScheme(Scheme::Https);
        QVERIFY(settings.setDeviceAddress(u"http://senec.local"_s));
        QCOMPARE(settings.device()->scheme, Scheme::Http);
        QVERIFY(settings.setDeviceAddress(u"senec.local"_s));
        QCOMPARE(settings.device()->scheme, Scheme::Https);
        settings.setScheme(Scheme::Auto);
        QCOMPARE(settings.device()->scheme, Scheme::Auto);
    }

    void settersValidate()
    {
        QSettings backend(iniPath(), QSettings::IniFormat);
        Settings settings(&backend);
        QVERIFY(settings.setDeviceAddress(u"10.0.0.2"_s));
        QString error;
        QVERIFY(!settings.setDeviceAddress(u"http://10.0.0.3/lala.cgi"_s, &error));
        QVERIFY(error.contains(u"no path"_s));
        QCOMPARE(settings.deviceAddress(), u"10.0.0.2"_s); // the good one is kept
        QVERIFY(settings.setDeviceAddress(u"   "_s));      // empty clears
        QCOMPARE(settings.deviceAddress(), QString());
        QVERIFY(!backend.contains(u"device/address"_s));

        settings.setPollIntervalMs(100);
        QCOMPARE(backend.value(u"device/pollIntervalMs"_s).toInt(), 2'000);
        settings.setPollIntervalMs(24 * 3'600'000);
        QCOMPARE(settings.pollIntervalMs(), 3'600'000);

        settings.setFlowFullScaleW(std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(settings.flowFullScaleW(), 10'000.0);
        settings.setFlowFullScaleW(1.0);
        QCOMPARE(settings.flowFullScaleW(), 500.0);

        settings.setLastView(u"charts"_s);
        settings.setLastView(u"Not A View!"_s);
        QCOMPARE(settings.lastView(), QString());
        QVERIFY(!backend.contains(u"window/lastView"_s));
    }

    void badStoredValues_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("getter");
        QTest::addColumn<QString>("expected");

        QTest::newRow("interval not a number") << QByteArray("[device]\npollIntervalMs=fast\n")
                                               << u"pollIntervalMs"_s << u"10000"_s;
        QTest::newRow("interval too small") << QByteArray("[device]\npollIntervalMs=5\n")
                                            << u"pollIntervalMs"_s << u"2000"_s;
        QTest::newRow("interval negative") << QByteArray("[device]\npollIntervalMs=-30000\n")
                                           << u"pollIntervalMs"_s << u"2000"_s;
        QTest::newRow("interval huge") << QByteArray("[device]\npollIntervalMs=1e300\n")
                                       << u"pollIntervalMs"_s << u"3600000"_s;
        QTest::newRow("interval nan") << QByteArray("[device]\npollIntervalMs=nan\n")
                                      << u"pollIntervalMs"_s << u"10000"_s;
        QTest::newRow("interval list") << QByteArray("[device]\npollIntervalMs=1, 2, 3\n")
                                       << u"pollIntervalMs"_s << u"10000"_s;
        QTest::newRow("interval bytes") << QByteArray("[device]\npollIntervalMs=@ByteArray(5000)\n")
                                        << u"pollIntervalMs"_s << u"10000"_s;
        QTest::newRow("interval fractional") << QByteArray("[device]\npollIntervalMs=2500.4\n")
                                             << u"pollIntervalMs"_s << u"2500"_s;
        QTest::newRow("theme unknown") << QByteArray("[appearance]\ntheme=purple\n")
                                       << u"theme"_s << u"system"_s;
        QTest::newRow("theme number") << QByteArray("[appearance]\ntheme=2\n")
                                      << u"theme"_s << u"system"_s;
        QTest::newRow("language unknown") << QByteArray("[appearance]\nlanguage=fr\n")
                                          << u"language"_s << u"system"_s;
        QTest::newRow("language list") << QByteArray("[appearance]\nlanguage=de, en\n")
                                       << u"language"_s << u"system"_s;
        QTest::newRow("language upper case") << QByteArray("[appearance]\nlanguage=EN\n")
                                             << u"language"_s << u"en"_s;
        QTest::newRow("theme upper case") << QByteArray("[appearance]\ntheme=DARK\n")
                                          << u"theme"_s << u"dark"_s;
        QTest::newRow("scheme unknown") << QByteArray("[device]\nscheme=ftp\n")
                                        << u"scheme"_s << u"auto"_s;
        QTest::newRow("scheme list") << QByteArray("[device]\nscheme=http, https\n")
                                     << u"scheme"_s << u"auto"_s;
        QTest::newRow("type unknown") << QByteArray("[device]\ntype=toaster\n")
                                      << u"deviceType"_s << u"senec-home-v3"_s;
        QTest::newRow("type known, not supported yet") << QByteArray("[device]\ntype=givtcp\n")
                                                     << u"deviceType"_s << u"givtcp"_s;
        QTest::newRow("animation garbage") << QByteArray("[appearance]\nflowAnimation=maybe\n")
                                           << u"flowAnimation"_s << u"true"_s;
        QTest::newRow("animation off") << QByteArray("[appearance]\nflowAnimation=off\n")
                                       << u"flowAnimation"_s << u"false"_s;
        QTest::newRow("animation 2") << QByteArray("[appearance]\nflowAnimation=2\n")
                                     << u"flowAnimation"_s << u"true"_s;
        QTest::newRow("demo garbage") << QByteArray("[device]\ndemo=yes please\n")
                                      << u"useDemo"_s << u"false"_s;
        QTest::newRow("full scale negative") << QByteArray("[appearance]\nflowFullScaleW=-5\n")
                                             << u"flowFullScaleW"_s << u"500"_s;
        QTest::newRow("full scale inf") << QByteArray("[appearance]\nflowFullScaleW=inf\n")
                                        << u"flowFullScaleW"_s << u"10000"_s;
        QTest::newRow("address with path") << QByteArray("[device]\naddress=http://h/lala.cgi\n")
                                           << u"deviceAddress"_s << QString();
        QTest::newRow("address ftp") << QByteArray("[device]\naddress=ftp://h\n")
                                     << u"deviceAddress"_s << QString();
        QTest::newRow("address list") << QByteArray("[device]\naddress=a, b\n")
                                      << u"deviceAddress"_s << QString();
        QTest::newRow("address padded") << QByteArray("[device]\naddress=\"  10.1.2.3  \"\n")
                                        << u"deviceAddress"_s << u"10.1.2.3"_s;
        QTest::newRow("geometry as text") << QByteArray("[window]\ngeometry=800x600\n")
                                          << u"windowGeometry"_s << QString();
        QTest::newRow("state as number") << QByteArray("[window]\nstate=12\n")
                                         << u"windowState"_s << QString();
        QTest::newRow("view with path") << QByteArray("[window]\nlastView=../../etc\n")
                                        << u"lastView"_s << QString();
        QTest::newRow("view upper case") << QByteArray("[window]\nlastView=Battery\n")
                                         << u"lastView"_s << QString();
        QTest::newRow("not an ini file") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0[[[==\n\xff\xfe", 16)
                                         << u"theme"_s << u"system"_s;
    }

    void badStoredValues()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, getter);
        QFETCH(QString, expected);
        writeIni(ini);
        QSettings backend(iniPath(), QSettings::IniFormat);
        const Settings settings(&backend);
        QString actual;
        if (getter == u"pollIntervalMs")
            actual = QString::number(settings.pollIntervalMs());
        else if (getter == u"theme")
            actual = Settings::themeName(settings.theme());
        else if (getter == u"language")
            actual = Settings::languageName(settings.language());
        else if (getter == u"scheme")
            actual = kw::net::schemeName(settings.scheme());
        else if (getter == u"deviceType")
            actual = Settings::deviceTypeName(settings.deviceType());
        else if (getter == u"flowAnimation")
            actual = settings.flowAnimation() ? u"true"_s : u"false"_s;
        else if (getter == u"useDemo")
            actual = settings.useDemo() ? u"true"_s : u"false"_s;
        else if (getter == u"flowFullScaleW")
            actual = QString::number(settings.flowFullScaleW());
        else if (getter == u"deviceAddress")
            actual = settings.deviceAddress();
        else if (getter == u"windowGeometry")
            actual = QString::fromLatin1(settings.windowGeometry());
        else if (getter == u"windowState")
            actual = QString::fromLatin1(settings.windowState());
        else if (getter == u"lastView")
            actual = settings.lastView();
        else
            QFAIL("unknown getter in test data");
        QCOMPARE(actual, expected);
    }

    void invalidAddressIsOfferedForCorrection()
    {
        writeIni("[device]\naddress=http://senec.local/lala.cgi\n");
        QSettings backend(iniPath(), QSettings::IniFormat);
        const Settings settings(&backend);
        QCOMPARE(settings.deviceAddress(), QString());
        QCOMPARE(settings.invalidStoredAddress(), u"http://senec.local/lala.cgi"_s);
        QVERIFY(!settings.hasDevice());
        QVERIFY(!settings.device().has_value());
    }

    void unimplementedTypeIsNoDevice()
    {
        writeIni("[device]\ntype=enphase-envoy\naddress=10.0.0.9\n");
        QSettings backend(iniPath(), QSettings::IniFormat);
        const Settings settings(&backend);
        QCOMPARE(settings.deviceType(), Settings::DeviceType::EnphaseEnvoy);
        QCOMPARE(settings.deviceAddress(), u"10.0.0.9"_s);
        QVERIFY(!settings.hasDevice());
    }

    void oversizedBlobIsIgnored()
    {
        QSettings backend(iniPath(), QSettings::IniFormat);
        Settings settings(&backend);
        settings.setWindowGeometry(QByteArray(Settings::MaxWindowBlobBytes + 1, 'x'));
        QVERIFY(settings.windowGeometry().isEmpty());
        settings.setWindowGeometry(QByteArray(100, 'x'));
        QCOMPARE(settings.windowGeometry().size(), 100);
    }

    void namesRoundTrip()
    {
        for (Settings::DeviceType type : Settings::allDeviceTypes()) {
            QCOMPARE(Settings::parseDeviceType(Settings::deviceTypeName(type)), type);
            QVERIFY(!Settings::deviceTypeDisplayName(type).isEmpty());
        }
        QVERIFY(Settings::isImplemented(Settings::DeviceType::SenecHomeV3));
        QVERIFY(!Settings::isImplemented(Settings::DeviceType::Senertec));
        for (auto theme : {Settings::Theme::System, Settings::Theme::Light, Settings::Theme::Dark})
            QCOMPARE(Settings::parseTheme(Settings::themeName(theme)), theme);
        QVERIFY(!Settings::parseTheme(u""_s).has_value());
        for (auto language : {Settings::Language::System, Settings::Language::English,
                              Settings::Language::German})
            QCOMPARE(Settings::parseLanguage(Settings::languageName(language)), language);
        QCOMPARE(Settings::languageName(Settings::Language::German), u"de"_s);
        QVERIFY(!Settings::parseLanguage(u"deutsch"_s).has_value());
        for (const alerts::AlertKind kind : alerts::allAlertKinds()) {
            QCOMPARE(alerts::parseAlertKind(alerts::alertKindName(kind)), kind);
            QVERIFY(!alerts::alertKindDisplayName(kind).isEmpty());
        }
        QVERIFY(!alerts::parseAlertKind(u"battery"_s).has_value());
        // 12 device, appearance and window keys, 4 tray keys, one switch per alert.
        QCOMPARE(Settings::keys().size(), 16 + alerts::allAlertKinds().size());
        QVERIFY(Settings::keys().contains(u"appearance/language"_s));
        const QStringList keys = Settings::keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size()); // no key twice
    }

    void trayAndAlertSwitches()
    {
        QSettings backend(iniPath(), QSettings::IniFormat);
        {
            Settings settings(&backend);
            // Defaults: every alert on, close to the tray, start with the window.
            for (const alerts::AlertKind kind : alerts::allAlertKinds())
                QVERIFY(settings.alertEnabled(kind));
            QVERIFY(settings.closeToTray());
            QVERIFY(!settings.startMinimised());
            QVERIFY(!settings.closeToTrayExplained());
            QVERIFY(!settings.trayMissingExplained());

            settings.setAlertEnabled(alerts::AlertKind::BatteryFull, false);
            settings.setCloseToTray(false);
            settings.setStartMinimised(true);
            settings.setCloseToTrayExplained(true);
            settings.setTrayMissingExplained(true);
            QVERIFY(settings.sync());
        }
        QSettings reread(iniPath(), QSettings::IniFormat);
        QCOMPARE(reread.value(u"alerts/battery-full"_s).toString(), u"false"_s);
        Settings settings(&reread);
        QVERIFY(!settings.alertEnabled(alerts::AlertKind::BatteryFull));
        QVERIFY(settings.alertEnabled(alerts::AlertKind::BatteryEmpty));
        QVERIFY(!settings.closeToTray());
        QVERIFY(settings.startMinimised());
        QVERIFY(settings.closeToTrayExplained());
        QVERIFY(settings.trayMissingExplained());
    }

    void handEditedSwitchesFallBack()
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[alerts]\ngrid-outage=perhaps\nbattery-empty=off\n"
                   "[tray]\ncloseToTray=0\nstartMinimised=maybe\n");
        file.close();
        QSettings backend(iniPath(), QSettings::IniFormat);
        Settings settings(&backend);
        QVERIFY(settings.alertEnabled(alerts::AlertKind::GridOutage)); // unreadable: the default
        QVERIFY(!settings.alertEnabled(alerts::AlertKind::BatteryEmpty));
        QVERIFY(!settings.closeToTray());
        QVERIFY(!settings.startMinimised());
    }

    void unwritableFileReported()
    {
        // A directory where the file should be: QSettings cannot write it.
        QVERIFY(QDir().mkpath(iniPath()));
        QSettings backend(iniPath(), QSettings::IniFormat);
        Settings settings(&backend);
        settings.setTheme(Settings::Theme::Light);
        QString error;
        QVERIFY(!settings.sync(&error));
        QVERIFY2(error.contains(iniPath()), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
