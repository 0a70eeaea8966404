#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace kw::sim {

// One parsed HTTP request as the simulator's router sees it. `target` is the request target
// exactly as sent ("//vars.html"): QHttpServerRequest::url() cannot be used for that because
// the URL parser reads a leading "//" as an authority and drops it.
struct IncomingRequest
{
    QByteArray method; // "GET", "POST", …
    QByteArray target;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace kw::sim
