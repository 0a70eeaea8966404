#pragma once

#include "httpreply.h"

class QTcpSocket;

namespace kw::sim {

// Puts replies on a raw socket, well or badly: for the connections the simulator keeps for
// itself when a fault is due.
namespace ReplyWriter {

void send(QTcpSocket *socket, const HttpReply &reply, bool closeConnection);
// Headers at once, then the body in small pieces spread over `durationMs`.
void sendSlowly(QTcpSocket *socket, const HttpReply &reply, bool closeConnection, int durationMs);
// Aborts the connection with a TCP RST (SO_LINGER 0) instead of an orderly close.
void reset(QTcpSocket *socket);

} // namespace ReplyWriter
} // namespace kw::sim
