#pragma once

// A command-line program run to its end, as a test runs zato-invoke: its exit code and output.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace zd::test {

struct ProcessRun
{
    int exitCode = -1; // -1: it did not start, or did not end within the time
    QByteArray out;
    QByteArray err;
};

inline ProcessRun
runProcess(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000) ||
        !QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs))
        return {};
    return ProcessRun{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace zd::test
