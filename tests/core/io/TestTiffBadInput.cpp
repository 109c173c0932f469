// Every kind of bad input gives one FileError that names the file and the problem, never a crash,
// never a huge allocation for a header that lies, and never libtiff chatter on stderr: missing,
// empty, non-TIFF and truncated files, unsupported sample types, mismatched pages, absurd sizes,
// hyperstacks, corrupt compressed data, and randomly damaged files.
#include "TestSupport.h"
#include "TiffTestFiles.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"

#include <QtTest>

#include <cstdio>
#include <functional>
#include <random>

#include <unistd.h>

using namespace nuclei3d;
using namespace nuclei3d::test;
namespace fs = std::filesystem;

namespace {

struct BadCase {
    const char* name;
    std::function<void(const fs::path&)> make;
    const char* expected; ///< part of the message
    bool refusedByHeader; ///< readVolumeInfo refuses it too (not only readVolume)
};

void writeText(const fs::path& file, const std::string& text) {
    writeBytes(file, std::vector<std::uint8_t>(text.begin(), text.end()));
}

RawPage page(std::uint16_t bits, std::uint16_t format = SAMPLEFORMAT_UINT, std::uint16_t samples = 1,
             std::uint16_t photometric = PHOTOMETRIC_MINISBLACK) {
    RawPage p;
    p.bits = bits;
    p.sampleFormat = format;
    p.samples = samples;
    p.photometric = photometric;
    return p;
}

std::function<void(const fs::path&)> pages(std::vector<RawPage> list) {
    return [list](const fs::path& file) { writeRawPages(file, list); };
}

RawPage described(std::string description) {
    RawPage p;
    p.description = std::move(description);
    return p;
}

std::vector<std::uint8_t> randomBytes(std::size_t count, unsigned seed) {
    std::mt19937 random(seed);
    std::vector<std::uint8_t> bytes(count);
    for (auto& b : bytes)
        b = static_cast<std::uint8_t>(random());
    return bytes;
}

const std::vector<BadCase>& badCases() {
    static const std::vector<BadCase> cases = [] {
        RawPage huge = page(8);
        huge.width = huge.height = 100000;
        huge.strip = std::vector<std::uint8_t>(16, 1);
        RawPage lyingRaw = page(16);
        lyingRaw.width = lyingRaw.height = 60000; // within the size limits: 7.2 GB claimed
        lyingRaw.strip = std::vector<std::uint8_t>(16, 1);
        RawPage lyingDeflate = lyingRaw;
        lyingDeflate.compression = COMPRESSION_ADOBE_DEFLATE;
        RawPage corruptLzw = page(8);
        corruptLzw.width = corruptLzw.height = 64;
        corruptLzw.compression = COMPRESSION_LZW;
        corruptLzw.strip = randomBytes(900, 7);
        RawPage corruptDeflate = corruptLzw;
        corruptDeflate.compression = COMPRESSION_ADOBE_DEFLATE;
        RawPage wide = page(8);
        wide.width = 9;
        RawPage block = page(8);
        block.imageDepth = 3;
        RawPage thumbnail = page(8);
        thumbnail.subfileType = FILETYPE_REDUCEDIMAGE;
        RawPage giantTiles = page(8);
        giantTiles.width = giantTiles.height = 16;
        giantTiles.tileSize = 65536; // 4 GB per tile for a 16 x 16 image
        giantTiles.compression = COMPRESSION_ADOBE_DEFLATE;
        giantTiles.strip = std::vector<std::uint8_t>(16, 1);
        RawPage lyingTiles = giantTiles;
        lyingTiles.tileSize = 8192; // 64 MB to decode from 16 bytes

        return std::vector<BadCase>{
            {"missing file", [](const fs::path&) {}, "does not exist", true},
            {"folder", [](const fs::path& f) { fs::create_directory(f); }, "is a folder", true},
            {"empty file", [](const fs::path& f) { writeText(f, ""); }, "is empty", true},
            {"text file named .tif",
             [](const fs::path& f) { writeText(f, "These are my notes, not an image.\n"); },
             "is not a TIFF file", true},
            {"PNG named .tif",
             [](const fs::path& f) {
                 writeBytes(f, {0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
             },
             "is not a TIFF file", true},
            {"five bytes",
             [](const fs::path& f) {
                 writeBytes(f, {'I', 'I', 42, 0, 8});
             },
             "too few", true},
            {"header only",
             [](const fs::path& f) {
                 writeBytes(f, {'I', 'I', 42, 0, 8, 0, 0, 0});
             },
             "is damaged or truncated: its first page cannot be read", true},
            {"directory beyond the end",
             [](const fs::path& f) {
                 writeBytes(f, {'M', 'M', 0, 42, 0x7F, 0xFF, 0xFF, 0xF0, 0, 0, 0, 0});
             },
             "is damaged or truncated: its first page cannot be read", true},
            {"garbage after a TIFF header",
             [](const fs::path& f) {
                 auto bytes = randomBytes(4000, 3);
                 const std::uint8_t header[] = {'I', 'I', 42, 0, 8, 0, 0, 0};
                 std::copy(std::begin(header), std::end(header), bytes.begin());
                 writeBytes(f, bytes);
             },
             "", true},
            {"strip data beyond the end of the file",
             [](const fs::path& f) {
                 writeBytes(f, buildTiffBytes(16, 16, std::vector<std::uint8_t>(100, 5), 256));
             },
             "is truncated", false},
            {"pages of different sizes", pages({page(8), page(8), wide}),
             "page 3 is 9 x 4 pixels but page 1 is 8 x 4", true},
            {"pages of different types", pages({page(16), page(8)}),
             "page 2 holds uint8 voxels but page 1 holds uint16", true},
            {"12-bit", pages({page(12)}), "12-bit unsigned integer samples", true},
            {"signed 16-bit", pages({page(16, SAMPLEFORMAT_INT)}), "16-bit signed integer", true},
            {"64-bit float", pages({page(64, SAMPLEFORMAT_IEEEFP)}), "64-bit floating-point", true},
            {"16-bit float", pages({page(16, SAMPLEFORMAT_IEEEFP)}), "16-bit floating-point", true},
            {"complex float", pages({page(64, SAMPLEFORMAT_COMPLEXIEEEFP)}), "complex floating-point", true},
            {"1-bit", pages({page(1)}), "1-bit", true},
            {"RGBA", pages({page(8, SAMPLEFORMAT_UINT, 4, PHOTOMETRIC_RGB)}), "4 samples per pixel", true},
            {"16-bit RGB", pages({page(16, SAMPLEFORMAT_UINT, 3, PHOTOMETRIC_RGB)}),
             "RGB colour image with 16-bit", true},
            {"two samples per grey pixel", pages({page(8, SAMPLEFORMAT_UINT, 2)}),
             "2 samples (channels) per pixel", true},
            {"CMYK", pages({page(8, SAMPLEFORMAT_UINT, 4, PHOTOMETRIC_SEPARATED)}), "CMYK", true},
            {"3D block (ImageDepth)", pages({block}), "ImageDepth 3", true},
            {"only a thumbnail", pages({thumbnail}), "no full-size image", true},
            {"100000 x 100000 pixels claimed", pages({huge}), "more than the limit of 65536 per side", true},
            {"60000 x 60000 uncompressed claimed from 16 bytes", pages({lyingRaw}), "truncated or damaged",
             false},
            {"60000 x 60000 Deflate claimed from 16 bytes", pages({lyingDeflate}),
             "far more than any compression", false},
            {"giant tiles claimed", pages({giantTiles}), "larger than any sensible tiling", true},
            {"64 MB tile claimed from 16 Deflate bytes", pages({lyingTiles}), "far more than any compression",
             false},
            {"corrupt LZW data", pages({corruptLzw}), "page 1 cannot be decoded", false},
            {"corrupt Deflate data", pages({corruptDeflate}), "page 1 cannot be decoded", false},
            {"ImageJ hyperstack with channels",
             pages({described("ImageJ=1.53t\nimages=4\nchannels=2\nslices=2\nhyperstack=true\n"), page(8),
                    page(8), page(8)}),
             "ImageJ hyperstack with 2 channels", true},
            {"ImageJ time series", pages({described("ImageJ=1.53t\nimages=3\nframes=3\n"), page(8), page(8)}),
             "3 time points", true},
            {"ImageJ stack over 4 GB (one directory)",
             pages({described("ImageJ=1.53t\nimages=5\nslices=5\n")}), "announces 5 images", true},
            {"OME-TIFF with channels",
             pages(
                 {described(
                      R"(<?xml version="1.0"?><OME><Image><Pixels SizeC="2" SizeZ="1" SizeT="1"/></Image></OME>)"),
                  page(8)}),
             "OME-TIFF with 2 channels", true},
            {"OME-TIFF time series",
             pages({described(
                 R"(<?xml version="1.0"?><OME><Image><Pixels SizeC="1" SizeZ="1" SizeT="4"/></Image></OME>)")}),
             "4 time points", true},
            {"OME-TIFF with several series",
             pages(
                 {described(
                      R"(<?xml version="1.0"?><OME><Image><Pixels SizeZ="1"/></Image><Image><Pixels SizeZ="1"/></Image></OME>)"),
                  page(8)}),
             "2 OME images (series)", true},
        };
    }();
    return cases;
}

// Reads with both entry points; returns the FileError message (empty when nothing was thrown).
QString errorOf(const std::function<void()>& read) {
    try {
        read();
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestTiffBadInput : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void refusedWithClearMessage_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < badCases().size(); ++i)
            QTest::newRow(badCases()[i].name) << static_cast<int>(i);
    }
    void refusedWithClearMessage() {
        QFETCH(int, index);
        const BadCase& c = badCases()[static_cast<std::size_t>(index)];
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "bad.tif";
        c.make(file);
        const QString message = errorOf([&] { readVolume(file); });
        QVERIFY2(!message.isEmpty(), "readVolume accepted the file");
        qInfo("%s", qPrintable(message));
        QVERIFY2(message.startsWith(QString::fromStdString(file.string()) + ": "), qPrintable(message));
        QVERIFY2(message.contains(c.expected), qPrintable(message));
        QVERIFY2(!message.contains('\n'), "one line");
        const QString labelMessage = errorOf([&] { readLabelVolume(file); });
        QVERIFY2(labelMessage.contains(c.expected), qPrintable(labelMessage));
        const QString infoMessage = errorOf([&] { readVolumeInfo(file); });
        if (c.refusedByHeader)
            QVERIFY2(infoMessage.contains(c.expected), qPrintable(infoMessage));
        else
            QVERIFY2(infoMessage.isEmpty(), qPrintable(infoMessage));
    }

    void truncatedCopies_data() {
        QTest::addColumn<bool>("tiledLzw");
        QTest::addColumn<double>("keep"); // fraction of the file kept
        for (const bool tiled : {false, true})
            for (const double keep : {0.003, 0.1, 0.33, 0.5, 0.75, 0.95, 0.999})
                QTest::addRow("%s, %.1f%% kept", tiled ? "tiled LZW" : "strips", keep * 100) << tiled << keep;
    }
    void truncatedCopies() {
        QFETCH(bool, tiledLzw);
        QFETCH(double, keep);
        QTemporaryDir dir;
        const fs::path whole = toPath(dir.path()) / "whole.tif";
        const auto volume = patternVolume<std::uint16_t>(Shape{40, 30, 10}, Spacing::micrometres(1, 1, 2));
        if (tiledLzw) {
            LibtiffLayout layout;
            layout.tiled = true;
            layout.compression = COMPRESSION_LZW;
            writeWithLibtiff(whole, volume, layout);
        } else {
            writeVolume(whole, volume);
        }
        const auto bytes = readBytes(whole);
        const fs::path cut = toPath(dir.path()) / "cut.tif";
        const auto size =
            std::max<std::size_t>(1, static_cast<std::size_t>(static_cast<double>(bytes.size()) * keep));
        writeBytes(
            cut, std::vector<std::uint8_t>(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(size)));
        const QString message = errorOf([&] { readVolume(cut); });
        qInfo("%s", qPrintable(message));
        QVERIFY2(message.startsWith(QString::fromStdString(cut.string()) + ": "), qPrintable(message));
    }

    void everyByteOfTheLastPageMatters() {
        // The last page's directory and data come last in the file. Cutting any of that is noticed;
        // only the final four bytes, the zero link meaning "no further page", can go without loss.
        QTemporaryDir dir;
        const fs::path whole = toPath(dir.path()) / "whole.tif";
        const auto original = patternVolume<std::uint8_t>(Shape{9, 7, 3});
        writeVolume(whole, original);
        const auto bytes = readBytes(whole);
        const fs::path cut = toPath(dir.path()) / "cut.tif";
        for (std::size_t drop = 1; drop <= 200; ++drop) {
            writeBytes(cut, std::vector<std::uint8_t>(bytes.begin(),
                                                      bytes.end() - static_cast<std::ptrdiff_t>(drop)));
            if (drop <= 4)
                QVERIFY(sameVoxels(std::get<Volume<std::uint8_t>>(readVolume(cut)), original));
            else
                QVERIFY2(!errorOf([&] { readVolume(cut); }).isEmpty(),
                         qPrintable(QString("dropped %1 bytes").arg(drop)));
        }
    }

    void randomDamageNeverCrashes() {
        QTemporaryDir dir;
        const fs::path whole = toPath(dir.path()) / "whole.tif";
        TiffWriteOptions options;
        options.compression = TiffWriteOptions::Compression::Lzw;
        writeVolume(whole, patternVolume<std::uint16_t>(Shape{16, 12, 3}, Spacing::micrometres(0.5, 0.5, 1)),
                    options);
        const auto original = readBytes(whole);
        const fs::path damaged = toPath(dir.path()) / "damaged.tif";
        std::mt19937 random(12345);
        int refused = 0;
        for (int round = 0; round < 400; ++round) {
            auto bytes = original;
            const int flips = 1 + static_cast<int>(random() % 4);
            for (int i = 0; i < flips; ++i)
                bytes[random() % bytes.size()] ^= static_cast<std::uint8_t>(1 + random() % 255);
            if (round % 5 == 0)
                bytes.resize(random() % bytes.size());
            writeBytes(damaged, bytes);
            try {
                readVolumeInfo(damaged);
                readVolume(damaged);
                readLabelVolume(damaged);
            } catch (const Error&) {
                ++refused; // any nuclei3d::Error is fine; anything else fails the test
            }
        }
        qInfo("%d of 400 damaged files refused", refused);
        QVERIFY(refused > 0);
    }

    void libtiffNeverWritesToStderr() {
        QTemporaryDir dir;
        const fs::path log = toPath(dir.path()) / "stderr.txt";
        std::fflush(stderr);
        const int saved = ::dup(STDERR_FILENO);
        FILE* capture = std::fopen(log.c_str(), "w");
        QVERIFY(capture);
        ::dup2(::fileno(capture), STDERR_FILENO);
        for (const BadCase& c : badCases()) {
            const fs::path file = toPath(dir.path()) / (std::string(c.name) + ".tif");
            c.make(file);
            errorOf([&] { readVolume(file); });
        }
        std::fflush(stderr);
        ::dup2(saved, STDERR_FILENO);
        ::close(saved);
        std::fclose(capture);
        const auto text = readBytes(log);
        QVERIFY2(text.empty(), std::string(text.begin(), text.end()).c_str());
    }
};

QTEST_APPLESS_MAIN(TestTiffBadInput)
#include "TestTiffBadInput.moc"
