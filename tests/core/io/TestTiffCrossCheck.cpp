// Cross-check with an independent implementation, tifffile (what napari uses): files Nuclei3D
// writes read in tifffile with the same voxels and voxel size, and files tifffile writes (ImageJ,
// OME-TIFF, tiles, BigTIFF, big-endian, predictor) read in Nuclei3D the same. Skipped when
// python3 with tifffile is not installed.
#include "TestSupport.h"
#include "TiffTestFiles.h"

#include "io/TiffVolumeIO.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <cmath>

using namespace nuclei3d;
using namespace nuclei3d::test;
namespace fs = std::filesystem;

namespace {

const char* const kPython = "/usr/bin/python3";

// Runs a Python snippet with arguments; false when it failed. Its standard output goes to `output`.
bool runPython(const QString& script, const QStringList& arguments = {}, QByteArray* output = nullptr,
               bool quiet = false) {
    QProcess process;
    process.start(kPython, QStringList{"-c", script} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (!quiet)
            qWarning("python failed: %s", process.readAllStandardError().constData());
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

// Describes a file as tifffile sees it, as one JSON object.
const char* const kDescribe = R"(
import sys, json, tifffile, numpy as np
with tifffile.TiffFile(sys.argv[1]) as t:
    a = t.asarray()
    p = t.pages[0]
    md = t.imagej_metadata or {}
    xr = p.tags['XResolution'].value if 'XResolution' in p.tags else None
    print(json.dumps({
        'shape': list(a.shape), 'dtype': str(a.dtype), 'pages': len(t.pages),
        'sum': float(a.astype(np.float64).sum()), 'imagej': t.is_imagej, 'bigtiff': t.is_bigtiff,
        'spacing': md.get('spacing'), 'unit': md.get('unit'),
        'xsize': (xr[1] / xr[0]) if xr else None}))
)";

// Writes the test pattern (the same formula as patternValue) with the tifffile options given as
// Python keyword arguments. Plain files need photometric='minisblack', or tifffile may take a
// first axis of 3 or 4 for colour samples.
const char* const kWrite = R"(
import sys, tifffile, numpy as np
kind, path, options = sys.argv[1], sys.argv[2], eval(sys.argv[3])
z, y, x = np.meshgrid(np.arange(4), np.arange(21), np.arange(35), indexing='ij')
n = x * 7 + y * 13 + z * 31
data = {'uint8': (n % 256).astype(np.uint8),
        'uint16': ((n * 257 + 3) % 65536).astype(np.uint16),
        'float32': ((n % 1000) * 0.25 - 30.5).astype(np.float32)}[kind]
tifffile.imwrite(path, data, **options)
)";

template <typename T> double sumOf(const Volume<T>& volume) {
    double total = 0;
    for (const T& v : volume.storage()) {
        if constexpr (std::is_same_v<T, Rgb8>)
            total += double(v.r) + double(v.g) + double(v.b);
        else
            total += static_cast<double>(v);
    }
    return total;
}

} // namespace

class TestTiffCrossCheck : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        if (!QFileInfo::exists(kPython) || !runPython("import tifffile, numpy", {}, nullptr, true))
            QSKIP("python3 with tifffile and numpy is not installed");
    }

    void ourFilesInTifffile_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("compression");
        QTest::addColumn<bool>("bigTiff");
        QTest::newRow("uint8, none") << 0 << 0 << false;
        QTest::newRow("uint16, none") << 1 << 0 << false;
        QTest::newRow("uint16, Deflate") << 1 << 1 << false;
        QTest::newRow("uint16, LZW") << 1 << 2 << false;
        QTest::newRow("uint16, BigTIFF") << 1 << 0 << true;
        QTest::newRow("uint32, Deflate") << 2 << 1 << false;
        QTest::newRow("float32, Deflate") << 3 << 1 << false;
        QTest::newRow("rgb8, none") << 4 << 0 << false;
    }
    void ourFilesInTifffile() {
        QFETCH(int, type);
        QFETCH(int, compression);
        QFETCH(bool, bigTiff);
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "ours.tif";
        const Shape shape{35, 21, 4};
        const Spacing spacing = Spacing::micrometres(0.2, 0.2, 1.25);
        TiffWriteOptions options;
        options.compression = static_cast<TiffWriteOptions::Compression>(compression);
        options.forceBigTiff = bigTiff;
        AnyVolume volume;
        switch (type) {
        case 0:
            volume = patternVolume<std::uint8_t>(shape, spacing);
            break;
        case 1:
            volume = patternVolume<std::uint16_t>(shape, spacing);
            break;
        case 2:
            volume = patternVolume<std::uint32_t>(shape, spacing);
            break;
        case 3:
            volume = patternVolume<float>(shape, spacing);
            break;
        default:
            volume = patternVolume<Rgb8>(shape, spacing);
            break;
        }
        if (options.compression == TiffWriteOptions::Compression::Lzw &&
            !runPython("import imagecodecs", {}, nullptr, true))
            QSKIP("tifffile decodes LZW only with imagecodecs, which is not installed");
        writeVolume(file, volume, options);
        QByteArray output;
        QVERIFY2(runPython(kDescribe, {QString::fromStdString(file.string())}, &output),
                 "tifffile could not read the file");
        const QJsonObject seen = QJsonDocument::fromJson(output).object();
        const bool rgb = type == 4;
        QCOMPARE(seen["pages"].toInt(), 4);
        QCOMPARE(seen["shape"].toVariant().toList(),
                 rgb ? QVariantList({4, 21, 35, 3}) : QVariantList({4, 21, 35}));
        const char* dtypes[] = {"uint8", "uint16", "uint32", "float32", "uint8"};
        QCOMPARE(seen["dtype"].toString(), QString(dtypes[type]));
        QCOMPARE(seen["sum"].toDouble(), std::visit([](const auto& v) { return sumOf(v); }, volume));
        QVERIFY(seen["imagej"].toBool());
        QCOMPARE(seen["bigtiff"].toBool(), bigTiff);
        QCOMPARE(seen["spacing"].toDouble(), 1.25);
        QCOMPARE(seen["unit"].toString(), QString("micron"));
        QVERIFY(std::abs(seen["xsize"].toDouble() - 0.2) < 1e-6);
    }

    void tifffileFilesInOurs_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("options");
        QTest::addColumn<double>("xy"); // expected x and y spacing; 0: unknown
        QTest::addColumn<double>("z");
        QTest::newRow("ImageJ uint16, Deflate, µm")
            << "uint16"
            << "dict(imagej=True, resolution=(1/0.2, 1/0.2), metadata={'axes': 'ZYX', 'spacing': 1.25, "
               "'unit': 'um'}, compression='zlib')"
            << 0.2 << 1.25;
        QTest::newRow("ImageJ uint8, escaped micro sign")
            << "uint8"
            << "dict(imagej=True, resolution=(4, 4), metadata={'axes': 'ZYX', 'spacing': 0.5, 'unit': "
               "'\\\\u00B5m'})"
            << 0.25 << 0.5;
        QTest::newRow("ImageJ float32, nm") << "float32"
                                            << "dict(imagej=True, resolution=(0.01, 0.01), metadata={'axes': "
                                               "'ZYX', 'spacing': 300, 'unit': 'nm'})"
                                            << 0.1 << 0.3;
        QTest::newRow("OME-TIFF uint16") << "uint16"
                                         << "dict(ome=True, metadata={'axes': 'ZYX', 'PhysicalSizeX': 0.325, "
                                            "'PhysicalSizeY': 0.325, 'PhysicalSizeZ': 2.0})"
                                         << 0.325 << 2.0;
        QTest::newRow("OME-TIFF uint8 in nm")
            << "uint8"
            << "dict(ome=True, metadata={'axes': 'ZYX', 'PhysicalSizeX': 65, 'PhysicalSizeXUnit': 'nm', "
               "'PhysicalSizeY': 65, 'PhysicalSizeYUnit': 'nm', 'PhysicalSizeZ': 0.2})"
            << 0.065 << 0.2;
        QTest::newRow("tiles, Deflate, BigTIFF, big-endian float32")
            << "float32"
            << "dict(photometric='minisblack', tile=(16, 16), compression='zlib', bigtiff=True, "
               "byteorder='>')"
            << 0.0 << 0.0;
        QTest::newRow("big-endian uint16, predictor")
            << "uint16"
            << "dict(photometric='minisblack', byteorder='>', compression='zlib', predictor=True)" << 0.0
            << 0.0;
        QTest::newRow("uint16, LZMA") << "uint16"
                                      << "dict(photometric='minisblack', compression='lzma')" << 0.0 << 0.0;
        QTest::newRow("plain uint8, many strips")
            << "uint8"
            << "dict(photometric='minisblack', rowsperstrip=2)" << 0.0 << 0.0;
    }
    void tifffileFilesInOurs() {
        QFETCH(QString, kind);
        QFETCH(QString, options);
        QFETCH(double, xy);
        QFETCH(double, z);
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "theirs.tif";
        QVERIFY2(runPython(kWrite, {kind, QString::fromStdString(file.string()), options}),
                 "tifffile failed");
        const AnyVolume volume = readVolume(file);
        const Shape shape{35, 21, 4};
        if (kind == "uint8")
            QVERIFY(sameVoxels(std::get<Volume<std::uint8_t>>(volume), patternVolume<std::uint8_t>(shape)));
        else if (kind == "uint16")
            QVERIFY(sameVoxels(std::get<Volume<std::uint16_t>>(volume), patternVolume<std::uint16_t>(shape)));
        else
            QVERIFY(sameVoxels(std::get<Volume<float>>(volume), patternVolume<float>(shape)));
        const Spacing spacing = spacingOf(volume);
        if (xy == 0.0) {
            QCOMPARE(spacing, Spacing{});
        } else {
            QVERIFY(spacing.known);
            QVERIFY2(std::abs(spacing.x - xy) < 1e-6 && std::abs(spacing.y - xy) < 1e-6,
                     qPrintable(QString::number(spacing.x)));
            QVERIFY2(std::abs(spacing.z - z) < 1e-9, qPrintable(QString::number(spacing.z)));
        }
    }
};

QTEST_APPLESS_MAIN(TestTiffCrossCheck)
#include "TestTiffCrossCheck.moc"
