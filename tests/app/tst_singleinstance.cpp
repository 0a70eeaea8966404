// SingleInstance: one Kilowatch per user and settings file. In-process (a second instance on a
// worker thread, as the first must answer from its event loop), and with the real binary: a
// second launch exits 0 with one line and the first is asked for its window; another settings
// file runs on its own; a socket left by a killed run is taken over.
#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using kw::app::SingleInstance;

namespace {

const QByteArray AlreadyRunningLine = "kilowatch: already running; brought its window to the front\n";

// Another run's SingleInstance::start(), on its own thread, so this thread's event loop can answer.
SingleInstance::Role startOnWorker(const QString &key)
{
    std::atomic<int> role{-1};
    std::unique_ptr<QThread> worker(QThread::create([&role, key] {
        SingleInstance other(key);
        role = int(other.start(2'000));
    }));
    worker->start();
    // The caller's thread keeps serving events meanwhile.
    if (!QTest::qWaitFor([&worker] { return worker->isFinished(); }, 10'000))
        qFatal("the second instance hangs");
    worker->wait();
    return SingleInstance::Role(role.load());
}

QString socketPath(const QString &key)
{
#ifdef Q_OS_UNIX
    return QDir(QDir::tempPath()).filePath(key);
#else
    return u"\\\\.\\pipe\\"_s + key;
#endif
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<QProcess *> m_processes;

    QProcess *launch(const QString &settings)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"kw.instance.info=true"_s);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(KW_APP_PATH), {u"--settings"_s, settings});
        m_processes.append(process);
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        for (QProcess *process : std::as_const(m_processes)) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(5'000);
            }
        }
    }

    void keyHoldsUserAndSettingsFile()
    {
        const QString a = m_dir.filePath(u"a.ini"_s);
        const QString b = m_dir.filePath(u"b.ini"_s);
        const QString keyA = SingleInstance::keyFor(a);
        QVERIFY(keyA.startsWith(u"kilowatch-"_s));
        QVERIFY(keyA.size() < 48);
        QCOMPARE(SingleInstance::keyFor(a), keyA);
        QCOMPARE(SingleInstance::keyFor(m_dir.filePath(u"sub/../a.ini"_s)), keyA);
        QVERIFY(SingleInstance::keyFor(b) != keyA);
        QVERIFY(SingleInstance::keyFor(QString()) != keyA); // the user's own settings
        // The file existing or not makes no difference (the first run creates it).
        QFile file(a);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(SingleInstance::keyFor(a), keyA);

        const QByteArray user = qgetenv("USER");
        qputenv("USER", "somebody-else");
        const QString otherUser = SingleInstance::keyFor(a);
        qputenv("USER", user);
        QVERIFY(otherUser != keyA);
        QCOMPARE(SingleInstance::keyFor(a), keyA);
    }

    void secondInstanceActivatesTheFirst()
    {
        const QString key = SingleInstance::keyFor(m_dir.filePath(u"second.ini"_s));
        SingleInstance first(key);
        QCOMPARE(first.start(), SingleInstance::Role::Primary);
        QVERIFY(!first.serverName().isEmpty());
        QSignalSpy activation(&first, &SingleInstance::activationRequested);
        QCOMPARE(startOnWorker(key), SingleInstance::Role::Secondary);
        QTRY_COMPARE(activation.count(), 1);
        QCOMPARE(startOnWorker(key), SingleInstance::Role::Secondary);
        QTRY_COMPARE(activation.count(), 2);
    }

    void differentKeysDoNotMeet()
    {
        SingleInstance first(SingleInstance::keyFor(m_dir.filePath(u"one.ini"_s)));
        QCOMPARE(first.start(), SingleInstance::Role::Primary);
        QSignalSpy activation(&first, &SingleInstance::activationRequested);
        SingleInstance other(SingleInstance::keyFor(m_dir.filePath(u"two.ini"_s)));
        QCOMPARE(other.start(), SingleInstance::Role::Primary);
        QCOMPARE(activation.count(), 0);
    }

    void primaryLeavesNothingBehind()
    {
        const QString key = SingleInstance::keyFor(m_dir.filePath(u"clean.ini"_s));
        {
            SingleInstance first(key);
            QCOMPARE(first.start(), SingleInstance::Role::Primary);
        }
#ifdef Q_OS_UNIX
        QVERIFY(!QFile::exists(socketPath(key)));
#endif
        SingleInstance next(key);
        QCOMPARE(next.start(), SingleInstance::Role::Primary);
    }

    void foreignAnswerIsNotTakenForKilowatch()
    {
        // Something else listens on the name and answers nonsense: not a Kilowatch to hand over to.
        const QString key = SingleInstance::keyFor(m_dir.filePath(u"foreign.ini"_s));
        QLocalServer impostor;
        QVERIFY(impostor.listen(key));
        connect(&impostor, &QLocalServer::newConnection, this, [&impostor] {
            QLocalSocket *socket = impostor.nextPendingConnection();
            connect(socket, &QLocalSocket::readyRead, socket, [socket] { socket->write("hello?\n"); });
        });
        std::atomic<int> role{-1};
        QString error;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            SingleInstance run(key);
            role = int(run.start(2'000));
            error = run.errorString();
        }));
        worker->start();
        QVERIFY(QTest::qWaitFor([&worker] { return worker->isFinished(); }, 10'000));
        worker->wait();
        QCOMPARE(SingleInstance::Role(role.load()), SingleInstance::Role::Busy);
        QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
    }

#ifdef Q_OS_UNIX
    void staleSocketIsTakenOver()
    {
        // What a crashed run leaves: a socket file nobody listens on.
        const QString key = SingleInstance::keyFor(m_dir.filePath(u"stale.ini"_s));
        const QByteArray path = QFile::encodeName(socketPath(key));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::copy(path.cbegin(), path.cend(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(socketPath(key)));

        SingleInstance run(key);
        QCOMPARE(run.start(), SingleInstance::Role::Primary);
        QSignalSpy activation(&run, &SingleInstance::activationRequested);
        QCOMPARE(startOnWorker(key), SingleInstance::Role::Secondary);
        QTRY_COMPARE(activation.count(), 1);
    }
#endif

    // The real app: the second launch with the same settings file prints one line and exits 0;
    // the first hears about it. Another settings file is another instance. A killed first run's
    // socket is taken over by the next.
    void realAppRunsOncePerSettingsFile()
    {
        const QString settings = m_dir.filePath(u"app.ini"_s);
        const QString key = SingleInstance::keyFor(settings);
        QProcess *first = launch(settings);
        QVERIFY(first->waitForStarted(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socketPath(key)), 20'000);
        QVERIFY(first->state() == QProcess::Running);

        QProcess *second = launch(settings);
        QVERIFY(second->waitForFinished(20'000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(second->readAllStandardOutput(), AlreadyRunningLine);
        QByteArray firstLog;
        QTRY_VERIFY_WITH_TIMEOUT((firstLog += first->readAllStandardError()).contains("another run asked for the window"),
                                 10'000);
        QVERIFY(first->state() == QProcess::Running);

        // Another settings file: its own instance, which the first never hears of.
        const QString otherSettings = m_dir.filePath(u"other.ini"_s);
        QProcess *other = launch(otherSettings);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socketPath(SingleInstance::keyFor(otherSettings))), 20'000);
        QVERIFY(other->state() == QProcess::Running);
        firstLog += first->readAllStandardError();
        QCOMPARE(firstLog.count("another run asked for the window"), 1);
        other->kill();
        QVERIFY(other->waitForFinished(10'000));
        QLocalServer::removeServer(SingleInstance::keyFor(otherSettings));

        // A crash leaves the socket behind; the next run takes it over and serves the key.
        first->kill();
        QVERIFY(first->waitForFinished(10'000));
#ifdef Q_OS_UNIX
        QVERIFY(QFile::exists(socketPath(key)));
#endif
        SingleInstance next(key);
        QCOMPARE(next.start(), SingleInstance::Role::Primary);
        QSignalSpy activation(&next, &SingleInstance::activationRequested);
        QProcess *third = launch(settings);
        QTRY_VERIFY_WITH_TIMEOUT(third->state() == QProcess::NotRunning, 20'000);
        QCOMPARE(third->exitCode(), 0);
        QCOMPARE(third->readAllStandardOutput(), AlreadyRunningLine);
        QCOMPARE(activation.count(), 1);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
