#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace kw::app {

// Decides what closing the main window means while the app has a tray icon: hide it and keep
// running (close to tray), or end the app. Either way, once the application quits (Quit in a
// menu, Ctrl+Q, the session ending) every close goes through: Qt 6 closes the windows as part of
// quitting and would give up quitting if one refused.
//
// Watches the window and the application object (for QEvent::Quit) with event filters, so the
// window class needs no knowledge of trays.
class TrayCloseGuard : public QObject
{
    Q_OBJECT
public:
    enum class Mode : quint8 {
        Plain,      // no tray: closing closes, Qt ends the app with the last window
        HideToTray, // closing hides the window; the app keeps running in the tray
        Quit,       // a tray but no close to tray: closing ends the app
    };

    explicit TrayCloseGuard(QWidget *window, QObject *parent = nullptr);
    ~TrayCloseGuard() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // The application is quitting: closes are no longer intercepted.
    bool isQuitting() const { return m_quitting; }

Q_SIGNALS:
    // A close was turned into hiding the window.
    void hiddenToTray();
    // The window was shown or hidden (by anyone); once per change.
    void windowVisibilityChanged(bool visible);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    Mode m_mode = Mode::Plain;
    bool m_quitting = false;
    bool m_reportedVisible = false;
};

} // namespace kw::app
