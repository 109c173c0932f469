#pragma once
// Runs a program (nuclei3d-cli or the fault helper) in a child process with one fault applied
// between fork and exec: a file-size limit (a disk that fills up during a write) or, for root, the
// loss of the capabilities that let root ignore file permissions. Linux only, like these tests.
#include <QProcess>
#include <QString>
#include <QStringList>

#include <csignal>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace nuclei3d::test {

struct FaultResult {
    int exitCode = -1; ///< -1 when the process crashed or did not finish
    QString out;
    QString err;
};

/// Exit status of a child that could not apply its fault (not the program's own exit code).
constexpr int faultNotApplied = 97;

enum class Fault { None, FileSizeLimit, NoPermissionOverride };

inline FaultResult runWithFault(const QString& program, const QStringList& arguments, Fault fault,
                                rlim_t fileSizeLimit = 0, int timeoutMs = 300000) {
    QProcess process;
    process.setChildProcessModifier([fault, fileSizeLimit] {
        // Only async-signal-safe calls here: this runs in the forked child before exec.
        if (fault == Fault::FileSizeLimit) {
            // A full disk as the program sees it: writes past the limit fail with EFBIG. SIGXFSZ is
            // ignored (and stays ignored across exec) so the program gets the error, not the signal.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
                _exit(faultNotApplied);
        } else if (fault == Fault::NoPermissionOverride && geteuid() == 0) {
            // Root ignores file modes through CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH. Dropping both
            // from the bounding set makes the exec'd program's root obey them like any user.
            if (prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0 ||
                prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0) != 0)
                _exit(faultNotApplied);
        }
    });
    process.start(program, arguments);
    process.waitForFinished(timeoutMs);
    FaultResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(process.readAllStandardError());
    return r;
}

} // namespace nuclei3d::test
