// readLabelVolume accepts every unsigned integer type and float files that hold only whole numbers
// >= 0, and refuses fractional, negative, non-finite or too large float values and RGB images.
#include "TestSupport.h"
#include "TiffTestFiles.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"

#include <QtTest>

#include <limits>

using namespace nuclei3d;
using namespace nuclei3d::test;
namespace fs = std::filesystem;

namespace {

template <typename T> void checkIntegerLabels(const fs::path& file) {
    Volume<T> labels(Shape{7, 5, 3}, T{}, Spacing::micrometres(0.5, 0.5, 2));
    for (std::size_t i = 0; i < labels.voxelCount(); ++i)
        labels[i] = static_cast<T>(i % 4 == 0 ? 0 : std::numeric_limits<T>::max() - i);
    writeVolume(file, labels);
    const Volume<std::uint32_t> read = readLabelVolume(file);
    QCOMPARE(read.shape(), labels.shape());
    QCOMPARE(read.spacing().z, 2.0);
    for (std::size_t i = 0; i < labels.voxelCount(); ++i)
        QCOMPARE(read[i], static_cast<std::uint32_t>(labels[i]));
}

QString labelError(const fs::path& file) {
    try {
        readLabelVolume(file);
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestTiffLabels : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void integerTypes() {
        QTemporaryDir dir;
        checkIntegerLabels<std::uint8_t>(toPath(dir.path()) / "u8.tif");
        checkIntegerLabels<std::uint16_t>(toPath(dir.path()) / "u16.tif");
        checkIntegerLabels<std::uint32_t>(toPath(dir.path()) / "u32.tif");
    }

    void floatWithWholeNumbers() {
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "float.tif";
        Volume<float> labels(Shape{6, 4, 2});
        for (std::size_t i = 0; i < labels.voxelCount(); ++i)
            labels[i] = static_cast<float>(i * 1000);
        labels[5] = 16777216.0f; // 2^24: still exact
        writeVolume(file, labels);
        const auto read = readLabelVolume(file);
        for (std::size_t i = 0; i < labels.voxelCount(); ++i)
            QCOMPARE(read[i], static_cast<std::uint32_t>(labels[i]));
    }

    void floatThatIsNotALabelImage_data() {
        QTest::addColumn<float>("value");
        QTest::newRow("fraction") << 2.5f;
        QTest::newRow("small fraction") << 0.001f;
        QTest::newRow("negative") << -1.0f;
        QTest::newRow("not a number") << std::numeric_limits<float>::quiet_NaN();
        QTest::newRow("infinite") << std::numeric_limits<float>::infinity();
        QTest::newRow("beyond 32 bits") << 8589934592.0f;
    }
    void floatThatIsNotALabelImage() {
        QFETCH(float, value);
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "intensity.tif";
        Volume<float> volume(Shape{6, 4, 3}, 1.0f);
        volume.at(3, 2, 1) = value;
        writeVolume(file, volume);
        const QString message = labelError(file);
        QVERIFY2(message.startsWith(QString::fromStdString(file.string()) +
                                    ": is not a label image: it holds fractional/negative values"),
                 qPrintable(message));
        QVERIFY2(message.contains("x=3, y=2, z=1"), qPrintable(message));
        // As an intensity image it is fine.
        QCOMPARE(voxelType(readVolume(file)), VoxelType::Float32);
    }

    void rgbRefused() {
        QTemporaryDir dir;
        const fs::path file = toPath(dir.path()) / "colour.tif";
        writeVolume(file, patternVolume<Rgb8>(Shape{4, 4, 2}));
        const QString message = labelError(file);
        QVERIFY2(message.contains("is an RGB colour image, not a label image"), qPrintable(message));
    }
};

QTEST_APPLESS_MAIN(TestTiffLabels)
#include "TestTiffLabels.moc"
