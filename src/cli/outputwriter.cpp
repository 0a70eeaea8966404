#include "outputwriter.h"

#include <cstdio>

namespace kw::cli {
namespace {

// A message from deep down (a parser, Qt's network stack) may contain newlines; the one-line
// promise is kept here rather than trusted to every producer.
QByteArray line(const char *prefix, const QString &message)
{
    QByteArray out(prefix);
    out.append(message.simplified().toUtf8());
    out.append('\n');
    return out;
}

} // namespace

OutputWriter::OutputWriter()
{
    // Unbuffered: results and errors must be on the terminal before the process exits, in order.
    m_stdout.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_stderr.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

void OutputWriter::writeResult(const QByteArray &bytes)
{
    m_stdout.write(bytes);
}

void OutputWriter::writeError(const QString &message)
{
    m_stderr.write(line("kilowatch-cli: error: ", message));
}

void OutputWriter::writeNotice(const QString &message)
{
    m_stderr.write(line("kilowatch-cli: ", message));
}

} // namespace kw::cli
