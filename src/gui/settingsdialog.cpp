#include "settingsdialog.h"

#include "net/certificatetruststore.h"
#include "thememanager.h"
#include "ui_settingsdialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QSystemTrayIcon>

#include <algorithm>
#include <cmath>

namespace kw::gui {
namespace {

constexpr int MessageIconPx = 16;
constexpr qsizetype FingerprintBytesPerLine = 16;
constexpr int MinimumWidthChars = 112;
constexpr int AlertColumns = 2;

QString capitalised(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.at(0).toUpper() + text.mid(1);
}

// "https://192.168.1.5:8443" without the trailing slash QUrl adds for the root path.
QString urlText(const net::DeviceAddress &address, net::Scheme concrete)
{
    QString url = address.url(concrete, QString()).toString();
    if (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    widget->setPalette(palette);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    populateChoices();

    m_ui->fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->addressIconLabel->setFixedWidth(MessageIconPx);
    // The tab widget does not pass on a wrapped label's height for its width: room for two
    // lines, so the longest address message is never cut.
    m_ui->addressMessageLabel->setMinimumHeight(2 * m_ui->addressMessageLabel->fontMetrics().lineSpacing());
    // One label column for both groups, so their fields line up.
    const QList<QLabel *> labels{m_ui->sourceLabel,   m_ui->deviceTypeLabel,   m_ui->addressLabel,
                                 m_ui->schemeLabel,   m_ui->pollIntervalLabel, m_ui->themeLabel,
                                 m_ui->animationLabel, m_ui->fullScaleLabel,  m_ui->windowLabel,
                                 m_ui->alertsLabel,    m_ui->languageLabel};
    int labelWidth = 0;
    for (const QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels) {
        label->setMinimumWidth(labelWidth);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    // The label sits level with the first row of switches, not centred on all of them.
    m_ui->alertsLabel->setMinimumHeight(m_ui->closeToTrayCheck->sizeHint().height());
    // Wide enough for the address message and the fingerprint on one line each.
    setMinimumWidth(fontMetrics().averageCharWidth() * MinimumWidthChars);

    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->demoRadio, &QRadioButton::toggled, this, &SettingsDialog::validate);
    connect(m_ui->deviceTypeCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    connect(m_ui->schemeCombo, &QComboBox::activated, this, [this] {
        m_userScheme = chosenScheme();
        validate();
    });
    connect(m_ui->forgetButton, &QPushButton::clicked, this, [this] {
        m_forgotten = true;
        showCertificate();
        Q_EMIT forgetCertificateRequested();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    selectScheme(net::Scheme::Auto);
    m_ui->pollIntervalSpin->setValue(Settings::DefaultPollIntervalMs / 1000);
    m_ui->fullScaleSpin->setValue(Settings::DefaultFlowFullScaleW / 1000.0);
    m_ui->animationCheck->setChecked(true);
    m_ui->closeToTrayCheck->setChecked(true);
    m_ui->startMinimisedCheck->setChecked(false);
    for (const auto &[kind, check] : std::as_const(m_alertChecks))
        check->setChecked(true);
    showCertificate();
    validate();
    updateColours();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::populateChoices()
{
    QComboBox *types = m_ui->deviceTypeCombo;
    types->clear();
    auto *typeModel = qobject_cast<QStandardItemModel *>(types->model());
    for (Settings::DeviceType type : Settings::allDeviceTypes()) {
        const bool implemented = Settings::isImplemented(type);
        const QString name = Settings::deviceTypeDisplayName(type);
        types->addItem(implemented ? name : tr("%1 (not supported yet)").arg(name),
                       static_cast<int>(type));
        if (!implemented && typeModel)
            typeModel->item(types->count() - 1)->setEnabled(false);
    }

    QComboBox *schemes = m_ui->schemeCombo;
    schemes->clear();
    schemes->addItem(tr("Automatic: HTTPS, falling back to HTTP"), static_cast<int>(net::Scheme::Auto));
    schemes->addItem(tr("HTTPS only"), static_cast<int>(net::Scheme::Https));
    schemes->addItem(tr("HTTP only (firmware before 0825)"), static_cast<int>(net::Scheme::Http));

    QComboBox *themes = m_ui->themeCombo;
    themes->clear();
    themes->addItem(tr("Follow the system"), static_cast<int>(Settings::Theme::System));
    themes->addItem(tr("Light"), static_cast<int>(Settings::Theme::Light));
    themes->addItem(tr("Dark"), static_cast<int>(Settings::Theme::Dark));

    // Each language by its own name, so that it can be found whatever the UI speaks.
    QComboBox *languages = m_ui->languageCombo;
    languages->clear();
    languages->addItem(tr("Follow the system"), static_cast<int>(Settings::Language::System));
    languages->addItem(QStringLiteral("English"), static_cast<int>(Settings::Language::English));
    languages->addItem(QStringLiteral("Deutsch"), static_cast<int>(Settings::Language::German));

    m_ui->pollIntervalSpin->setRange(Settings::MinPollIntervalMs / 1000,
                                     Settings::MaxPollIntervalMs / 1000);
    m_ui->fullScaleSpin->setRange(Settings::MinFlowFullScaleW / 1000.0,
                                  Settings::MaxFlowFullScaleW / 1000.0);

    // One switch per kind of alert, in the kinds' order, filling the rows first.
    QWidget *previous = m_ui->startMinimisedCheck;
    const QList<alerts::AlertKind> kinds = alerts::allAlertKinds();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        auto *check = new QCheckBox(alerts::alertKindDisplayName(kinds.at(i)), m_ui->trayGroup);
        check->setObjectName(QStringLiteral("alertCheck-") + alerts::alertKindName(kinds.at(i)));
        m_ui->alertsGrid->addWidget(check, static_cast<int>(i / AlertColumns), static_cast<int>(i % AlertColumns));
        setTabOrder(previous, check);
        previous = check;
        m_alertChecks.append({kinds.at(i), check});
    }
    m_ui->alertsGrid->setColumnStretch(AlertColumns, 1);
    // Where the tray is missing the switches are still kept, for a desktop that has one; the
    // user learns why they change nothing here.
    m_ui->trayHint->setText(tr("This desktop has no system tray: the window stays a normal window "
                               "and notifications appear in its status bar."));
    m_ui->trayHint->setVisible(!QSystemTrayIcon::isSystemTrayAvailable());
}

QCheckBox *SettingsDialog::alertCheck(alerts::AlertKind kind) const
{
    for (const auto &[checkKind, check] : m_alertChecks) {
        if (checkKind == kind)
            return check;
    }
    return nullptr;
}

void SettingsDialog::load(const Settings &settings)
{
    const bool demo = settings.useDemo();
    m_ui->demoRadio->setChecked(demo);
    m_ui->deviceRadio->setChecked(!demo);
    const int typeIndex = m_ui->deviceTypeCombo->findData(static_cast<int>(settings.deviceType()));
    m_ui->deviceTypeCombo->setCurrentIndex(std::max(typeIndex, 0));
    // A hand-edited address that does not parse is shown, so the user sees why and can fix it.
    const QString address = settings.deviceAddress();
    m_ui->addressEdit->setText(address.isEmpty() ? settings.invalidStoredAddress() : address);
    m_userScheme = settings.scheme();
    selectScheme(m_userScheme);
    m_ui->pollIntervalSpin->setValue(static_cast<int>(std::lround(settings.pollIntervalMs() / 1000.0)));
    m_ui->themeCombo->setCurrentIndex(
            std::max(m_ui->themeCombo->findData(static_cast<int>(settings.theme())), 0));
    m_ui->languageCombo->setCurrentIndex(
            std::max(m_ui->languageCombo->findData(static_cast<int>(settings.language())), 0));
    m_ui->animationCheck->setChecked(settings.flowAnimation());
    m_ui->fullScaleSpin->setValue(settings.flowFullScaleW() / 1000.0);
    m_ui->closeToTrayCheck->setChecked(settings.closeToTray());
    m_ui->startMinimisedCheck->setChecked(settings.startMinimised());
    for (const auto &[kind, check] : std::as_const(m_alertChecks))
        check->setChecked(settings.alertEnabled(kind));
    validate();
}

void SettingsDialog::save(Settings &settings) const
{
    settings.setUseDemo(m_ui->demoRadio->isChecked());
    settings.setDeviceType(
            static_cast<Settings::DeviceType>(m_ui->deviceTypeCombo->currentData().toInt()));
    // With the demo chosen an unfinished address is simply not stored; the previous one stays.
    settings.setDeviceAddress(m_ui->addressEdit->text());
    settings.setScheme(chosenScheme());
    settings.setPollIntervalMs(m_ui->pollIntervalSpin->value() * 1000);
    settings.setTheme(static_cast<Settings::Theme>(m_ui->themeCombo->currentData().toInt()));
    settings.setLanguage(static_cast<Settings::Language>(m_ui->languageCombo->currentData().toInt()));
    settings.setFlowAnimation(m_ui->animationCheck->isChecked());
    settings.setFlowFullScaleW(m_ui->fullScaleSpin->value() * 1000.0);
    settings.setCloseToTray(m_ui->closeToTrayCheck->isChecked());
    settings.setStartMinimised(m_ui->startMinimisedCheck->isChecked());
    for (const auto &[kind, check] : m_alertChecks)
        settings.setAlertEnabled(kind, check->isChecked());
}

void SettingsDialog::setPinnedFingerprint(const QString &fingerprint, const QString &hostKey)
{
    QString hex = fingerprint.trimmed().toLower();
    hex.remove(u':');
    const bool isHex = hex.size() == 64 && std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
    m_fingerprint = isHex ? hex : fingerprint.trimmed();
    m_hostKey = hostKey;
    m_forgotten = false;
    showCertificate();
}

net::Scheme SettingsDialog::chosenScheme() const
{
    return static_cast<net::Scheme>(m_ui->schemeCombo->currentData().toInt());
}

void SettingsDialog::selectScheme(net::Scheme scheme)
{
    m_ui->schemeCombo->setCurrentIndex(
            std::max(m_ui->schemeCombo->findData(static_cast<int>(scheme)), 0));
}

void SettingsDialog::validate()
{
    const bool demo = m_ui->demoRadio->isChecked();
    m_problem.clear();
    m_ui->deviceTypeCombo->setEnabled(!demo);
    m_ui->addressEdit->setEnabled(!demo);

    // An address that names its scheme ("http://…") decides it; the combo follows and waits.
    const QString text = m_ui->addressEdit->text().trimmed();
    QString parseError;
    const auto address = text.isEmpty() ? std::nullopt : net::DeviceAddress::parse(text, &parseError);
    const bool lock = address && address->scheme != net::Scheme::Auto;
    if (lock)
        selectScheme(address->scheme);
    else if (m_schemeLocked)
        selectScheme(m_userScheme);
    m_schemeLocked = lock;
    m_ui->schemeCombo->setEnabled(!demo && !lock);
    m_ui->schemeCombo->setToolTip(lock ? tr("The address names the scheme.") : QString());

    const auto type = static_cast<Settings::DeviceType>(m_ui->deviceTypeCombo->currentData().toInt());
    if (demo) {
        showAddressMessage(tr("The demo device runs inside Kilowatch; no address is needed."), false);
    } else if (!Settings::isImplemented(type)) {
        m_problem = tr("%1 devices are not supported yet.").arg(Settings::deviceTypeDisplayName(type));
        showAddressMessage(m_problem, true);
    } else if (text.isEmpty()) {
        m_problem = tr("Enter your device's address, for example 192.168.1.5.");
        showAddressMessage(m_problem, false);
    } else if (!address) {
        m_problem = capitalised(parseError) + u'.';
        showAddressMessage(m_problem, true);
    } else {
        const net::Scheme scheme = lock ? address->scheme : chosenScheme();
        QString message;
        if (scheme == net::Scheme::Auto)
            message = tr("Will connect to %1, or to %2 if the device has no HTTPS.")
                              .arg(urlText(*address, net::Scheme::Https),
                                   urlText(*address, net::Scheme::Http));
        else
            message = tr("Will connect to %1.").arg(urlText(*address, scheme));
        showAddressMessage(message, false);
    }

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_problem.isEmpty());
    ok->setToolTip(m_problem);
}

void SettingsDialog::showAddressMessage(const QString &text, bool isError)
{
    m_ui->addressMessageLabel->setText(text);
    m_addressMessageIsError = isError;
    m_ui->addressIconLabel->setPixmap(
            isError ? style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                              .pixmap(MessageIconPx, MessageIconPx)
                    : QPixmap());
    m_ui->addressIconLabel->setVisible(isError);
    updateColours();
}

void SettingsDialog::showCertificate()
{
    const bool pinned = !m_fingerprint.isEmpty() && !m_forgotten;
    if (pinned) {
        QString shown = m_fingerprint;
        if (m_fingerprint.size() == 64) {
            // Two lines of 16 bytes read far better than one line of 95 characters.
            const QString display = net::CertificateTrustStore::displayFingerprint(m_fingerprint);
            const qsizetype split = FingerprintBytesPerLine * 3;
            shown = display.left(split - 1) + u'\n' + display.mid(split);
        }
        m_ui->fingerprintLabel->setText(shown);
        m_ui->certificateStatusLabel->setText(
                m_hostKey.isEmpty() ? tr("SHA-256 fingerprint of the pinned certificate.")
                                    : tr("SHA-256 fingerprint of the certificate pinned for %1.")
                                              .arg(m_hostKey));
    } else {
        m_ui->fingerprintLabel->setText(tr("None pinned"));
        m_ui->certificateStatusLabel->setText(
                m_forgotten ? tr("Forgotten. The certificate the device presents on the next "
                                 "HTTPS connection will be pinned in its place.")
                            : tr("The device's certificate is pinned on the first HTTPS "
                                 "connection."));
    }
    m_ui->forgetButton->setEnabled(pinned);
    updateColours();
}

void SettingsDialog::updateColours()
{
    const QPalette &palette = this->palette();
    const QColor secondary = ThemeManager::secondaryTextColour(palette);
    setTextColour(m_ui->addressMessageLabel,
                  m_addressMessageIsError ? ThemeManager::errorTextColour(palette) : secondary);
    for (QWidget *hint : {static_cast<QWidget *>(m_ui->pollIntervalHint),
                          static_cast<QWidget *>(m_ui->fullScaleHint),
                          static_cast<QWidget *>(m_ui->trayHint),
                          static_cast<QWidget *>(m_ui->certificateExplanation),
                          static_cast<QWidget *>(m_ui->certificateStatusLabel)})
        setTextColour(hint, secondary);
    const bool pinned = !m_fingerprint.isEmpty() && !m_forgotten;
    setTextColour(m_ui->fingerprintLabel, pinned ? palette.color(QPalette::WindowText) : secondary);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    else if (event->type() == QEvent::StyleChange)
        showAddressMessage(m_ui->addressMessageLabel->text(), m_addressMessageIsError);
}

} // namespace kw::gui
