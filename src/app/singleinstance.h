#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>

class QLocalServer;

namespace kw::app {

Q_DECLARE_LOGGING_CATEGORY(lcInstance) // "kw.instance"

// One Kilowatch per user and settings file: the first run listens on a local socket (a Unix
// socket in the temp folder, a named pipe on Windows); a later run with the same key finds it,
// asks it to come to the front and ends. The key holds the user and the settings file, so two
// users on one machine, or test runs each with their own --settings file, never see each other.
// A socket left behind by a crashed run answers nobody: it is removed and taken over.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role : quint8 {
        Primary,   // nobody else runs with this key: this run serves it
        Secondary, // another run has it and was asked to come to the front
        Busy,      // another run has it but did not answer (errorString()): it hangs
        Failed,    // could not listen (errorString()); the caller may run on unprotected
    };

    static constexpr int DefaultTimeoutMs = 3'000;

    explicit SingleInstance(QString key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // "kilowatch-" + a hash of the user and the settings file's absolute path (the user's own
    // settings when `settingsPath` is empty).
    static QString keyFor(const QString &settingsPath);

    // Becomes the primary, or reaches the primary and asks it to activate (waiting up to
    // `timeoutMs` for its answer).
    Role start(int timeoutMs = DefaultTimeoutMs);
    QString key() const { return m_key; }
    // The server's full name (socket path on Unix), once listening.
    QString serverName() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // In the primary: another run asked for the window.
    void activationRequested();

private:
    bool listen();
    // True when a primary answered the activation request.
    bool askPrimaryToActivate(int timeoutMs);
    void onNewConnection();

    QString m_key;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace kw::app
