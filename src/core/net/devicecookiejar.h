#pragma once

#include <QList>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUrl>

namespace kw::net {

// Cookies of one device (the session cookie `senec-homev3-gui` of newer firmware). Accepts
// cookies for bare IP hosts (v4 and v6) whether or not they are Secure/HttpOnly; expired cookies
// are dropped. Kept per transport, so devices never see each other's cookies.
class DeviceCookieJar : public QNetworkCookieJar
{
    Q_OBJECT
public:
    explicit DeviceCookieJar(QObject *parent = nullptr);

    // Stores the cookies of a Set-Cookie answer for `url`; true if any was stored.
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url) override;
    // Cookies to send to `url` (Secure ones only over https), expired ones purged first.
    QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const override;
    // All stored cookies (for tests and diagnostics).
    QList<QNetworkCookie> cookies() const;
    void clear();

protected:
    bool validateCookie(const QNetworkCookie &cookie, const QUrl &url) const override;
};

} // namespace kw::net
