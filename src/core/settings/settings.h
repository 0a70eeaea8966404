#pragma once

#include "alerts/alertkind.h"
#include "net/deviceaddress.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <memory>
#include <optional>

class QSettings;
class QVariant;

namespace kw {

Q_DECLARE_LOGGING_CATEGORY(lcSettings) // "kw.settings"

// The user's preferences, typed, over one QSettings: every getter returns a usable value whatever
// the file holds (wrong types, out-of-range numbers and unknown names fall back to the default or
// are clamped, with a kw.settings warning), every setter validates. Enums are stored as readable
// names ("https", "dark") so a hand-edited file stays understandable. Secrets never go here.
//
// A plain class rather than a QObject with a changed() signal: QSettings itself does not notify,
// two Settings over the same file would not see each other's writes, and the app has exactly one
// writer (the settings dialog and the welcome page, through the controller), which applies what
// it wrote. Not thread-safe, like QSettings.
class Settings
{
public:
    // The kinds of device the app may watch. Only SENEC.Home V3 has a backend today; the others
    // are named so that stored settings and the dialog keep their places once they arrive.
    enum class DeviceType : quint8 { SenecHomeV3, EnphaseEnvoy, GivTcp, Senertec };
    enum class Theme : quint8 { System, Light, Dark };
    // The UI language; System follows the system's language list (LANGUAGE, LANG…).
    enum class Language : quint8 { System, English, German };

    static constexpr int MinPollIntervalMs = 2'000;     // DevicePoller's floor: spares the device
    static constexpr int DefaultPollIntervalMs = 10'000; // DevicePoller::DefaultIntervalMs
    static constexpr int MaxPollIntervalMs = 3'600'000;
    static constexpr double MinFlowFullScaleW = 500.0;
    static constexpr double DefaultFlowFullScaleW = 10'000.0;
    static constexpr double MaxFlowFullScaleW = 100'000.0;
    static constexpr qsizetype MaxWindowBlobBytes = 64 * 1024;

    // The app's own settings: organisation "Kilowatch", application "kilowatch", native format
    // (an INI file under ~/.config on Linux, the registry on Windows, a plist on macOS).
    Settings();
    // Over `backend`, which is not owned and must outlive this object (tests: an INI temp file).
    explicit Settings(QSettings *backend);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QSettings *backend() const { return m_backend; }
    // Writes pending changes; false with `error` when the file cannot be written or read back.
    bool sync(QString *error = nullptr);

    DeviceType deviceType() const;
    void setDeviceType(DeviceType type);

    // The address as the user gave it ("192.168.1.5", "https://senec.local:8443"); empty when
    // none is stored or the stored text is not an address (see invalidStoredAddress()).
    QString deviceAddress() const;
    // Stores `address` (trimmed) if DeviceAddress::parse accepts it, or clears it when empty.
    // False with `error` for an invalid address; the stored one is then kept.
    bool setDeviceAddress(const QString &address, QString *error = nullptr);
    // A stored address that does not parse (hand-edited), so the UI can offer it for correction;
    // empty when the stored address is fine or absent.
    QString invalidStoredAddress() const;

    // The scheme preference for an address without one.
    net::Scheme scheme() const;
    void setScheme(net::Scheme scheme);
    // deviceAddress() parsed, with scheme() applied unless the address names its own scheme
    // ("http://…" wins over the preference); nullopt without an address.
    std::optional<net::DeviceAddress> device() const;

    // Clamped to [MinPollIntervalMs, MaxPollIntervalMs].
    int pollIntervalMs() const;
    void setPollIntervalMs(int intervalMs);

    // The user chose the built-in demo device (on the welcome page or in the dialog).
    bool useDemo() const;
    void setUseDemo(bool demo);
    // A device to watch: the demo, or a valid stored address for a device type the app
    // implements. False: show the welcome page.
    bool hasDevice() const;

    Theme theme() const;
    void setTheme(Theme theme);

    Language language() const; // default System; applies at the next start
    void setLanguage(Language language);

    bool flowAnimation() const;
    void setFlowAnimation(bool enabled);
    // The power at which the flow diagram's dots reach top speed; clamped to
    // [MinFlowFullScaleW, MaxFlowFullScaleW].
    double flowFullScaleW() const;
    void setFlowFullScaleW(double powerW);

    // Whether the tray shows a notification for this kind of event; all are on by default.
    bool alertEnabled(alerts::AlertKind kind) const;
    void setAlertEnabled(alerts::AlertKind kind, bool enabled);

    // Closing the window keeps the app running in the system tray (where there is one).
    bool closeToTray() const; // default true
    void setCloseToTray(bool enabled);
    // Start with the window hidden, only the tray icon showing (where there is a tray).
    bool startMinimised() const; // default false
    void setStartMinimised(bool enabled);
    // The user was told once that closing the window keeps Kilowatch in the tray.
    bool closeToTrayExplained() const;
    void setCloseToTrayExplained(bool explained);
    // The user was told once that there is no system tray, so the app runs as a plain window.
    bool trayMissingExplained() const;
    void setTrayMissingExplained(bool explained);

    // QWidget::saveGeometry() / QMainWindow::saveState() blobs; empty when absent, not a byte
    // array or implausibly large. restoreGeometry()/restoreState() validate the content.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // The view shown last ("overview", "battery"…): lowercase letters, digits and '-', at most
    // 32 characters, else empty. Whether such a view exists is the window's business.
    QString lastView() const;
    void setLastView(const QString &view);

    // Names as stored, and back; parse functions are case-insensitive and nullopt when unknown.
    static QString deviceTypeName(DeviceType type); // "senec-home-v3", "enphase-envoy", …
    static std::optional<DeviceType> parseDeviceType(const QString &name);
    static QString themeName(Theme theme);          // "system", "light", "dark"
    static std::optional<Theme> parseTheme(const QString &name);
    static QString languageName(Language language); // "system", "en", "de"
    static std::optional<Language> parseLanguage(const QString &name);
    static QList<DeviceType> allDeviceTypes();
    // Whether the app can talk to this kind of device yet.
    static bool isImplemented(DeviceType type);
    // For people: "SENEC.Home V3", "Enphase Envoy", …
    static QString deviceTypeDisplayName(DeviceType type);

    // The keys, for tests and for anyone reading the file.
    static QStringList keys();

private:
    QVariant read(const QString &key) const;
    // A stored true/false (also "yes", "on", 1…); `fallback` when absent or unreadable.
    bool readBool(const QString &key, bool fallback) const;
    void write(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_backend;
};

} // namespace kw
