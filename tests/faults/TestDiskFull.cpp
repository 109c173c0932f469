// A disk that fills up during a write, simulated with a file-size limit (RLIMIT_FSIZE) in a child
// process: the write fails with a clear error naming the file, nothing half-written appears under
// the final name, an older file of that name survives unchanged, and no temporary file is left.
#include "FaultProcess.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <map>

namespace fs = std::filesystem;
using nuclei3d::test::Fault;
using nuclei3d::test::runWithFault;

namespace {

constexpr rlim_t limit = 64 * 1024; // bytes a process may write to one file

/// Every file under a folder with a hash of its bytes: "unchanged" means equal maps.
std::map<std::string, QByteArray> snapshot(const fs::path& folder) {
    std::map<std::string, QByteArray> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        QFile f(QString::fromStdString(entry.path().string()));
        QByteArray hash;
        if (entry.is_regular_file() && f.open(QIODevice::ReadOnly))
            hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        files[fs::relative(entry.path(), folder).string()] = hash;
    }
    return files;
}

QString helper() { return QStringLiteral(NUCLEI3D_FAULT_HELPER_PATH); }
QString str(const fs::path& p) { return QString::fromStdString(p.string()); }

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void volumeWriteFailsCleanly() {
        QTemporaryDir dir;
        const fs::path target = nuclei3d::test::toPath(dir.path()) / "volume.tif";
        // An older, complete result under the final name must survive the failed overwrite.
        auto ok = runWithFault(helper(), {QStringLiteral("write-volume"), str(target), QStringLiteral("8")},
                               Fault::None);
        QCOMPARE(ok.exitCode, 0);
        const auto before = snapshot(target.parent_path());

        // 48^3 uint16 is 216 KiB, past the 64 KiB limit.
        const auto r = runWithFault(helper(), {QStringLiteral("write-volume"), str(target), QStringLiteral("48")},
                                    Fault::FileSizeLimit, limit);
        QVERIFY2(r.exitCode != nuclei3d::test::faultNotApplied, "setrlimit failed");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(str(target)), qPrintable(r.err));
        QVERIFY(before == snapshot(target.parent_path()));
    }

    void textWriteFailsCleanly() {
        QTemporaryDir dir;
        const fs::path target = nuclei3d::test::toPath(dir.path()) / "params.json";
        const auto r = runWithFault(helper(), {QStringLiteral("write-text"), str(target), QStringLiteral("200000")},
                                    Fault::FileSizeLimit, limit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(str(target)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("could not be written")), qPrintable(r.err));
        QVERIFY(snapshot(target.parent_path()).empty());
    }

    void synthOnAFullDiskKeepsTheFolderAsItWas() {
        QTemporaryDir dir;
        const fs::path out = nuclei3d::test::toPath(dir.path()) / "synth";
        const QString cli = QStringLiteral(NUCLEI3D_CLI_PATH);
        const auto first = runWithFault(cli, {QStringLiteral("synth"), QStringLiteral("--out"), str(out),
                                              QStringLiteral("--size"), QStringLiteral("16"), QStringLiteral("16"),
                                              QStringLiteral("8"), QStringLiteral("--count"), QStringLiteral("2")},
                                        Fault::None);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const auto before = snapshot(out);
        QVERIFY(before.size() >= 5);

        const auto r = runWithFault(cli, {QStringLiteral("synth"), QStringLiteral("--out"), str(out),
                                          QStringLiteral("--size"), QStringLiteral("64"), QStringLiteral("64"),
                                          QStringLiteral("32"), QStringLiteral("--count"), QStringLiteral("10")},
                                    Fault::FileSizeLimit, limit);
        QVERIFY2(r.exitCode != 0 && r.exitCode != -1, qPrintable(r.err));
        QVERIFY2(r.err.contains(str(out)), qPrintable(r.err));
        QVERIFY(before == snapshot(out));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
