#include "languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTranslator>

namespace kw::app {
namespace {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "kw.app.language", QtInfoMsg)

QString primaryLanguage(const QString &tag)
{
    // "de-DE", "de_AT.UTF-8", "en" -> "de", "de", "en"
    QString code = tag.trimmed().toLower();
    const qsizetype end = code.indexOf(QRegularExpression(u"[-_.@]"_s));
    if (end >= 0)
        code.truncate(end);
    return code;
}

} // namespace

QStringList LanguageSetup::supportedLanguages()
{
    return {u"en"_s, u"de"_s};
}

QString LanguageSetup::resolve(const QString &choice, const QStringList &uiLanguages)
{
    const QString chosen = choice.trimmed().toLower();
    if (supportedLanguages().contains(chosen))
        return chosen;
    for (const QString &tag : uiLanguages) {
        const QString code = primaryLanguage(tag);
        if (supportedLanguages().contains(code))
            return code;
    }
    return u"en"_s;
}

QLocale LanguageSetup::localeFor(const QString &language, const QLocale &system)
{
    const QLocale::Language wanted = language == u"de" ? QLocale::German : QLocale::English;
    // The POSIX "C" locale is English too: LANG=C keeps its plain digits.
    if (wanted == QLocale::English && system.language() == QLocale::C)
        return system;
    // The system's region, but the language's own digits: QLocale::system() answers numbers from
    // LC_NUMERIC, which may still be "C" while LANGUAGE=de asks for German.
    if (system.language() == wanted)
        return QLocale(system.language(), system.script(), system.territory());
    return wanted == QLocale::German ? QLocale(QLocale::German, QLocale::Germany)
                                     : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString LanguageSetup::resourceDirectory()
{
    return u":/kw/translations"_s;
}

LanguageSetup::LanguageSetup() = default;

LanguageSetup::~LanguageSetup()
{
    remove();
}

void LanguageSetup::remove()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

bool LanguageSetup::install(const QString &language)
{
    remove();
    m_language = resolve(language, {});
    // QLocale(): the system's unless the program chose another already (tests pin "C").
    QLocale::setDefault(localeFor(m_language, QLocale()));

    // English needs its file too: it holds the English plural forms ("1 cell", "2 cells").
    auto app = std::make_unique<QTranslator>();
    const bool appLoaded = app->load(u"kilowatch_"_s + m_language, resourceDirectory());
    if (appLoaded) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    } else {
        qCWarning(lcLanguage) << "no translation for" << m_language << "in" << resourceDirectory();
    }
    // Qt's own texts: only where the system ships them; English needs none.
    if (m_language != u"en") {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(u"qtbase_"_s + m_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        } else {
            qCInfo(lcLanguage) << "no Qt translation for" << m_language << "in"
                               << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        }
    }
    qCDebug(lcLanguage) << "UI language" << m_language << "locale" << QLocale().name()
                        << "Qt translation" << (m_qt != nullptr);
    return appLoaded;
}

bool LanguageSetup::hasQtTranslation() const
{
    return m_qt != nullptr;
}

} // namespace kw::app
