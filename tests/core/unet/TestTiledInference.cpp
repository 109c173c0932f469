// Tiled inference: equal to one whole-volume pass away from tile borders, no seams where tiles
// meet, any volume size (also thinner than a tile), test-time views that average out orientation,
// and cancel per tile.
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "unet/PercentileRange.h"
#include "unet/TiledInference.h"
#include "unet/UnetModelImpl.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace nuclei3d;

namespace {

UnetModel testModel() {
    UNetConfig c;
    c.depth = 2;
    c.baseFilters = 4;
    return UnetModel(c, UnetTask::Segmentation, 11);
}

Volume<float> blobs(Shape shape) {
    Volume<float> v(shape);
    for (std::size_t z = 0; z < shape.z; ++z)
        for (std::size_t y = 0; y < shape.y; ++y)
            for (std::size_t x = 0; x < shape.x; ++x)
                v.at(x, y, z) = float(std::sin(0.4 * double(x)) * std::cos(0.3 * double(y)) + 0.01 * double(z));
    return v;
}

float maxDifference(const Volume<float>& a, const Volume<float>& b, std::size_t limit) {
    float worst = 0.0f;
    for (std::size_t z = 0; z < limit; ++z)
        for (std::size_t y = 0; y < limit; ++y)
            for (std::size_t x = 0; x < limit; ++x)
                worst = std::max(worst, std::abs(a.at(x, y, z) - b.at(x, y, z)));
    return worst;
}

class CancelAt : public ProgressSink {
public:
    bool update(double, const std::string& step) override { return step.rfind("tile 3/", 0) != 0; }
};

} // namespace

class TestTiledInference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // One thread: tiny tiles are all synchronisation on a busy 2-core machine.
    void initTestCase() { setThreadCount(1); }

    void tiledEqualsUntiledAwayFromBorders() {
        UnetModel model = testModel();
        const Volume<float> image = blobs(Shape{48, 48, 48});
        const Volume<float> whole = predictVolume(model, image, TileSettings{48, 0});
        const Volume<float> tiled = predictVolume(model, image, TileSettings{32, 16});
        // Voxels below 16 on every axis lie only in the first tile, with weight 1, more than the
        // receptive field (about 10 voxels for depth 2) away from its inner borders.
        QVERIFY(maxDifference(whole, tiled, 16) < 1e-4f);
        for (float v : tiled.storage())
            QVERIFY(v >= 0.0f && v <= 1.0f);
    }

    void noSeams() {
        UnetModel model = testModel();
        const Volume<float> image = blobs(Shape{48, 40, 36});
        const Volume<float> whole = predictVolume(model, image, TileSettings{48, 0});
        const Volume<float> blended = predictVolume(model, image, TileSettings{16, 8});
        const Volume<float> hard = predictVolume(model, image, TileSettings{16, 0});
        double blendedError = 0.0, hardError = 0.0;
        for (std::size_t i = 0; i < whole.voxelCount(); ++i) {
            blendedError = std::max(blendedError, double(std::abs(blended[i] - whole[i])));
            hardError = std::max(hardError, double(std::abs(hard[i] - whole[i])));
        }
        // Blending overlapping tiles stays closer to the whole-volume result than butting them.
        QVERIFY2(blendedError < hardError, (std::to_string(blendedError) + " vs " + std::to_string(hardError)).c_str());
        // Largest jump between x-neighbours: no step where tiles meet beyond what the image has.
        auto largestJump = [](const Volume<float>& v) {
            double worst = 0.0;
            for (std::size_t z = 0; z < v.sizeZ(); ++z)
                for (std::size_t y = 0; y < v.sizeY(); ++y)
                    for (std::size_t x = 1; x < v.sizeX(); ++x)
                        worst = std::max(worst, double(std::abs(v.at(x, y, z) - v.at(x - 1, y, z))));
            return worst;
        };
        QVERIFY(largestJump(blended) < 1.5 * largestJump(whole) + 1e-3);
    }

    void anySizeIncludingThinVolumes() {
        UnetModel model = testModel();
        const Volume<float> thin = blobs(Shape{37, 21, 3});
        const Volume<float> out = predictVolume(model, thin, TileSettings{16, 4});
        QVERIFY(out.shape() == thin.shape());
        for (float v : out.storage())
            QVERIFY(std::isfinite(v) && v >= 0.0f && v <= 1.0f);
    }

    void inputAboveTheCeilingIsClamped() {
        // A few very bright voxels (under the 0.2 % above the high percentile, so the normalisation
        // is the same): with a ceiling they must give exactly what voxels at the ceiling give.
        UnetModel model = testModel();
        Volume<float> bright = blobs(Shape{32, 32, 32});
        Volume<float> atCeiling = bright;
        const std::size_t spots[] = {1000, 9000, 17000, 25000, 31000};
        for (std::size_t i : spots)
            bright[i] = 50.0f;
        const Volume<float> plain = predictVolume(model, bright, TileSettings{32, 0});
        model.setInputCeiling(1.5);
        const Volume<float> clamped = predictVolume(model, bright, TileSettings{32, 0});
        const IntensityRange range = percentileRange(bright.data(), bright.voxelCount(), 1.0, 99.8);
        const float low = range.low, high = range.high;
        for (std::size_t i : spots)
            atCeiling[i] = low + 1.5f * (high - low);
        model.setInputCeiling(std::numeric_limits<double>::infinity());
        const Volume<float> reference = predictVolume(model, atCeiling, TileSettings{32, 0});
        QVERIFY(maxDifference(clamped, reference, 32) < 1e-4f);
        QVERIFY(maxDifference(plain, reference, 32) > 1e-3f); // the bright spots do matter unclamped
    }

    void sharedInputRangesGiveTheSameMaps() {
        // An ensemble measures the image's percentiles once: the maps must be what each model alone
        // gives, and a model with other percentiles must get its own range.
        UnetModel model = testModel();
        const Volume<float> image = blobs(Shape{32, 32, 32});
        ImageInputRanges ranges(image);
        const Volume<float> alone = predictVolume(model, image, TileSettings{32, 0});
        QCOMPARE(maxDifference(predictVolume(model, image, TileSettings{32, 0}, {}, &ranges), alone, 32), 0.0f);
        QCOMPARE(maxDifference(predictVolume(model, image, TileSettings{32, 0}, {}, &ranges), alone, 32), 0.0f);
        const IntensityRange measured = percentileRange(image.data(), image.voxelCount(), 1.0, 99.8);
        QCOMPARE(ranges.forModel(model).low, measured.low);
        QCOMPARE(ranges.forModel(model).high, measured.high);
        model.setNormalisation(10.0, 90.0);
        const IntensityRange other = percentileRange(image.data(), image.voxelCount(), 10.0, 90.0);
        QVERIFY(other.low != measured.low);
        QCOMPARE(ranges.forModel(model).low, other.low);
        QCOMPARE(maxDifference(predictVolume(model, image, TileSettings{32, 0}, {}, &ranges),
                               predictVolume(model, image, TileSettings{32, 0}), 32),
                 0.0f);
    }

    void nonFiniteVoxelsDoNotSpread() {
        // A NaN would spread through every convolution to most of its tile; it is read as background.
        UnetModel model = testModel();
        Volume<float> image = blobs(Shape{32, 32, 32});
        image.at(16, 16, 16) = std::nanf("");
        image.at(3, 3, 3) = -std::numeric_limits<float>::infinity();
        image.at(28, 28, 28) = std::numeric_limits<float>::infinity();
        const Volume<float> out = predictVolume(model, image, TileSettings{32, 0});
        for (float v : out.storage())
            QVERIFY(std::isfinite(v) && v >= 0.0f && v <= 1.0f);
    }

    void eightViewsMakeThePredictionSymmetricInXy() {
        // Averaged over all eight xy flips and transposes, the prediction of a transposed (or
        // flipped) volume is the transposed (flipped) prediction; one view of random weights is not.
        UnetModel model = testModel();
        const Volume<float> image = blobs(Shape{32, 32, 16});
        Volume<float> transposed(image.shape()), flipped(image.shape());
        for (std::size_t z = 0; z < 16; ++z)
            for (std::size_t y = 0; y < 32; ++y)
                for (std::size_t x = 0; x < 32; ++x) {
                    transposed.at(y, x, z) = image.at(x, y, z);
                    flipped.at(31 - x, y, z) = image.at(x, y, z);
                }
        const auto asymmetry = [&](int views) {
            const TileSettings one{32, 0, views};
            const Volume<float> a = predictVolume(model, image, one);
            const Volume<float> b = predictVolume(model, transposed, one);
            const Volume<float> c = predictVolume(model, flipped, one);
            float worst = 0.0f;
            for (std::size_t z = 0; z < 16; ++z)
                for (std::size_t y = 0; y < 32; ++y)
                    for (std::size_t x = 0; x < 32; ++x)
                        worst = std::max({worst, std::abs(a.at(x, y, z) - b.at(y, x, z)),
                                          std::abs(a.at(x, y, z) - c.at(31 - x, y, z))});
            return worst;
        };
        QVERIFY(asymmetry(1) > 1e-3f);
        QVERIFY(asymmetry(8) < 1e-5f);
        QVERIFY_THROWS_EXCEPTION(Error, predictVolume(model, image, TileSettings{32, 0, 9}));
        QVERIFY_THROWS_EXCEPTION(Error, predictVolume(model, image, TileSettings{32, 0, 0}));
    }

    void cancelPerTile() {
        UnetModel model = testModel();
        CancelAt sink;
        CancelToken token;
        QVERIFY_THROWS_EXCEPTION(Cancelled, predictVolume(model, blobs(Shape{32, 32, 32}), TileSettings{16, 0},
                                                          Progress(&sink, &token)));
    }
};

QTEST_APPLESS_MAIN(TestTiledInference)
#include "TestTiledInference.moc"
