#include "decodecommand.h"

#include "exitcode.h"
#include "senec/senecdecodedjson.h"
#include "senec/senecresponse.h"

#include <QFile>

#include <cstdio>

namespace kw::cli {

void DecodeCommand::start()
{
    QFile file;
    const bool fromStdin = options().input == u"-";
    bool opened = false;
    if (fromStdin) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(options().input);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        fail(ExitFailure, tr("cannot read %1: %2").arg(options().input, file.errorString()));
        return;
    }
    const QByteArray body = file.readAll();
    const senec::SenecParseResult parsed = senec::parseSenecResponse(body);
    if (!parsed.response) {
        fail(ExitBadInput, tr("%1: %2").arg(fromStdin ? tr("stdin") : options().input, parsed.error));
        return;
    }
    succeed(senec::SenecDecodedJson::toJson(*parsed.response, options().style));
}

} // namespace kw::cli
