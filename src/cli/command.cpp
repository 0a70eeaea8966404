#include "command.h"

#include "exitcode.h"

namespace kw::cli {

Command::Command(CliOptions options, OutputWriter &output, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_output(output)
{
}

void Command::fail(int exitCode, const QString &message)
{
    // A late reply after a timeout must not print a second verdict.
    if (m_finished)
        return;
    m_finished = true;
    m_output.writeError(message);
    Q_EMIT finished(exitCode);
}

void Command::succeed(const QByteArray &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_output.writeResult(result);
    Q_EMIT finished(ExitOk);
}

} // namespace kw::cli
