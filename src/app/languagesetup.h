#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace kw::app {

// Chooses the UI language (the setting or --language, else the system's) and installs it for the
// whole application: Kilowatch's own translation (embedded under :/kw/translations), Qt's qtbase
// translation where the system has one, and the default QLocale, so that numbers and dates in
// the UI follow the language. Exports stay locale-free (CsvFormat). Removes its translators again
// when destroyed.
class LanguageSetup
{
public:
    // The languages Kilowatch speaks, as codes: "en", "de".
    static QStringList supportedLanguages();
    // "en" or "de" for a choice "en"/"de" (any case); for "system" or anything else the first of
    // `uiLanguages` (QLocale::uiLanguages(): "de-DE", "en-GB", "fr"…) that Kilowatch speaks, else
    // "en".
    static QString resolve(const QString &choice, const QStringList &uiLanguages);
    // The locale for numbers and dates in `language`: the system's region when it speaks that
    // language (de-AT, en-GB), else the language's main locale (de-DE, en-US); the "C" locale
    // counts as English and stays.
    static QLocale localeFor(const QString &language, const QLocale &system);
    // Where the embedded .qm files live.
    static QString resourceDirectory();

    LanguageSetup();
    ~LanguageSetup();
    LanguageSetup(const LanguageSetup &) = delete;
    LanguageSetup &operator=(const LanguageSetup &) = delete;

    // Installs `language` (resolve()d), replacing what an earlier call installed. False when
    // Kilowatch's own translation cannot be loaded (the UI then stays English).
    bool install(const QString &language);
    QString language() const { return m_language; }
    // Whether Qt's own texts (standard buttons, context menus) are translated too.
    bool hasQtTranslation() const;

private:
    void remove();

    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace kw::app
