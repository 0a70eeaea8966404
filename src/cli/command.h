#pragma once

#include "clioptions.h"
#include "outputwriter.h"

#include <QObject>

namespace kw::cli {

// One kilowatch-cli command. Network commands finish asynchronously, so every command reports
// its exit code through finished() and the event loop ends there.
class Command : public QObject
{
    Q_OBJECT
public:
    Command(CliOptions options, OutputWriter &output, QObject *parent = nullptr);

    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Prints `message` as the one-line error and finishes with `exitCode`.
    void fail(int exitCode, const QString &message);
    void succeed(const QByteArray &result);

    const CliOptions &options() const { return m_options; }
    OutputWriter &output() { return m_output; }

private:
    CliOptions m_options;
    OutputWriter &m_output;
    bool m_finished = false;
};

} // namespace kw::cli
