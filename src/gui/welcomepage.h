#pragma once

#include "net/deviceaddress.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kw::gui {

// The first-start page, shown in the main window while no device is configured: a greeting and
// two cards, "try the demo device" and "connect your device" (address + scheme, validated as it
// is typed with DeviceAddress::parse; Connect only for a usable address, the reason shown
// otherwise). Passive: it asks through signals and stores nothing.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Prefills the address (e.g. a stored one that did not parse, so the user can correct it).
    void setAddress(const QString &address, net::Scheme scheme = net::Scheme::Auto);
    QString address() const;
    net::Scheme scheme() const;
    // Whether Connect is possible, and if not, why (empty when it is).
    bool isAddressValid() const { return m_problem.isEmpty(); }
    QString addressProblem() const { return m_problem; }
    // Shows why the last attempt failed under the address field, until the address is edited.
    void showConnectError(const QString &message);

Q_SIGNALS:
    void demoRequested();
    // A valid address (trimmed, as typed) and the scheme chosen for an address without one.
    void deviceRequested(const QString &address, kw::net::Scheme scheme);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void requestDevice();
    void showMessage(const QString &text, bool isError);
    void updateColours();

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_demoText;
    QLabel *m_deviceText;
    QLabel *m_footer;
    QPushButton *m_demoButton;
    QLineEdit *m_addressEdit;
    QComboBox *m_schemeCombo;
    QPushButton *m_connectButton;
    QLabel *m_messageLabel;
    QString m_problem;
    bool m_messageIsError = false;
};

} // namespace kw::gui
