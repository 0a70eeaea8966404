#include "singleinstance.h"

#include "settings/settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>

#include <memory>

namespace kw::app {

Q_LOGGING_CATEGORY(lcInstance, "kw.instance")

namespace {

// One line each way; anything else on the socket is ignored.
constexpr QByteArrayView ActivateRequest = "kilowatch activate\n";
constexpr QByteArrayView ActivateAnswer = "ok\n";
constexpr qint64 MaxLineBytes = 64;

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    // The home folder tells users apart even where the variables are unset (services, sudo -E).
    return name + u'|' + QDir::homePath();
}

} // namespace

SingleInstance::SingleInstance(QString key, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file, so the next start finds no stale one
}

QString SingleInstance::keyFor(const QString &settingsPath)
{
    QString file = settingsPath;
    if (file.isEmpty())
        file = Settings().backend()->fileName();
    // The folder resolved (symbolic links, "..") but not the file: a run that creates the file
    // must compute the same key as one that finds it.
    const QFileInfo info(file);
    const QString folder = info.absoluteDir().canonicalPath();
    const QString path = folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                                          : folder + u'/' + info.fileName();
    const QByteArray identity = (userName() + u'\n' + path).toUtf8();
    // Short enough for the 108-byte limit of a Unix socket path in any temp folder.
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("kilowatch-") + QString::fromLatin1(hash);
}

QString SingleInstance::serverName() const
{
    return m_server ? m_server->fullServerName() : QString();
}

SingleInstance::Role SingleInstance::start(int timeoutMs)
{
    if (m_server)
        return Role::Primary;
    if (askPrimaryToActivate(timeoutMs))
        return Role::Secondary;
    if (!m_error.isEmpty())
        return Role::Busy;
    if (listen())
        return Role::Primary;
    // Another run may have started listening between our two attempts.
    if (askPrimaryToActivate(timeoutMs))
        return Role::Secondary;
    if (!m_error.isEmpty())
        return Role::Busy;
    // Nobody answers on the name: a crashed run's socket file. Take it over.
    qCInfo(lcInstance) << "removing a stale instance socket for" << m_key;
    QLocalServer::removeServer(m_key);
    if (listen())
        return Role::Primary;
    return Role::Failed;
}

bool SingleInstance::listen()
{
    // No socket options on purpose: with them Qt binds in a private folder and renames the socket
    // into place, replacing any file of that name — a live primary's included. Without, a name
    // in use fails here and start() can tell a live primary from a stale file. The socket's
    // mode follows the umask (others cannot write to it, so cannot connect).
    auto server = std::make_unique<QLocalServer>(this);
    if (!server->listen(m_key)) {
        m_error = tr("cannot listen on %1: %2").arg(m_key, server->errorString());
        qCDebug(lcInstance) << m_error;
        return false;
    }
    m_error.clear();
    m_server = server.release();
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCDebug(lcInstance) << "primary instance on" << m_server->fullServerName();
    return true;
}

bool SingleInstance::askPrimaryToActivate(int timeoutMs)
{
    m_error.clear();
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody listens (or a stale socket file): not an error
    socket.write(ActivateRequest.data(), ActivateRequest.size());
    if (!socket.waitForBytesWritten(timeoutMs)) {
        m_error = tr("another Kilowatch is running but does not answer (%1)").arg(socket.errorString());
        return false;
    }
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < MaxLineBytes) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            m_error = tr("another Kilowatch is running but does not answer");
            return false;
        }
        answer += socket.readAll();
    }
    if (answer != ActivateAnswer) {
        m_error = tr("another program answers on %1").arg(m_key);
        return false;
    }
    socket.disconnectFromServer();
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxLineBytes)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(MaxLineBytes);
            if (line != ActivateRequest) {
                socket->abort();
                return;
            }
            socket->write(ActivateAnswer.data(), ActivateAnswer.size());
            socket->flush();
            qCInfo(lcInstance) << "another run asked for the window";
            Q_EMIT activationRequested();
        });
    }
}

} // namespace kw::app
