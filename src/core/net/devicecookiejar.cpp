#include "devicecookiejar.h"

#include <QDateTime>
#include <QHostAddress>

#include <algorithm>

namespace kw::net {
namespace {

bool isIpAddress(const QString &host)
{
    QHostAddress address;
    return address.setAddress(host);
}

// RFC 6265 5.1.3: IP hosts match only exactly; names match exactly or as a sub-domain.
bool domainMatches(const QString &host, QString domain)
{
    if (domain.startsWith(u'.'))
        domain.remove(0, 1);
    if (host.compare(domain, Qt::CaseInsensitive) == 0)
        return true;
    if (isIpAddress(host) || isIpAddress(domain) || domain.isEmpty())
        return false;
    return host.endsWith(u'.' + domain, Qt::CaseInsensitive);
}

bool pathMatches(const QString &requestPath, const QString &cookiePath)
{
    if (cookiePath.isEmpty() || cookiePath == u"/")
        return true;
    if (!requestPath.startsWith(cookiePath))
        return false;
    return requestPath.size() == cookiePath.size() || cookiePath.endsWith(u'/')
        || requestPath.at(cookiePath.size()) == u'/';
}

} // namespace

DeviceCookieJar::DeviceCookieJar(QObject *parent)
    : QNetworkCookieJar(parent)
{
}

bool DeviceCookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url)
{
    bool added = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (QNetworkCookie cookie : cookieList) {
        cookie.normalize(url);
        if (!validateCookie(cookie, url))
            continue;
        // An expiry in the past is how a server deletes a cookie.
        if (!cookie.isSessionCookie() && cookie.expirationDate() <= now) {
            deleteCookie(cookie);
            continue;
        }
        added = insertCookie(cookie) || added;
    }
    return added;
}

QList<QNetworkCookie> DeviceCookieJar::cookiesForUrl(const QUrl &url) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool secureChannel = url.scheme() == u"https";
    const QString host = url.host();
    const QString path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    QList<QNetworkCookie> result;
    const QList<QNetworkCookie> all = allCookies();
    for (const QNetworkCookie &cookie : all) {
        if (!cookie.isSessionCookie() && cookie.expirationDate() <= now)
            continue;
        if (cookie.isSecure() && !secureChannel)
            continue;
        if (!domainMatches(host, cookie.domain()) || !pathMatches(path, cookie.path()))
            continue;
        result.append(cookie);
    }
    // More specific paths first, as browsers send them.
    std::stable_sort(result.begin(), result.end(),
                     [](const QNetworkCookie &a, const QNetworkCookie &b) {
                         return a.path().size() > b.path().size();
                     });
    return result;
}

QList<QNetworkCookie> DeviceCookieJar::cookies() const
{
    return allCookies();
}

void DeviceCookieJar::clear()
{
    setAllCookies({});
}

bool DeviceCookieJar::validateCookie(const QNetworkCookie &cookie, const QUrl &url) const
{
    const QString host = url.host();
    if (host.isEmpty())
        return false;
    if (isIpAddress(host)) {
        // A device on a bare IP: only a cookie for exactly that address (normalize() fills an
        // empty domain with the host). Secure and HttpOnly are attributes, not reasons to refuse.
        QString domain = cookie.domain();
        if (domain.startsWith(u'.'))
            domain.remove(0, 1);
        return QHostAddress(domain) == QHostAddress(host);
    }
    return QNetworkCookieJar::validateCookie(cookie, url);
}

} // namespace kw::net
