// A missing or read-only output folder: the program stops with an error naming the place, writes
// nothing, and leaves no temporary file behind.
#include "FaultProcess.h"
#include "TestSupport.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/ParameterSet.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace nuclei3d;
namespace fs = std::filesystem;

namespace {

QStringList synthArguments(const fs::path& out) {
    return {QStringLiteral("synth"), QStringLiteral("--out"), QString::fromStdString(out.string()),
            QStringLiteral("--size"), QStringLiteral("24"), QStringLiteral("24"), QStringLiteral("12"),
            QStringLiteral("--count"), QStringLiteral("3")};
}

std::size_t entriesIn(const fs::path& folder) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : fs::recursive_directory_iterator(folder))
        ++n;
    return n;
}

/// Restores write permission when a test ends, so QTemporaryDir can clean up.
struct WritableAgain {
    fs::path folder;
    ~WritableAgain() {
        std::error_code ec;
        fs::permissions(folder, fs::perms::owner_all, fs::perm_options::add, ec);
    }
};

} // namespace

class TestOutputFolderFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missingFolderForAVolumeOrAParameterFile() {
        QTemporaryDir dir;
        const fs::path missing = test::toPath(dir.path()) / "no-such-folder";
        try {
            writeVolume(missing / "image.tif", Volume<std::uint8_t>(Shape{4, 4, 2}));
            QFAIL("writing into a missing folder must fail");
        } catch (const FileError& e) {
            QCOMPARE(e.file(), missing / "image.tif");
            QVERIFY2(std::string(e.what()).find("does not exist") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(FileError, ParameterSet().save(missing / "params.json"));
        QVERIFY(!fs::exists(missing));
    }

    void outputFolderThatCannotBeCreated() {
        // A file stands where the output folder's parent should be: no folder can be made there.
        QTemporaryDir dir;
        const fs::path blocker = test::toPath(dir.path()) / "a-file";
        QVERIFY(QFile(QString::fromStdString(blocker.string())).open(QIODevice::WriteOnly));
        const fs::path out = blocker / "results";
        const auto r = test::runWithFault(QStringLiteral(NUCLEI3D_CLI_PATH), synthArguments(out), test::Fault::None);
        QVERIFY2(r.exitCode != 0 && r.exitCode != -1, qPrintable(r.err));
        QVERIFY2(r.err.contains(QString::fromStdString(out.string())), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("cannot be created")), qPrintable(r.err));
        QCOMPARE(entriesIn(test::toPath(dir.path())), std::size_t{1});
    }

    void readOnlyOutputFolder() {
        QTemporaryDir dir;
        const fs::path out = test::toPath(dir.path()) / "read-only";
        fs::create_directory(out);
        fs::permissions(out, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                 fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
        WritableAgain restore{out};
        // As root the child drops the capabilities that bypass file modes (see FaultProcess.h), so
        // the folder is read-only for it as for anyone else.
        const auto r = test::runWithFault(QStringLiteral(NUCLEI3D_CLI_PATH), synthArguments(out),
                                          test::Fault::NoPermissionOverride);
        if (r.exitCode == test::faultNotApplied)
            QSKIP("running as root without CAP_SETPCAP: cannot drop CAP_DAC_OVERRIDE, so a read-only "
                  "folder cannot be made read-only for the child");
        QVERIFY2(r.exitCode != 0 && r.exitCode != -1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QString::fromStdString(out.string())), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("not writable")) || r.err.contains(QStringLiteral("ermission")),
                 qPrintable(r.err));
        QCOMPARE(entriesIn(out), std::size_t{0});
    }

    void readOnlyFolderInProcess() {
        if (geteuid() == 0)
            QSKIP("root ignores file modes in this process; readOnlyOutputFolder covers root in a child");
        QTemporaryDir dir;
        const fs::path out = test::toPath(dir.path());
        fs::permissions(out, fs::perms::owner_read | fs::perms::owner_exec);
        WritableAgain restore{out};
        QVERIFY_THROWS_EXCEPTION(FileError, writeVolume(out / "image.tif", Volume<std::uint8_t>(Shape{4, 4, 2})));
        QVERIFY_THROWS_EXCEPTION(FileError, ParameterSet().save(out / "params.json"));
        QCOMPARE(entriesIn(out), std::size_t{0});
    }
};

QTEST_GUILESS_MAIN(TestOutputFolderFaults)
#include "TestOutputFolderFaults.moc"
