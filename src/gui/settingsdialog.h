#pragma once

#include "net/deviceaddress.h"
#include "settings/settings.h"

#include <QDialog>
#include <QList>

#include <utility>

#include <memory>

class QCheckBox;

namespace Ui {
class SettingsDialog;
}

namespace kw::gui {

// The Settings dialog (ui/settingsdialog.ui): which device to watch (the demo or an address,
// validated as it is typed; OK stays disabled with the reason shown while it is not usable),
// scheme, poll interval, the pinned certificate with "Forget", theme and flow animation, and the
// tray: close to tray, start minimised, and one switch per kind of alert.
// Passive: load() fills it, save() writes it back; applying the new values is the caller's job.
// Forgetting the certificate is the one immediate action, requested through a signal.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void load(const Settings &settings);
    // Writes every field; call after exec() returned Accepted (the input is then valid).
    void save(Settings &settings) const;

    // The pinned certificate's SHA-256 (64 hex digits, with or without colons) and the
    // "host:port" it is pinned for; empty fingerprint: none pinned.
    void setPinnedFingerprint(const QString &fingerprint, const QString &hostKey = {});

    // The switch for one kind of alert (named "alertCheck-" + alertKindName(kind)).
    QCheckBox *alertCheck(alerts::AlertKind kind) const;

    // Whether OK may be pressed, and if not, why (empty when valid).
    bool isInputValid() const { return m_problem.isEmpty(); }
    QString validationProblem() const { return m_problem; }

Q_SIGNALS:
    // The user pressed "Forget": drop the pin for the current device now.
    void forgetCertificateRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void populateChoices();
    void validate();
    void showAddressMessage(const QString &text, bool isError);
    void updateColours();
    void showCertificate();
    net::Scheme chosenScheme() const;
    void selectScheme(net::Scheme scheme);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QString m_problem;
    bool m_addressMessageIsError = false;
    // The scheme the user picked, kept while an address with its own scheme locks the combo.
    net::Scheme m_userScheme = net::Scheme::Auto;
    QList<std::pair<alerts::AlertKind, QCheckBox *>> m_alertChecks;
    bool m_schemeLocked = false;
    QString m_fingerprint; // lowercase hex without colons, or as given when not hex
    QString m_hostKey;
    bool m_forgotten = false;
};

} // namespace kw::gui
