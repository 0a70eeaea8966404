#pragma once

#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kw::net {

// Trust on first use for device certificates: one pinned SHA-256 fingerprint per "host:port",
// kept in a JSON file the caller chooses. Not thread-safe; share one instance per process and
// thread. There is deliberately no way to trust "any" certificate.
class CertificateTrustStore
{
public:
    struct Pin
    {
        QString sha256;        // lowercase hex, 64 characters
        qint64 pinnedAtMs = 0; // UTC ms
        QString subject;       // the certificate's subject, for display only
        bool operator==(const Pin &other) const = default;
    };

    enum class Verdict : quint8 {
        FirstUse,  // nothing pinned for this host yet
        Match,     // the presented certificate is the pinned one
        Mismatch,  // a different certificate: refuse until the user accepts it
    };

    // Loads `filePath` if it exists (a missing file is an empty store; see loadError()).
    explicit CertificateTrustStore(QString filePath);

    QString filePath() const { return m_filePath; }
    // Re-reads the file; false (and loadError()) if it exists but cannot be read or parsed,
    // in which case the store is empty and will not overwrite the file until pin() is called.
    bool reload();
    QString loadError() const { return m_loadError; }

    Verdict check(const QString &hostKey, const QSslCertificate &certificate) const;
    std::optional<Pin> pinFor(const QString &hostKey) const;
    QStringList hostKeys() const;

    // Pins `certificate` for `hostKey` (replacing any previous pin) and writes the file
    // atomically. False with `error` if the file cannot be written; the pin is kept in memory.
    bool pin(const QString &hostKey, const QSslCertificate &certificate, QString *error = nullptr);
    bool forget(const QString &hostKey, QString *error = nullptr);

    // SHA-256 of the DER encoding, lowercase hex; empty for a null certificate.
    static QString fingerprint(const QSslCertificate &certificate);
    // "AB:CD:…" (upper case, colon separated) for showing to people.
    static QString displayFingerprint(const QString &hexFingerprint);
    // Of `errors`, those that are expected for a self-signed device certificate and are about
    // `certificate` itself (self-signed, untrusted, hostname mismatch, no issuer, expired or not
    // yet valid); the only errors the transport may ignore, and only once the pin matched.
    static QList<QSslError> expectedErrors(const QList<QSslError> &errors,
                                           const QSslCertificate &certificate);
    // True if every error in `errors` is in expectedErrors(errors, certificate).
    static bool onlyExpectedErrors(const QList<QSslError> &errors, const QSslCertificate &certificate);

private:
    bool save(QString *error) const;

    QString m_filePath;
    QString m_loadError;
    QMap<QString, Pin> m_pins;
};

} // namespace kw::net
