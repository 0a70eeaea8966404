#include "traycloseguard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QTimer>
#include <QWidget>

namespace kw::app {

TrayCloseGuard::TrayCloseGuard(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_reportedVisible(window->isVisible())
{
    window->installEventFilter(this);
    // An application-wide filter also sees the events sent to the application object itself,
    // QEvent::Quit among them, before QGuiApplication closes the windows for it.
    qApp->installEventFilter(this);
}

TrayCloseGuard::~TrayCloseGuard()
{
    if (m_window)
        m_window->removeEventFilter(this);
    if (qApp)
        qApp->removeEventFilter(this);
}

void TrayCloseGuard::setMode(Mode mode)
{
    m_mode = mode;
}

bool TrayCloseGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp) {
        if (event->type() == QEvent::Quit) {
            m_quitting = true;
            // Someone else may still refuse to close and so cancel the quit; then closing the
            // window means what it meant before.
            QTimer::singleShot(0, this, [this] { m_quitting = false; });
        }
        return false;
    }
    if (watched != m_window)
        return false;
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Hide:
        // The window system repeats these (spontaneous ones on unmap and minimise): report changes.
        if (m_window->isVisible() != m_reportedVisible) {
            m_reportedVisible = m_window->isVisible();
            Q_EMIT windowVisibilityChanged(m_reportedVisible);
        }
        break;
    case QEvent::Close:
        if (m_quitting)
            break;
        if (m_mode == Mode::HideToTray) {
            event->ignore();
            m_window->hide();
            Q_EMIT hiddenToTray();
            return true;
        }
        if (m_mode == Mode::Quit) {
            // The tray icon keeps the app alive (quitOnLastWindowClosed is off with a tray), so
            // the app ends explicitly — after this close is done.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::quit(); });
        }
        break;
    default:
        break;
    }
    return false;
}

} // namespace kw::app
