#include "quitsignalwatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace kw {
namespace {

#if defined(Q_OS_UNIX)
int g_pipe[2] = {-1, -1};

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
}
#else
void onSignal(int)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}
#endif

} // namespace

QuitSignalWatcher::QuitSignalWatcher(QObject *parent)
    : QObject(parent)
{
#if defined(Q_OS_UNIX)
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignalWatcher::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#else
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
#endif
}

QuitSignalWatcher::~QuitSignalWatcher()
{
#if defined(Q_OS_UNIX)
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
#endif
}

void QuitSignalWatcher::readSignal()
{
#if defined(Q_OS_UNIX)
    char byte = 0;
    if (::read(g_pipe[1], &byte, 1) == 1)
        Q_EMIT quitRequested(int(byte));
#endif
}

} // namespace kw
