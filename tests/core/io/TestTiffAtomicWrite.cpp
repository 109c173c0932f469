// writeVolume is atomic: a write that fails (disk full, read-only or missing folder) or is cancelled
// leaves no file under the final name and no temporary file, and never damages a file that was
// already there; a successful write replaces it whole.
#include "TestSupport.h"
#include "TiffTestFiles.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"

#include <QtTest>

#include <csignal>
#include <random>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace nuclei3d;
using namespace nuclei3d::test;
namespace fs = std::filesystem;

namespace {

struct StopAfter : ProgressSink {
    explicit StopAfter(std::size_t pages) : m_pages(pages) {}
    bool update(double, const std::string&) override { return ++m_calls < m_pages; }
    std::size_t m_pages;
    std::size_t m_calls = 0;
};

// Simulates a full disk for this process: writes beyond `bytes` fail with EFBIG, as with ENOSPC.
class FileSizeLimit {
  public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_previousSignal = std::signal(SIGXFSZ, SIG_IGN); // else the kernel kills the process
        getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousSignal);
    }
    bool active() const { return m_active; }

  private:
    rlimit m_previous{};
    void (*m_previousSignal)(int) = nullptr;
    bool m_active = false;
};

QString errorOf(const std::function<void()>& write) {
    try {
        write();
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// Noise, so that no compression can shrink it below the simulated disk size.
const Volume<std::uint16_t>& bigVolume() {
    static const auto volume = [] {
        Volume<std::uint16_t> noise(Shape{200, 150, 12}, 0, Spacing::micrometres(1, 1, 2));
        std::mt19937 random(42);
        for (auto& v : noise.storage())
            v = static_cast<std::uint16_t>(random());
        return noise;
    }();
    return volume;
}

} // namespace

class TestTiffAtomicWrite : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void cancelledWriteLeavesNothing_data() {
        QTest::addColumn<int>("compression");
        QTest::newRow("none") << 0;
        QTest::newRow("Deflate") << 1;
        QTest::newRow("LZW") << 2;
    }
    void cancelledWriteLeavesNothing() {
        QFETCH(int, compression);
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "volume.tif";
        TiffWriteOptions options;
        options.compression = static_cast<TiffWriteOptions::Compression>(compression);
        StopAfter stop(4);
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 writeVolume(file, bigVolume(), options, Progress(&stop, nullptr)));
        QCOMPARE(stop.m_calls, std::size_t{4});
        QVERIFY(folderEntries(toPath(dir.path())).empty());
    }

    void cancelledWriteKeepsThePreviousFile() {
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "volume.tif";
        const auto previous = patternVolume<std::uint8_t>(Shape{5, 4, 3});
        writeVolume(file, previous);
        CancelToken token;
        StopAfter stop(2);
        QVERIFY_THROWS_EXCEPTION(Cancelled, writeVolume(file, bigVolume(), {}, Progress(&stop, &token)));
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, writeVolume(file, bigVolume(), {}, Progress(nullptr, &token)));
        QCOMPARE(folderEntries(toPath(dir.path())), std::vector<std::string>{"volume.tif"});
        QVERIFY(sameVoxels(std::get<Volume<std::uint8_t>>(readVolume(file)), previous));
    }

    void fullDiskLeavesNothing() {
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "volume.tif";
        const fs::path kept = toPath(dir.path()) / "kept.tif";
        const auto previous = patternVolume<std::uint8_t>(Shape{5, 4, 3});
        writeVolume(kept, previous);
        for (const auto compression :
             {TiffWriteOptions::Compression::None, TiffWriteOptions::Compression::Deflate}) {
            TiffWriteOptions options;
            options.compression = compression;
            QString message, overwrite;
            {
                FileSizeLimit limit(64 * 1024);
                if (!limit.active())
                    QSKIP("cannot limit the file size here");
                message = errorOf([&] { writeVolume(file, bigVolume(), options); });
                overwrite = errorOf([&] { writeVolume(kept, bigVolume(), options); });
            }
            QVERIFY2(message.startsWith(QString::fromStdString(file.string()) +
                                        ": could not be written completely"),
                     qPrintable(message));
            QVERIFY2(!message.contains(".part-"), "the temporary name is not shown to the user");
            QVERIFY2(overwrite.contains("could not be written completely"), qPrintable(overwrite));
            QCOMPARE(folderEntries(toPath(dir.path())), std::vector<std::string>{"kept.tif"});
            QVERIFY(sameVoxels(std::get<Volume<std::uint8_t>>(readVolume(kept)), previous));
        }
    }

    void readOnlyFolder() {
        QTemporaryDir dir;
        ::chmod(dir.path().toLocal8Bit().constData(), 0755);
        const fs::path folder = toPath(dir.path()) / "locked";
        fs::create_directory(folder);
        ::chmod(folder.c_str(), 0555);
        const fs::path file = folder / "volume.tif";
        // Returns 0 when the write failed cleanly with a FileError naming the file.
        const auto attempt = [&]() -> int {
            const QString message = errorOf([&] { writeVolume(file, bigVolume()); });
            if (!message.startsWith(QString::fromStdString(file.string()) + ": could not be created"))
                return 1;
            return folderEntries(folder).empty() ? 0 : 2;
        };
        int result = 0;
        if (::geteuid() != 0) {
            result = attempt();
        } else {
            // Root ignores folder permissions: try it as an unprivileged user in a child process.
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                const bool dropped = ::setgid(65534) == 0 && ::setuid(65534) == 0;
                ::_exit(dropped ? attempt() : 3);
            }
            int status = 0;
            ::waitpid(child, &status, 0);
            QVERIFY(WIFEXITED(status));
            result = WEXITSTATUS(status);
        }
        ::chmod(folder.c_str(), 0755);
        QCOMPARE(result, 0);
    }

    void missingFolderOrFolderAsTarget() {
        QTemporaryDir dir;
        const fs::path missing = toPath(dir.path()) / "no-such-folder" / "volume.tif";
        QVERIFY(errorOf([&] { writeVolume(missing, bigVolume()); }).contains("does not exist"));
        const fs::path folder = toPath(dir.path()) / "folder.tif";
        fs::create_directory(folder);
        QVERIFY(errorOf([&] { writeVolume(folder, bigVolume()); }).contains("is a folder"));
        QCOMPARE(folderEntries(toPath(dir.path())), std::vector<std::string>{"folder.tif"});
    }

    void unwritableVolumesRefused() {
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "volume.tif";
        QVERIFY(errorOf([&] { writeVolume(file, Volume<float>()); }).contains("the volume is empty"));
        Volume<std::uint8_t> badSpacing(Shape{2, 2, 2}, 0, Spacing::micrometres(1, -1, 1));
        QVERIFY(errorOf([&] { writeVolume(file, badSpacing); }).contains("voxel size must be positive"));
        QVERIFY(folderEntries(toPath(dir.path())).empty());
    }

    void successfulWriteReplacesTheFile() {
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "volume.tif";
        writeVolume(file, patternVolume<float>(Shape{30, 20, 10}));
        const auto replacement = patternVolume<std::uint8_t>(Shape{3, 2, 1});
        writeVolume(file, replacement);
        QVERIFY(sameVoxels(std::get<Volume<std::uint8_t>>(readVolume(file)), replacement));
        QCOMPARE(folderEntries(toPath(dir.path())), std::vector<std::string>{"volume.tif"});
    }
};

QTEST_APPLESS_MAIN(TestTiffAtomicWrite)
#include "TestTiffAtomicWrite.moc"
