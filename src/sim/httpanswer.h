#pragma once

#include "httpreply.h"

namespace kw::sim {

// What the simulator does with one request: a reply to send, or nothing because a fault has
// already dealt with the socket.
struct HttpAnswer
{
    HttpReply reply;
    bool closeConnection = false;
    bool handledOnSocket = false; // the handler already dealt with the socket (a fault)
};

} // namespace kw::sim
