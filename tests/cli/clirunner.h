#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the built kilowatch-cli binary as a user would and captures what it prints.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    // stderr split into lines, without the trailing empty one.
    QList<QByteArray> errLines() const;
};

// The built kilowatch-cli binary and the environment runCli() gives it (fixed C.UTF-8 locale), for
// tests that need the process itself (e.g. to kill it).
QString cliPath();
QProcessEnvironment cliEnvironment();

CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {},
              int timeoutMs = 30'000);
