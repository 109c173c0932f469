// Volumes survive writeVolume + readVolume unchanged for every voxel type and compression, and
// readVolume decodes every layout libtiff can produce (strips, tiles, predictors, byte orders,
// BigTIFF, thumbnails between pages) to the same voxels. Progress and cancel are honoured.
#include "TestSupport.h"
#include "TiffTestFiles.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"

#include <QtTest>

#include <cmath>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

using Compression = TiffWriteOptions::Compression;

const Spacing kSpacing = Spacing::micrometres(0.25, 0.5, 1.75);

bool closeTo(double a, double b) {
    return std::abs(a - b) <= 1e-6 * std::max(std::abs(a), std::abs(b));
}

template <typename T>
void checkRoundTrip(const std::filesystem::path& file, Shape shape, const TiffWriteOptions& options) {
    const Volume<T> original = patternVolume<T>(shape, kSpacing);
    writeVolume(file, original, options);
    const AnyVolume read = readVolume(file);
    QCOMPARE(voxelType(read), voxelTypeOf<T>());
    const auto& volume = std::get<Volume<T>>(read);
    QCOMPARE(volume.shape(), shape);
    QVERIFY(sameVoxels(volume, original));
    QVERIFY(volume.spacing().known);
    QVERIFY(closeTo(volume.spacing().x, kSpacing.x));
    QVERIFY(closeTo(volume.spacing().y, kSpacing.y));
    QVERIFY(closeTo(volume.spacing().z, kSpacing.z));

    const VolumeFileInfo info = readVolumeInfo(file);
    QCOMPARE(info.shape, shape);
    QCOMPARE(info.type, voxelTypeOf<T>());
    QCOMPARE(info.bigTiff, options.forceBigTiff);
    QVERIFY(!info.tiled);
    const char* expected = options.compression == Compression::Lzw       ? "LZW"
                           : options.compression == Compression::Deflate ? "Deflate"
                                                                         : "none";
    QCOMPARE(QString::fromStdString(info.compression), QString(expected));
}

void roundTrip(int type, const std::filesystem::path& file, Shape shape, const TiffWriteOptions& options) {
    switch (type) {
    case 0:
        return checkRoundTrip<std::uint8_t>(file, shape, options);
    case 1:
        return checkRoundTrip<std::uint16_t>(file, shape, options);
    case 2:
        return checkRoundTrip<std::uint32_t>(file, shape, options);
    case 3:
        return checkRoundTrip<float>(file, shape, options);
    case 4:
        return checkRoundTrip<Rgb8>(file, shape, options);
    }
}

// Layouts written with libtiff directly; the reader must give back the same voxels for each.
struct LayoutCase {
    const char* name;
    int type; // as in roundTrip()
    LibtiffLayout layout;
};

LibtiffLayout layout(const char* mode, std::uint16_t compression, std::uint16_t predictor, bool tiled,
                     std::uint32_t rowsPerStrip = 0) {
    LibtiffLayout l;
    l.mode = mode;
    l.compression = compression;
    l.predictor = predictor;
    l.tiled = tiled;
    l.rowsPerStrip = rowsPerStrip;
    return l;
}

const std::vector<LayoutCase>& layoutCases() {
    static const std::vector<LayoutCase> cases = [] {
        LibtiffLayout thumbs = layout("w", COMPRESSION_NONE, PREDICTOR_NONE, false);
        thumbs.thumbnails = true;
        LibtiffLayout oddTiles = layout("w", COMPRESSION_LZW, PREDICTOR_HORIZONTAL, true);
        oddTiles.tileSize = 32;
        return std::vector<LayoutCase>{
            {"uint16 strips, none", 1, layout("w", COMPRESSION_NONE, PREDICTOR_NONE, false)},
            {"uint16 strips of 3 rows, none", 1, layout("w", COMPRESSION_NONE, PREDICTOR_NONE, false, 3)},
            {"uint16 strips, LZW", 1, layout("w", COMPRESSION_LZW, PREDICTOR_NONE, false, 5)},
            {"uint16 strips, LZW + predictor", 1,
             layout("w", COMPRESSION_LZW, PREDICTOR_HORIZONTAL, false, 4)},
            {"uint16 strips, Deflate", 1, layout("w", COMPRESSION_ADOBE_DEFLATE, PREDICTOR_NONE, false)},
            {"uint16 strips, old Deflate + predictor", 1,
             layout("w", COMPRESSION_DEFLATE, PREDICTOR_HORIZONTAL, false, 7)},
            {"uint16 strips, PackBits", 1, layout("w", COMPRESSION_PACKBITS, PREDICTOR_NONE, false, 2)},
            {"uint16 tiles, none", 1, layout("w", COMPRESSION_NONE, PREDICTOR_NONE, true)},
            {"uint16 tiles, LZW", 1, layout("w", COMPRESSION_LZW, PREDICTOR_NONE, true)},
            {"uint16 tiles, Deflate + predictor", 1,
             layout("w", COMPRESSION_ADOBE_DEFLATE, PREDICTOR_HORIZONTAL, true)},
            {"uint16 tiles larger than the page, LZW", 1, oddTiles},
            {"uint16 big-endian strips", 1, layout("wb", COMPRESSION_NONE, PREDICTOR_NONE, false, 4)},
            {"uint16 big-endian tiles, LZW + predictor", 1,
             layout("wb", COMPRESSION_LZW, PREDICTOR_HORIZONTAL, true)},
            {"uint16 BigTIFF strips", 1, layout("w8", COMPRESSION_NONE, PREDICTOR_NONE, false)},
            {"uint16 BigTIFF tiles, Deflate", 1,
             layout("w8", COMPRESSION_ADOBE_DEFLATE, PREDICTOR_NONE, true)},
            {"uint16 big-endian BigTIFF, LZW", 1, layout("w8b", COMPRESSION_LZW, PREDICTOR_NONE, false, 6)},
            {"uint16 with thumbnails between pages", 1, thumbs},
            {"uint8 tiles, Deflate", 0, layout("w", COMPRESSION_ADOBE_DEFLATE, PREDICTOR_HORIZONTAL, true)},
            {"uint8 strips, LZW", 0, layout("w", COMPRESSION_LZW, PREDICTOR_NONE, false, 1)},
            {"uint32 big-endian tiles, LZW", 2, layout("wb", COMPRESSION_LZW, PREDICTOR_NONE, true)},
            {"uint32 strips, Deflate + predictor", 2,
             layout("w", COMPRESSION_ADOBE_DEFLATE, PREDICTOR_HORIZONTAL, false)},
            {"float strips, Deflate + float predictor", 3,
             layout("w", COMPRESSION_ADOBE_DEFLATE, PREDICTOR_FLOATINGPOINT, false)},
            {"float tiles, LZW + float predictor", 3,
             layout("w", COMPRESSION_LZW, PREDICTOR_FLOATINGPOINT, true)},
            // Not with the float predictor: libtiff 4.5.0 writes big-endian float-predicted data wrongly.
            {"float big-endian tiles, LZW", 3, layout("wb", COMPRESSION_LZW, PREDICTOR_NONE, true)},
            {"float BigTIFF strips", 3, layout("w8", COMPRESSION_NONE, PREDICTOR_NONE, false, 5)},
            {"rgb tiles, LZW + predictor", 4, layout("w", COMPRESSION_LZW, PREDICTOR_HORIZONTAL, true)},
            {"rgb strips, none", 4, layout("w", COMPRESSION_NONE, PREDICTOR_NONE, false, 3)},
        };
    }();
    return cases;
}

template <typename T>
void checkLibtiffLayout(const std::filesystem::path& file, const LibtiffLayout& layout) {
    const Shape shape{37, 29, 4}; // not a multiple of the tile or strip size: edges are exercised
    const Volume<T> original = patternVolume<T>(shape);
    writeWithLibtiff(file, original, layout);
    const AnyVolume read = readVolume(file);
    QCOMPARE(voxelType(read), voxelTypeOf<T>());
    QVERIFY(sameVoxels(std::get<Volume<T>>(read), original));
    const VolumeFileInfo info = readVolumeInfo(file);
    QCOMPARE(info.shape, shape);
    QCOMPARE(info.tiled, layout.tiled);
    QCOMPARE(info.bigTiff, layout.mode.find('8') != std::string::npos);
    QVERIFY(!info.spacing.known);
}

struct Recorder : ProgressSink {
    std::vector<double> fractions;
    std::size_t stopAfter = 0; // 0: never stop
    bool update(double fraction, const std::string&) override {
        fractions.push_back(fraction);
        return stopAfter == 0 || fractions.size() < stopAfter;
    }
};

} // namespace

class TestTiffRoundTrip : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void everyTypeAndCompression_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("compression");
        const char* types[] = {"uint8", "uint16", "uint32", "float32", "rgb8"};
        const char* compressions[] = {"none", "Deflate", "LZW"};
        for (int t = 0; t < 5; ++t)
            for (int c = 0; c < 3; ++c)
                QTest::addRow("%s, %s", types[t], compressions[c]) << t << c;
    }
    void everyTypeAndCompression() {
        QFETCH(int, type);
        QFETCH(int, compression);
        QTemporaryDir dir;
        TiffWriteOptions options;
        options.compression = static_cast<Compression>(compression);
        roundTrip(type, toPath(dir.path()) / "volume.tif", Shape{37, 23, 5}, options);
    }

    void bigTiffRoundTrip_data() {
        QTest::addColumn<int>("type");
        QTest::newRow("uint16") << 1;
        QTest::newRow("float32") << 3;
        QTest::newRow("rgb8") << 4;
    }
    void bigTiffRoundTrip() {
        QFETCH(int, type);
        QTemporaryDir dir;
        TiffWriteOptions options;
        options.forceBigTiff = true;
        options.compression = Compression::Deflate;
        roundTrip(type, toPath(dir.path()) / "big.tif", Shape{20, 31, 3}, options);
    }

    void manyStripsPerPage() {
        // 1200 x 300 uint16 pages are ~700 KiB: the writer splits them into several strips.
        QTemporaryDir dir;
        roundTrip(1, toPath(dir.path()) / "wide.tif", Shape{1200, 300, 3}, {});
        TiffWriteOptions lzw;
        lzw.compression = Compression::Lzw;
        roundTrip(1, toPath(dir.path()) / "wide-lzw.tif", Shape{1200, 300, 3}, lzw);
    }

    void singleVoxelAndSinglePage() {
        QTemporaryDir dir;
        roundTrip(0, toPath(dir.path()) / "one.tif", Shape{1, 1, 1}, {});
        roundTrip(3, toPath(dir.path()) / "page.tif", Shape{17, 9, 1}, {});
    }

    void libtiffLayouts_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < layoutCases().size(); ++i)
            QTest::newRow(layoutCases()[i].name) << static_cast<int>(i);
    }
    void libtiffLayouts() {
        QFETCH(int, index);
        const LayoutCase& c = layoutCases()[static_cast<std::size_t>(index)];
        QTemporaryDir dir;
        const auto file = toPath(dir.path()) / "layout.tif";
        switch (c.type) {
        case 0:
            return checkLibtiffLayout<std::uint8_t>(file, c.layout);
        case 1:
            return checkLibtiffLayout<std::uint16_t>(file, c.layout);
        case 2:
            return checkLibtiffLayout<std::uint32_t>(file, c.layout);
        case 3:
            return checkLibtiffLayout<float>(file, c.layout);
        case 4:
            return checkLibtiffLayout<Rgb8>(file, c.layout);
        }
    }

    // Empty pages compress extremely well (Zstandard ~26000:1); the plausibility check on compressed
    // sizes must not mistake them for a lying header.
    void emptyPagesWithEveryCodec_data() {
        QTest::addColumn<int>("compression");
        QTest::newRow("Zstandard") << COMPRESSION_ZSTD;
        QTest::newRow("LZMA") << COMPRESSION_LZMA;
        QTest::newRow("Deflate") << COMPRESSION_ADOBE_DEFLATE;
        QTest::newRow("LZW") << COMPRESSION_LZW;
        QTest::newRow("PackBits") << COMPRESSION_PACKBITS;
    }
    void emptyPagesWithEveryCodec() {
        QFETCH(int, compression);
        if (!TIFFIsCODECConfigured(static_cast<std::uint16_t>(compression)))
            QSKIP("this libtiff has no such codec");
        QTemporaryDir dir;
        const auto file = toPath(dir.path()) / "empty.tif";
        const Volume<std::uint16_t> zeros(Shape{1024, 1024, 2});
        LibtiffLayout layout;
        layout.compression = static_cast<std::uint16_t>(compression);
        writeWithLibtiff(file, zeros, layout);
        QVERIFY(sameVoxels(std::get<Volume<std::uint16_t>>(readVolume(file)), zeros));
    }

    void paletteImageReadAsIndices() {
        QTemporaryDir dir;
        const auto file = toPath(dir.path()) / "palette.tif";
        RawPage page;
        page.photometric = PHOTOMETRIC_PALETTE;
        page.strip.resize(page.claimedBytes());
        for (std::size_t i = 0; i < page.strip.size(); ++i)
            page.strip[i] = static_cast<std::uint8_t>(i % 5);
        TIFF* tif = TIFFOpen(file.string().c_str(), "w");
        QVERIFY(tif);
        std::vector<std::uint16_t> map(256, 0);
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, page.width);
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, page.height);
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 8);
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_PALETTE);
        TIFFSetField(tif, TIFFTAG_COLORMAP, map.data(), map.data(), map.data());
        TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, page.height);
        QVERIFY(TIFFWriteEncodedStrip(tif, 0, page.strip.data(), static_cast<tmsize_t>(page.strip.size())) >
                0);
        TIFFClose(tif);
        const auto volume = std::get<Volume<std::uint8_t>>(readVolume(file));
        QCOMPARE(volume.voxelCount(), page.strip.size());
        for (std::size_t i = 0; i < page.strip.size(); ++i)
            QCOMPARE(volume[i], page.strip[i]);
    }

    void progressOncePerPage() {
        QTemporaryDir dir;
        const auto file = toPath(dir.path()) / "progress.tif";
        Recorder writing;
        writeVolume(file, patternVolume<std::uint16_t>(Shape{10, 8, 6}), {}, Progress(&writing, nullptr));
        QCOMPARE(writing.fractions.size(), std::size_t{6});
        QCOMPARE(writing.fractions.back(), 1.0);
        QVERIFY(std::is_sorted(writing.fractions.begin(), writing.fractions.end()));
        Recorder reading;
        readVolume(file, Progress(&reading, nullptr));
        QCOMPARE(reading.fractions.size(), std::size_t{6});
        QCOMPARE(reading.fractions.back(), 1.0);
        QVERIFY(std::is_sorted(reading.fractions.begin(), reading.fractions.end()));
    }

    void readHonoursCancel() {
        QTemporaryDir dir;
        const auto file = toPath(dir.path()) / "cancel.tif";
        writeVolume(file, patternVolume<std::uint8_t>(Shape{10, 8, 6}));
        Recorder stopping;
        stopping.stopAfter = 3;
        QVERIFY_THROWS_EXCEPTION(Cancelled, readVolume(file, Progress(&stopping, nullptr)));
        QCOMPARE(stopping.fractions.size(), std::size_t{3});
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, readVolume(file, Progress(nullptr, &token)));
        QVERIFY_THROWS_EXCEPTION(Cancelled, readLabelVolume(file, Progress(nullptr, &token)));
    }
};

QTEST_APPLESS_MAIN(TestTiffRoundTrip)
#include "TestTiffRoundTrip.moc"
