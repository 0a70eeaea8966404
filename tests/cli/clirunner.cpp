#include "clirunner.h"

#include <QProcess>
#include <QTest>

QList<QByteArray> CliRun::errLines() const
{
    QList<QByteArray> lines = err.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QString cliPath()
{
    return QStringLiteral(KW_CLI_PATH);
}

QProcessEnvironment cliEnvironment()
{
    // A fixed locale proves the output does not depend on the user's (decimal comma etc.).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliRun runCli(const QStringList &arguments, const QByteArray &stdinData, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForStarted(timeoutMs))
        return run;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
