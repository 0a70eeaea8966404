#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace kw::cli {

// Where the client's results and errors go. Errors are always exactly one line on stderr, so
// scripts can log them; results go to stdout untouched.
class OutputWriter
{
public:
    OutputWriter();

    void writeResult(const QByteArray &bytes);
    void writeError(const QString &message);
    void writeNotice(const QString &message); // one line on stderr that is not an error

private:
    QFile m_stdout;
    QFile m_stderr;
};

} // namespace kw::cli
