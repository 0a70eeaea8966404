#include "certificatetruststore.h"

#include "netlogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace kw::net {
namespace {


constexpr int FileVersion = 1;

bool isHexFingerprint(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

} // namespace

CertificateTrustStore::CertificateTrustStore(QString filePath)
    : m_filePath(std::move(filePath))
{
    reload();
}

bool CertificateTrustStore::reload()
{
    m_pins.clear();
    m_loadError.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = QCoreApplication::translate("kw::net::CertificateTrustStore",
                "cannot read trust file %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_loadError = QCoreApplication::translate("kw::net::CertificateTrustStore",
                "trust file %1 is not valid JSON: %2")
                          .arg(m_filePath, parseError.errorString());
        return false;
    }
    const QJsonObject pins = doc.object().value(QLatin1StringView("pins")).toObject();
    for (auto it = pins.constBegin(); it != pins.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        Pin pin;
        pin.sha256 = entry.value(QLatin1StringView("sha256")).toString().toLower();
        pin.pinnedAtMs = entry.value(QLatin1StringView("pinnedAtMs")).toInteger();
        pin.subject = entry.value(QLatin1StringView("subject")).toString();
        if (!isHexFingerprint(pin.sha256)) {
            qCWarning(lcTls) << "ignoring malformed pin for" << it.key() << "in" << m_filePath;
            continue;
        }
        m_pins.insert(it.key(), pin);
    }
    return true;
}

CertificateTrustStore::Verdict CertificateTrustStore::check(const QString &hostKey,
                                                           const QSslCertificate &certificate) const
{
    const auto it = m_pins.constFind(hostKey);
    if (it == m_pins.constEnd())
        return Verdict::FirstUse;
    return it->sha256 == fingerprint(certificate) ? Verdict::Match : Verdict::Mismatch;
}

std::optional<CertificateTrustStore::Pin> CertificateTrustStore::pinFor(const QString &hostKey) const
{
    const auto it = m_pins.constFind(hostKey);
    if (it == m_pins.constEnd())
        return std::nullopt;
    return *it;
}

QStringList CertificateTrustStore::hostKeys() const
{
    return m_pins.keys();
}

bool CertificateTrustStore::pin(const QString &hostKey, const QSslCertificate &certificate,
                                QString *error)
{
    if (certificate.isNull()) {
        if (error)
            *error = QCoreApplication::translate("kw::net::CertificateTrustStore",
                    "no certificate to pin for %1").arg(hostKey);
        return false;
    }
    Pin pin;
    pin.sha256 = fingerprint(certificate);
    pin.pinnedAtMs = QDateTime::currentMSecsSinceEpoch();
    pin.subject = certificate.subjectDisplayName();
    m_pins.insert(hostKey, pin);
    m_loadError.clear();
    qCInfo(lcTls) << "pinned" << hostKey << displayFingerprint(pin.sha256);
    return save(error);
}

bool CertificateTrustStore::forget(const QString &hostKey, QString *error)
{
    if (m_pins.remove(hostKey) == 0)
        return true;
    return save(error);
}

bool CertificateTrustStore::save(QString *error) const
{
    QJsonObject pins;
    for (auto it = m_pins.constBegin(); it != m_pins.constEnd(); ++it) {
        QJsonObject entry;
        entry.insert(QLatin1StringView("sha256"), it->sha256);
        entry.insert(QLatin1StringView("pinnedAtMs"), it->pinnedAtMs);
        entry.insert(QLatin1StringView("subject"), it->subject);
        pins.insert(it.key(), entry);
    }
    QJsonObject root;
    root.insert(QLatin1StringView("version"), FileVersion);
    root.insert(QLatin1StringView("pins"), pins);

    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("kw::net::CertificateTrustStore",
                    "cannot create folder %1").arg(info.absolutePath());
        return false;
    }
    // Atomic replace: a crash while writing must not lose the pins already there.
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("kw::net::CertificateTrustStore",
                    "cannot write trust file %1: %2").arg(m_filePath, file.errorString());
        qCWarning(lcTls) << "cannot write trust file" << m_filePath << file.errorString();
        return false;
    }
    return true;
}

QString CertificateTrustStore::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString CertificateTrustStore::displayFingerprint(const QString &hexFingerprint)
{
    QString out;
    out.reserve(hexFingerprint.size() * 3 / 2);
    for (qsizetype i = 0; i < hexFingerprint.size(); i += 2) {
        if (i > 0)
            out += u':';
        out += hexFingerprint.mid(i, 2).toUpper();
    }
    return out;
}

QList<QSslError> CertificateTrustStore::expectedErrors(const QList<QSslError> &errors,
                                                       const QSslCertificate &certificate)
{
    QList<QSslError> result;
    for (const QSslError &error : errors) {
        // Errors about another certificate (an intermediate, say) are never covered by the pin.
        if (!error.certificate().isNull() && error.certificate() != certificate)
            continue;
        switch (error.error()) {
        // What a device's self-signed certificate causes by nature:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::HostNameMismatch:
        // The pinned fingerprint, not the validity period, is what we trust; device clocks and
        // certificate lifetimes on appliances are both unreliable.
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            result.append(error);
            break;
        default:
            break;
        }
    }
    return result;
}

bool CertificateTrustStore::onlyExpectedErrors(const QList<QSslError> &errors,
                                               const QSslCertificate &certificate)
{
    return expectedErrors(errors, certificate).size() == errors.size();
}

} // namespace kw::net
