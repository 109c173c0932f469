// Voxel size in micrometres: ImageJ descriptions (every spelling of the micro sign, nm, mm, ...),
// OME-XML PhysicalSize with units, TIFF ResolutionUnit, and no calibration at all. The spacing
// survives writeVolume + readVolume, and what the writer puts in the ImageJ description.
#include "TestSupport.h"
#include "TiffTestFiles.h"

#include "io/ImageJMetadata.h"
#include "io/LengthUnits.h"
#include "io/OmeMetadata.h"
#include "io/TiffVolumeIO.h"

#include <QtTest>

#include <cmath>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

bool closeTo(double a, double b, double tolerance = 1e-6) {
    return std::abs(a - b) <= tolerance * std::max({std::abs(a), std::abs(b), 1e-12});
}

// A small uint8 stack written by libtiff with the given metadata, read back for its spacing.
Spacing spacingOfFileWith(const QTemporaryDir& dir, const LibtiffLayout& layout) {
    const auto file = toPath(dir.path()) / "calibrated.tif";
    writeWithLibtiff(file, patternVolume<std::uint8_t>(Shape{6, 5, 3}), layout);
    const Spacing fromInfo = readVolumeInfo(file).spacing;
    const Spacing fromVolume = spacingOf(readVolume(file));
    if (fromInfo != fromVolume)
        qWarning("readVolumeInfo and readVolume disagree on the spacing");
    return fromVolume;
}

LibtiffLayout withDescription(const std::string& description, float xres = 0.0f, float yres = 0.0f,
                              std::uint16_t unit = 0) {
    LibtiffLayout layout;
    layout.description = description;
    layout.xResolution = xres;
    layout.yResolution = yres;
    layout.resolutionUnit = unit;
    return layout;
}

const char* const kOmeTemplate =
    R"(<?xml version="1.0" encoding="UTF-8"?><OME xmlns="http://www.openmicroscopy.org/Schemas/OME/2016-06">)"
    R"(<Image ID="Image:0" Name="stack"><Pixels ID="Pixels:0" DimensionOrder="XYZCT" Type="uint8" )"
    R"(SizeX="6" SizeY="5" SizeZ="3" SizeC="1" SizeT="1" %1><Channel ID="Channel:0:0" SamplesPerPixel="1"/>)"
    R"(<TiffData/></Pixels></Image></OME>)";

std::string omeWith(const QString& attributes) {
    return QString(kOmeTemplate).arg(attributes).toStdString();
}

} // namespace

class TestTiffMetadata : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void units_data() {
        QTest::addColumn<QByteArray>("unit");
        QTest::addColumn<double>("micrometres"); // 0: not a length unit
        QTest::newRow("micron") << QByteArray("micron") << 1.0;
        QTest::newRow("um") << QByteArray("um") << 1.0;
        QTest::newRow("UTF-8 micro sign") << QByteArray("\xc2\xb5m") << 1.0;
        QTest::newRow("UTF-8 Greek mu") << QByteArray("\xce\xbcm") << 1.0;
        QTest::newRow("Latin-1 micro sign") << QByteArray("\xb5m") << 1.0;
        QTest::newRow("ImageJ escape") << QByteArray("\\u00B5m") << 1.0;
        QTest::newRow("XML reference") << QByteArray("&#181;m") << 1.0;
        QTest::newRow("Micrometer with blanks") << QByteArray(" Micrometer ") << 1.0;
        QTest::newRow("nm") << QByteArray("nm") << 1e-3;
        QTest::newRow("nanometre") << QByteArray("nanometre") << 1e-3;
        QTest::newRow("Angstrom") << QByteArray("\xc3\x85") << 1e-4;
        QTest::newRow("mm") << QByteArray("mm") << 1e3;
        QTest::newRow("cm") << QByteArray("cm") << 1e4;
        QTest::newRow("m") << QByteArray("m") << 1e6;
        QTest::newRow("inch") << QByteArray("inch") << 25400.0;
        QTest::newRow("pixel") << QByteArray("pixel") << 0.0;
        QTest::newRow("empty") << QByteArray("") << 0.0;
        QTest::newRow("furlong") << QByteArray("furlong") << 0.0;
    }
    void units() {
        QFETCH(QByteArray, unit);
        QFETCH(double, micrometres);
        const auto factor = micrometresPerUnit(unit.toStdString());
        if (micrometres == 0.0) {
            QVERIFY(!factor);
        } else {
            QVERIFY(factor);
            QVERIFY(closeTo(*factor, micrometres));
        }
    }

    void parsesImageJDescription() {
        const auto d = parseImageJDescription("ImageJ=1.53t\r\nimages=40\nchannels=2\nslices=20\nhyperstack="
                                              "true\nunit=nm\nspacing=250.5\nloop=false\n");
        QVERIFY(d.present);
        QCOMPARE(d.images, std::size_t{40});
        QCOMPARE(d.channels, std::size_t{2});
        QCOMPARE(d.slices, std::size_t{20});
        QCOMPARE(d.frames, std::size_t{1});
        QCOMPARE(d.unit, std::string("nm"));
        QVERIFY(d.spacing && *d.spacing == 250.5);
        QVERIFY(!parseImageJDescription("{\"shape\": [3, 4, 5]}").present);
        QVERIFY(!parseImageJDescription("").present);
        // Garbage values fall back to defaults instead of failing.
        const auto odd = parseImageJDescription("ImageJ=\nchannels=-3\nframes=abc\nspacing=x\n");
        QCOMPARE(odd.channels, std::size_t{1});
        QCOMPARE(odd.frames, std::size_t{1});
        QVERIFY(!odd.spacing);
    }

    void parsesOmeXml() {
        const auto ome = parseOmePixels(
            R"(<?xml version="1.0"?><ome:OME xmlns:ome="x"><ome:Image ID="Image:0"><ome:Pixels )"
            R"(PhysicalSizeX='0.5' PhysicalSizeXUnit="&#181;m" PhysicalSizeY="500" PhysicalSizeYUnit="nm" )"
            R"(SizeC="3" SizeT="1" SizeZ="12" Type="uint16"><ome:PixelsType/></ome:Pixels></ome:Image></ome:OME>)");
        QVERIFY(ome.present);
        QCOMPARE(ome.imageCount, std::size_t{1});
        QCOMPARE(ome.sizeC, std::size_t{3});
        QCOMPARE(ome.sizeZ, std::size_t{12});
        QVERIFY(ome.physicalSizeX && *ome.physicalSizeX == 0.5);
        QCOMPARE(ome.unitX, std::string("\xc2\xb5m"));
        QCOMPARE(ome.unitY, std::string("nm"));
        QVERIFY(!ome.physicalSizeZ);
        QVERIFY(!parseOmePixels("ImageJ=1.11a\nimages=3\n").present);
        QVERIFY(!parseOmePixels("<?xml version=\"1.0\"?><Other/>").present);
    }

    void spacingSurvivesWriteAndRead_data() {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("z");
        QTest::newRow("gonuclear-like") << 0.12678936 << 0.12678936 << 0.28371836501901143;
        QTest::newRow("anisotropic in x and y") << 1.5 << 0.5 << 2.0;
        QTest::newRow("tiny") << 0.003 << 0.004 << 0.01;
        QTest::newRow("coarse") << 250.0 << 250.0 << 1000.0;
    }
    void spacingSurvivesWriteAndRead() {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(double, z);
        QTemporaryDir dir;
        const auto file = toPath(dir.path()) / "spacing.tif";
        writeVolume(file, patternVolume<std::uint16_t>(Shape{6, 5, 4}, Spacing::micrometres(x, y, z)));
        const Spacing read = spacingOf(readVolume(file));
        QVERIFY(read.known);
        QVERIFY(closeTo(read.x, x));
        QVERIFY(closeTo(read.y, y));
        QCOMPARE(read.z, z); // written as text with full precision
        const QString description = QString::fromStdString(firstDescription(file));
        QVERIFY2(description.startsWith("ImageJ=1.11a\nimages=4\nslices=4\nunit=micron\nspacing="),
                 qPrintable(description));
        QVERIFY(description.contains("loop=false\n"));
        QVERIFY(description.contains("min=") && description.contains("max="));
    }

    void unknownSpacingStaysUnknown() {
        QTemporaryDir dir;
        const auto file = toPath(dir.path()) / "uncalibrated.tif";
        writeVolume(file, patternVolume<float>(Shape{6, 5, 4}));
        const Spacing read = spacingOf(readVolume(file));
        QVERIFY(!read.known);
        QCOMPARE(read, Spacing{});
        const QString description = QString::fromStdString(firstDescription(file));
        QVERIFY(description.startsWith("ImageJ=1.11a\nimages=4\nslices=4\n"));
        QVERIFY(!description.contains("unit="));
        QVERIFY(!description.contains("spacing="));
    }

    void imageJNanometresConverted() {
        QTemporaryDir dir;
        // 0.01 pixels per nm = 100 nm pixels; 300 nm between slices.
        const Spacing s = spacingOfFileWith(
            dir, withDescription("ImageJ=1.53t\nimages=3\nslices=3\nunit=nm\nspacing=300\nloop=false\n",
                                 0.01f, 0.005f, RESUNIT_NONE));
        QVERIFY(s.known);
        QVERIFY(closeTo(s.x, 0.1));
        QVERIFY(closeTo(s.y, 0.2));
        QVERIFY(closeTo(s.z, 0.3));
    }

    void imageJMicroSignSpellings_data() {
        QTest::addColumn<QByteArray>("unit");
        QTest::newRow("escaped") << QByteArray("\\u00B5m");
        QTest::newRow("UTF-8") << QByteArray("\xc2\xb5m");
        QTest::newRow("um") << QByteArray("um");
        QTest::newRow("micron") << QByteArray("micron");
    }
    void imageJMicroSignSpellings() {
        QFETCH(QByteArray, unit);
        QTemporaryDir dir;
        const std::string description =
            "ImageJ=1.53t\nimages=3\nslices=3\nunit=" + unit.toStdString() + "\nspacing=2.5\n";
        const Spacing s = spacingOfFileWith(dir, withDescription(description, 4.0f, 4.0f, RESUNIT_NONE));
        QVERIFY(s.known);
        QVERIFY(closeTo(s.x, 0.25));
        QVERIFY(closeTo(s.y, 0.25));
        QVERIFY(closeTo(s.z, 2.5));
    }

    void imageJWithoutSpacingHasOneUnitSteps() {
        QTemporaryDir dir;
        const Spacing s = spacingOfFileWith(
            dir, withDescription("ImageJ=1.53t\nimages=3\nslices=3\nunit=mm\n", 100.0f, 100.0f));
        QVERIFY(s.known);
        QVERIFY(closeTo(s.x, 10.0));
        QVERIFY(closeTo(s.z, 1000.0)); // ImageJ's default: one unit between slices
    }

    void imageJPixelUnitIsUncalibrated() {
        QTemporaryDir dir;
        const Spacing s = spacingOfFileWith(
            dir, withDescription("ImageJ=1.53t\nimages=3\nslices=3\nunit=pixel\nspacing=3\n", 2.0f, 2.0f));
        QCOMPARE(s, Spacing{});
    }

    void omePhysicalSize_data() {
        QTest::addColumn<QString>("attributes");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("z");
        QTest::newRow("default unit")
            << R"(PhysicalSizeX="0.325" PhysicalSizeY="0.35" PhysicalSizeZ="1.5")" << 0.325 << 0.35 << 1.5;
        QTest::newRow("explicit µm")
            << QString::fromUtf8(
                   R"(PhysicalSizeX="0.2" PhysicalSizeXUnit="µm" )"
                   R"(PhysicalSizeY="0.2" PhysicalSizeYUnit="µm" PhysicalSizeZ="0.8" PhysicalSizeZUnit="µm")")
            << 0.2 << 0.2 << 0.8;
        QTest::newRow("nanometres") << R"(PhysicalSizeX="65" PhysicalSizeXUnit="nm" PhysicalSizeY="65" )"
                                       R"(PhysicalSizeYUnit="nm" PhysicalSizeZ="200" PhysicalSizeZUnit="nm")"
                                    << 0.065 << 0.065 << 0.2;
        QTest::newRow("no z step") << R"(PhysicalSizeX="0.5" PhysicalSizeY="0.5")" << 0.5 << 0.5 << 1.0;
    }
    void omePhysicalSize() {
        QFETCH(QString, attributes);
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(double, z);
        QTemporaryDir dir;
        // ResolutionUnit says centimetres with another size: OME-XML must win.
        const Spacing s =
            spacingOfFileWith(dir, withDescription(omeWith(attributes), 1.0f, 1.0f, RESUNIT_CENTIMETER));
        QVERIFY(s.known);
        QVERIFY(closeTo(s.x, x));
        QVERIFY(closeTo(s.y, y));
        QVERIFY(closeTo(s.z, z));
    }

    void omeWithoutPhysicalSizeIsUncalibrated() {
        QTemporaryDir dir;
        QCOMPARE(spacingOfFileWith(dir, withDescription(omeWith(""))), Spacing{});
    }

    void resolutionUnitCentimetreAndInch() {
        QTemporaryDir dir;
        const Spacing cm =
            spacingOfFileWith(dir, withDescription("", 20000.0f, 10000.0f, RESUNIT_CENTIMETER));
        QVERIFY(cm.known);
        QVERIFY(closeTo(cm.x, 0.5));
        QVERIFY(closeTo(cm.y, 1.0));
        QVERIFY(closeTo(cm.z, 0.5)); // no z information: cubic voxels assumed
        const Spacing inch = spacingOfFileWith(dir, withDescription("", 25400.0f, 25400.0f, RESUNIT_INCH));
        QVERIFY(inch.known);
        QVERIFY(closeTo(inch.x, 1.0));
        QVERIFY(closeTo(inch.y, 1.0));
    }

    void noCalibration() {
        QTemporaryDir dir;
        QCOMPARE(spacingOfFileWith(dir, withDescription("")), Spacing{});
        QCOMPARE(spacingOfFileWith(dir, withDescription("{\"shape\": [3, 5, 6]}", 1.0f, 1.0f, RESUNIT_NONE)),
                 Spacing{});
        // Resolution without a unit tag: no physical unit, so no calibration.
        QCOMPARE(spacingOfFileWith(dir, withDescription("", 72.0f, 72.0f)), Spacing{});
    }
};

QTEST_APPLESS_MAIN(TestTiffMetadata)
#include "TestTiffMetadata.moc"
