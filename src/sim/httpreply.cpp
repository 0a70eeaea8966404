#include "httpreply.h"

namespace kw::sim {

HttpReply HttpReply::json(QByteArray body, int status)
{
    return {status, QByteArrayLiteral("application/json"), std::move(body), {}};
}

HttpReply HttpReply::text(QByteArray body, int status)
{
    return {status, QByteArrayLiteral("text/plain; charset=utf-8"), std::move(body), {}};
}

HttpReply HttpReply::html(QByteArray body, int status)
{
    return {status, QByteArrayLiteral("text/html; charset=utf-8"), std::move(body), {}};
}

HttpReply HttpReply::error(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return html("<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                    + "</h1></center>\r\n</body>\r\n</html>\r\n",
                status);
}

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 500: return QByteArrayLiteral("Internal Server Error");
    default: return QByteArrayLiteral("Unknown");
    }
}

QList<QPair<QByteArray, QByteArray>> HttpReply::allHeaders(bool closeConnection) const
{
    QList<QPair<QByteArray, QByteArray>> list;
    if (!contentType.isEmpty())
        list.append({QByteArrayLiteral("Content-Type"), contentType});
    list.append({QByteArrayLiteral("Content-Length"), QByteArray::number(body.size())});
    list.append(headers);
    list.append({QByteArrayLiteral("Connection"),
                 closeConnection ? QByteArrayLiteral("close") : QByteArrayLiteral("keep-alive")});
    return list;
}

QByteArray HttpReply::head(bool closeConnection) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &header : allHeaders(closeConnection))
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    return out;
}

} // namespace kw::sim
