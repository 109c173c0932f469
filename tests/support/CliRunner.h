#pragma once
// Runs nuclei3d-cli as a user would and captures its exit code and output.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace nuclei3d::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& arguments, int timeoutMs = 120000) {
    QProcess process;
    process.start(QStringLiteral(NUCLEI3D_CLI_PATH), arguments);
    process.waitForFinished(timeoutMs);
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(process.readAllStandardError());
    return r;
}

} // namespace nuclei3d::test
