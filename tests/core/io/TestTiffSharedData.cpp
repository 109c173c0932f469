// Every volume in ../shared/data reads with the shape, voxel type, voxel values (sum and maximum,
// taken independently with tifffile), label counts and voxel size documented in its README.
#include "TestSupport.h"

#include "io/TiffVolumeIO.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace nuclei3d;
using namespace nuclei3d::test;
namespace fs = std::filesystem;

namespace {

struct SharedFile {
    const char* path; ///< relative to the shared data folder
    Shape shape;      ///< x, y, z
    VoxelType type;
    std::uint64_t sum; ///< of all voxels
    std::uint32_t max;
    int labels; ///< distinct non-zero ids; -1 for intensity images
};

// Reference values from tifffile 2023.2.3 (an independent reader).
const SharedFile kFiles[] = {
    {"bbbc050/images/Emb1_t001.tif", {112, 114, 51}, VoxelType::UInt16, 1237836822, 11338, -1},
    {"bbbc050/images/Emb1_t051.tif", {112, 114, 51}, VoxelType::UInt16, 1273678844, 23122, -1},
    {"bbbc050/images/Emb1_t101.tif", {112, 114, 51}, VoxelType::UInt16, 1298067980, 19368, -1},
    {"bbbc050/images/Emb1_t151.tif", {112, 114, 51}, VoxelType::UInt16, 1293899997, 22293, -1},
    {"bbbc050/images/Emb1_t201.tif", {112, 114, 51}, VoxelType::UInt16, 1273026814, 25239, -1},
    {"bbbc050/images/Emb1_t251.tif", {112, 114, 51}, VoxelType::UInt16, 1270066919, 13599, -1},
    {"bbbc050/images/Emb1_t301.tif", {112, 114, 51}, VoxelType::UInt16, 1263860265, 10659, -1},
    {"bbbc050/images/Emb1_t351.tif", {112, 114, 51}, VoxelType::UInt16, 1264186950, 17760, -1},
    {"bbbc050/images/Emb1_t401.tif", {112, 114, 51}, VoxelType::UInt16, 1261561873, 8044, -1},
    {"bbbc050/images/Emb1_t451.tif", {112, 114, 51}, VoxelType::UInt16, 1261230782, 8081, -1},
    {"bbbc050/images/Emb1_t501.tif", {112, 114, 51}, VoxelType::UInt16, 1251393003, 7551, -1},
    {"bbbc050/images/Emb2_t001.tif", {113, 116, 51}, VoxelType::UInt16, 1288459343, 12747, -1},
    {"bbbc050/images/Emb2_t051.tif", {113, 116, 51}, VoxelType::UInt16, 1327299784, 30418, -1},
    {"bbbc050/images/Emb2_t101.tif", {113, 116, 51}, VoxelType::UInt16, 1366217745, 20681, -1},
    {"bbbc050/images/Emb2_t151.tif", {113, 116, 51}, VoxelType::UInt16, 1344939975, 23223, -1},
    {"bbbc050/images/Emb2_t201.tif", {113, 116, 51}, VoxelType::UInt16, 1337288921, 18525, -1},
    {"bbbc050/images/Emb2_t251.tif", {113, 116, 51}, VoxelType::UInt16, 1316525473, 20212, -1},
    {"bbbc050/images/Emb2_t301.tif", {113, 116, 51}, VoxelType::UInt16, 1309499335, 9748, -1},
    {"bbbc050/images/Emb2_t351.tif", {113, 116, 51}, VoxelType::UInt16, 1310638677, 8711, -1},
    {"bbbc050/images/Emb2_t401.tif", {113, 116, 51}, VoxelType::UInt16, 1307777969, 9957, -1},
    {"bbbc050/images/Emb2_t451.tif", {113, 116, 51}, VoxelType::UInt16, 1309155380, 7668, -1},
    {"bbbc050/images/Emb2_t501.tif", {113, 116, 51}, VoxelType::UInt16, 1294120601, 12607, -1},
    {"bbbc050/labels/Emb1_t001.tif", {112, 114, 51}, VoxelType::UInt8, 13415, 2, 2},
    {"bbbc050/labels/Emb1_t051.tif", {112, 114, 51}, VoxelType::UInt8, 14823, 2, 2},
    {"bbbc050/labels/Emb1_t101.tif", {112, 114, 51}, VoxelType::UInt8, 15898, 2, 2},
    {"bbbc050/labels/Emb1_t151.tif", {112, 114, 51}, VoxelType::UInt8, 15900, 2, 2},
    {"bbbc050/labels/Emb1_t201.tif", {112, 114, 51}, VoxelType::UInt8, 25592, 4, 4},
    {"bbbc050/labels/Emb1_t251.tif", {112, 114, 51}, VoxelType::UInt8, 51410, 4, 4},
    {"bbbc050/labels/Emb1_t301.tif", {112, 114, 51}, VoxelType::UInt8, 109668, 8, 8},
    {"bbbc050/labels/Emb1_t351.tif", {112, 114, 51}, VoxelType::UInt8, 146881, 12, 12},
    {"bbbc050/labels/Emb1_t401.tif", {112, 114, 51}, VoxelType::UInt8, 349738, 17, 17},
    {"bbbc050/labels/Emb1_t451.tif", {112, 114, 51}, VoxelType::UInt8, 465565, 28, 28},
    {"bbbc050/labels/Emb1_t501.tif", {112, 114, 51}, VoxelType::UInt8, 651508, 33, 33},
    {"bbbc050/labels/Emb2_t001.tif", {113, 116, 51}, VoxelType::UInt8, 22484, 2, 2},
    {"bbbc050/labels/Emb2_t051.tif", {113, 116, 51}, VoxelType::UInt8, 11782, 2, 2},
    {"bbbc050/labels/Emb2_t101.tif", {113, 116, 51}, VoxelType::UInt8, 18183, 2, 2},
    {"bbbc050/labels/Emb2_t151.tif", {113, 116, 51}, VoxelType::UInt8, 19399, 2, 2},
    {"bbbc050/labels/Emb2_t201.tif", {113, 116, 51}, VoxelType::UInt8, 47762, 4, 4},
    {"bbbc050/labels/Emb2_t251.tif", {113, 116, 51}, VoxelType::UInt8, 57906, 6, 6},
    {"bbbc050/labels/Emb2_t301.tif", {113, 116, 51}, VoxelType::UInt8, 108925, 8, 8},
    {"bbbc050/labels/Emb2_t351.tif", {113, 116, 51}, VoxelType::UInt8, 285033, 16, 16},
    {"bbbc050/labels/Emb2_t401.tif", {113, 116, 51}, VoxelType::UInt8, 478552, 24, 24},
    {"bbbc050/labels/Emb2_t451.tif", {113, 116, 51}, VoxelType::UInt8, 588970, 28, 28},
    {"bbbc050/labels/Emb2_t501.tif", {113, 116, 51}, VoxelType::UInt8, 682496, 30, 30},
    {"gonuclear/1135_image.tif", {100, 100, 100}, VoxelType::UInt8, 31636293, 255, -1},
    {"gonuclear/1135_labels.tif", {100, 100, 100}, VoxelType::UInt8, 6003856, 54, 54},
    {"stardist_synth/image.tif", {57, 61, 31}, VoxelType::UInt16, 21342435, 375, -1},
    {"stardist_synth/labels.tif", {57, 61, 31}, VoxelType::UInt16, 3198014, 162, 51},
};

fs::path sharedFile(const char* relative) {
    const fs::path dir = sharedDataDir();
    return dir.empty() ? fs::path() : dir / relative;
}

} // namespace

class TestTiffSharedData : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void readsAsDocumented_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < std::size(kFiles); ++i)
            QTest::newRow(kFiles[i].path) << static_cast<int>(i);
    }
    void readsAsDocumented() {
        QFETCH(int, index);
        const SharedFile& expected = kFiles[index];
        const fs::path file = sharedFile(expected.path);
        if (file.empty() || !fs::exists(file))
            QSKIP("../shared/data is not available here");

        const VolumeFileInfo info = readVolumeInfo(file);
        QCOMPARE(info.shape, expected.shape);
        QCOMPARE(info.type, expected.type);

        const AnyVolume volume = readVolume(file);
        QCOMPARE(shapeOf(volume), expected.shape);
        QCOMPARE(voxelType(volume), expected.type);
        QCOMPARE(spacingOf(volume), info.spacing);
        const auto [sum, max] = std::visit(
            [](const auto& v) {
                std::uint64_t total = 0, largest = 0;
                if constexpr (std::is_integral_v<typename std::decay_t<decltype(v)>::value_type>)
                    for (const auto value : v.storage()) {
                        total += value;
                        largest = std::max<std::uint64_t>(largest, value);
                    }
                return std::pair<std::uint64_t, std::uint64_t>(total, largest);
            },
            volume);
        QCOMPARE(sum, expected.sum);
        QCOMPARE(max, std::uint64_t{expected.max});

        if (expected.labels >= 0) {
            Volume<std::uint32_t> labels = readLabelVolume(file);
            std::vector<std::uint32_t> ids = labels.storage();
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            ids.erase(std::remove(ids.begin(), ids.end(), 0u), ids.end());
            QCOMPARE(static_cast<int>(ids.size()), expected.labels);
        }
    }

    void goNuclearVoxelSize() {
        for (const char* name : {"gonuclear/1135_image.tif", "gonuclear/1135_labels.tif"}) {
            const fs::path file = sharedFile(name);
            if (file.empty() || !fs::exists(file))
                QSKIP("../shared/data is not available here");
            const Spacing spacing = readVolumeInfo(file).spacing;
            QVERIFY(spacing.known);
            QVERIFY(std::abs(spacing.z - 0.28371836501901143) < 1e-12);
            QVERIFY(std::abs(spacing.x - 0.1268) < 1e-4);
            QVERIFY(std::abs(spacing.y - 0.1268) < 1e-4);
        }
    }

    void uncalibratedFilesHaveUnknownSpacing() {
        // BBBC050 stores no voxel size; stardist_synth stores resolution 1 without a unit.
        for (const char* name : {"bbbc050/images/Emb1_t501.tif", "stardist_synth/image.tif"}) {
            const fs::path file = sharedFile(name);
            if (file.empty() || !fs::exists(file))
                QSKIP("../shared/data is not available here");
            QCOMPARE(readVolumeInfo(file).spacing, Spacing{});
        }
    }

    void rewrittenFilesReadBackIdentically() {
        // Our own writer must give back exactly what it was given for real data too.
        const fs::path file = sharedFile("gonuclear/1135_labels.tif");
        if (file.empty() || !fs::exists(file))
            QSKIP("../shared/data is not available here");
        const AnyVolume original = readVolume(file);
        QTemporaryDir dir;
        const fs::path copy = toPath(dir.path()) / "copy.tif";
        TiffWriteOptions options;
        options.compression = TiffWriteOptions::Compression::Deflate;
        writeVolume(copy, original, options);
        const AnyVolume read = readVolume(copy);
        QVERIFY(std::get<Volume<std::uint8_t>>(read).storage() ==
                std::get<Volume<std::uint8_t>>(original).storage());
        const Spacing a = spacingOf(original), b = spacingOf(read);
        QCOMPARE(b.z, a.z);
        QVERIFY(std::abs(b.x - a.x) < 1e-6 * a.x);
    }
};

QTEST_APPLESS_MAIN(TestTiffSharedData)
#include "TestTiffSharedData.moc"
