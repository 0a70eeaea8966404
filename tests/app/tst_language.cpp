// The UI language: chosen from --language, the setting or the system's list; the German
// translation embedded in the app and installed with Qt's own; numbers in German with a decimal
// comma; the English plural forms; the translators gone again with the controller.
#include "appcontroller.h"
#include "appoptions.h"
#include "energyflowwidget.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "powerformatter.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using kw::Settings;
using kw::app::AppController;
using kw::app::LanguageSetup;

class TestLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    kw::app::AppOptions optionsWith(Settings::Language language, const QString &name)
    {
        kw::app::AppOptions options;
        options.settingsPath = m_dir.filePath(name + u".ini"_s);
        options.historyPath = m_dir.filePath(name + u".sqlite"_s);
        options.trustFile = m_dir.filePath(name + u"-trust.json"_s);
        QSettings backend(options.settingsPath, QSettings::IniFormat);
        Settings settings(&backend);
        settings.setLanguage(language);
        [&] { QVERIFY(settings.sync()); }();
        return options;
    }

    static QString menuTitle(const kw::gui::MainWindow *window, int index)
    {
        const QList<QAction *> menus = window->menuBar()->actions();
        return index < menus.size() ? menus.at(index)->text() : QString();
    }

    // The accelerator letters (after '&') of `actions`, lower case; a clash shows as a duplicate.
    static QStringList accelerators(const QList<QAction *> &actions)
    {
        QStringList letters;
        for (const QAction *action : actions) {
            const QString text = action->text();
            const qsizetype at = text.indexOf(u'&');
            if (!action->isSeparator() && at >= 0 && at + 1 < text.size())
                letters.append(text.mid(at + 1, 1).toLower());
        }
        return letters;
    }

    static bool showsLabel(const QWidget *root, const QString &text)
    {
        const QList<QLabel *> labels = root->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](const QLabel *label) { return label->text() == text; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale::c());
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system German") << u"system"_s << QStringList{u"de-DE"_s, u"en-US"_s} << u"de"_s;
        QTest::newRow("system Austrian") << u"system"_s << QStringList{u"de-AT"_s} << u"de"_s;
        QTest::newRow("LANG style") << u"system"_s << QStringList{u"de_DE.UTF-8"_s} << u"de"_s;
        QTest::newRow("French, then English") << u"system"_s << QStringList{u"fr-FR"_s, u"en-GB"_s} << u"en"_s;
        QTest::newRow("French, then German") << u"system"_s << QStringList{u"fr"_s, u"de"_s} << u"de"_s;
        QTest::newRow("nothing spoken") << u"system"_s << QStringList{u"fr-FR"_s} << u"en"_s;
        QTest::newRow("empty list") << u"system"_s << QStringList{} << u"en"_s;
        QTest::newRow("English chosen") << u"en"_s << QStringList{u"de-DE"_s} << u"en"_s;
        QTest::newRow("German chosen") << u"DE"_s << QStringList{u"en-US"_s} << u"de"_s;
        QTest::newRow("unknown choice") << u"klingon"_s << QStringList{u"de-CH"_s} << u"de"_s;
    }

    void resolve()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(LanguageSetup::resolve(choice, uiLanguages), expected);
    }

    void localeForLanguage()
    {
        const QLocale austria(QLocale::German, QLocale::Austria);
        QCOMPARE(LanguageSetup::localeFor(u"de"_s, austria), austria);
        QCOMPARE(LanguageSetup::localeFor(u"de"_s, QLocale::c()).language(), QLocale::German);
        QCOMPARE(LanguageSetup::localeFor(u"de"_s, QLocale::c()).decimalPoint(), u","_s);
        QCOMPARE(LanguageSetup::localeFor(u"en"_s, QLocale::c()), QLocale::c());
        QCOMPARE(LanguageSetup::localeFor(u"en"_s, austria).language(), QLocale::English);
    }

    void commandLineOption()
    {
        const auto args = [](const QStringList &rest) { return QStringList{u"kilowatch"_s} + rest; };
        auto parsed = kw::app::parseAppOptions(args({u"--language"_s, u"DE"_s}));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.options.language, u"de"_s);
        parsed = kw::app::parseAppOptions(args({}));
        QVERIFY(parsed.ok);
        QVERIFY(parsed.options.language.isEmpty());
        parsed = kw::app::parseAppOptions(args({u"--language"_s, u"fr"_s}));
        QVERIFY(!parsed.ok);
        QVERIFY2(parsed.error.contains(u"fr"_s), qPrintable(parsed.error));
    }

    void translationsAreEmbedded()
    {
        for (const QString &language : LanguageSetup::supportedLanguages()) {
            const QString path = LanguageSetup::resourceDirectory() + u"/kilowatch_"_s + language + u".qm"_s;
            QVERIFY2(QFile::exists(path), qPrintable(path));
        }
    }

    void germanFromTheSetting()
    {
        {
            AppController controller(optionsWith(Settings::Language::German, u"german"_s));
            QVERIFY2(controller.start(), qPrintable(controller.errorString()));
            QCOMPARE(controller.language(), u"de"_s);
            kw::gui::MainWindow *window = controller.window();
            QVERIFY(window);
            QCOMPARE(menuTitle(window, 0), u"&Datei"_s);
            QCOMPARE(menuTitle(window, 1), u"&Ansicht"_s);
            QVERIFY(showsLabel(window->welcomePage(), u"Willkommen bei Kilowatch"_s));
            // Every menu and the menu bar keep one accelerator per entry, none twice.
            QList<QList<QAction *>> groups{window->menuBar()->actions()};
            for (const QAction *menu : window->menuBar()->actions())
                groups.append(menu->menu()->actions());
            for (const QList<QAction *> &group : groups) {
                const QStringList letters = accelerators(group);
                const QSet<QString> distinct(letters.cbegin(), letters.cend());
                QVERIFY2(distinct.size() == letters.size(), qPrintable(letters.join(u' ')));
                QCOMPARE(letters.size(), qsizetype(std::count_if(group.cbegin(), group.cend(),
                                                                  [](const QAction *a) { return !a->isSeparator(); })));
            }
        }
    }

    void germanNumbers()
    {
        AppController controller(optionsWith(Settings::Language::German, u"numbers"_s));
        QVERIFY(controller.start());
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(kw::gui::PowerFormatter::format(5'204, kw::gui::PowerUnit::Kilowatt), u"5,20 kW"_s);
        QCOMPARE(kw::gui::PowerFormatter::formatEnergy(12'400), u"12,4 kWh"_s);

        kw::EnergySnapshot snapshot;
        snapshot.timestampMs = 1'782'030'600'000;
        snapshot.pvW = 5'204;
        snapshot.houseW = 1'480;
        snapshot.gridW = -2'224;
        snapshot.batteryW = 1'500;
        snapshot.socPercent = 62.5;
        kw::gui::EnergyFlowWidget *flow = controller.window()->flowWidget();
        flow->setSnapshot(snapshot);
        const QString pv = flow->labelText(kw::gui::FlowNode::Pv);
        QVERIFY2(pv.contains(u"5,20 kW"_s), qPrintable(pv));
        const QString grid = flow->labelText(kw::gui::FlowNode::Grid);
        QVERIFY2(grid.contains(u"2,22 kW"_s), qPrintable(grid));
        const QString description = flow->accessibleDescription();
        QVERIFY2(description.contains(u"Einspeisung"_s) && description.contains(u"lädt"_s),
                 qPrintable(description));
        // Qt's own texts follow where the system has them.
        const QString qtGerman = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
        if (QFile::exists(qtGerman))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }

    // The settings dialog in German, with the language choice on the Appearance tab; its tabs
    // are saved as PNGs when KW_LANGUAGE_SNAPSHOT_DIR names a folder.
    void germanSettingsDialog()
    {
        const kw::app::AppOptions options = optionsWith(Settings::Language::German, u"dialog"_s);
        AppController controller(options);
        QVERIFY(controller.start());
        QSettings backend(options.settingsPath, QSettings::IniFormat);
        Settings settings(&backend);
        kw::gui::SettingsDialog dialog;
        dialog.load(settings);
        auto *tabs = dialog.findChild<QTabWidget *>(u"tabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), u"&Gerät"_s);
        QCOMPARE(tabs->tabText(1), u"&Darstellung"_s);
        auto *languages = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        QVERIFY(languages);
        QCOMPARE(languages->count(), 3);
        QCOMPARE(languages->currentText(), u"Deutsch"_s);
        QCOMPARE(languages->itemText(0), u"Wie das System"_s);

        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString directory = qEnvironmentVariable("KW_LANGUAGE_SNAPSHOT_DIR");
        for (int tab = 0; tab < tabs->count() && !directory.isEmpty(); ++tab) {
            tabs->setCurrentIndex(tab);
            QVERIFY(dialog.grab().save(QDir(directory).filePath(u"settings-tab%1.png"_s.arg(tab + 1))));
        }

        languages->setCurrentIndex(languages->findText(u"English"_s));
        dialog.save(settings);
        QCOMPARE(settings.language(), Settings::Language::English);
    }

    void englishPluralsAndGoneAgain()
    {
        {
            AppController controller(optionsWith(Settings::Language::German, u"plural-de"_s));
            QVERIFY(controller.start());
            QCOMPARE(QCoreApplication::translate("kw::gui::BatteryView", "%n cells", nullptr, 1), u"1 Zelle"_s);
            QCOMPARE(QCoreApplication::translate("kw::gui::BatteryView", "%n cells", nullptr, 38), u"38 Zellen"_s);
        }
        // The controller took its translators with it.
        QCOMPARE(QCoreApplication::translate("kw::gui::BatteryView", "%n cells", nullptr, 38), u"38 cells"_s);

        QLocale::setDefault(QLocale::c());
        kw::app::AppOptions options = optionsWith(Settings::Language::German, u"plural-en"_s);
        options.language = u"en"_s; // the command line wins over the setting
        AppController controller(options);
        QVERIFY(controller.start());
        QCOMPARE(controller.language(), u"en"_s);
        QCOMPARE(menuTitle(controller.window(), 0), u"&File"_s);
        QCOMPARE(QCoreApplication::translate("kw::gui::BatteryView", "%n cells", nullptr, 1), u"1 cell"_s);
        QCOMPARE(QCoreApplication::translate("kw::gui::BatteryView", "%n cells", nullptr, 38), u"38 cells"_s);
        QCOMPARE(QLocale(), QLocale::c()); // LANG=C keeps its plain digits
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
