// Stage 5's threshold from the image (postprocess/ThresholdCalibration.h): a net that draws nuclei
// too thin and one whose low levels spread too far both draw the image's nuclei; a fat net is cut at
// even odds at most; the share of I_seg above the threshold is the image's classical foreground share;
// the range clamps; runStage5 uses it only when asked and given the image; bad input is refused.
#include "Stage5TestSupport.h"

#include "pipeline/Error.h"
#include "postprocess/Stage5.h"
#include "postprocess/ThresholdCalibration.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

const Shape kShape{48, 48, 32};
struct Centre {
    double x, y, z;
};
const Centre kCentres[] = {{12, 12, 10}, {34, 14, 20}, {14, 34, 22}, {34, 34, 10}};
constexpr double kRadius = 6.0;

// Bright balls on a dim, noisy background: what a nuclei image looks like to Otsu.
Volume<float> image() {
    Volume<float> v(kShape, 100.0f);
    for (const Centre& c : kCentres)
        paintBall(v, c.x, c.y, c.z, kRadius, 1000.0f);
    std::mt19937 rng(7);
    std::normal_distribution<float> noise(0.0f, 30.0f);
    for (float& x : v.storage())
        x += noise(rng);
    return v;
}

// A net's I_seg: 1 inside, falling off over `spread` voxels around a ball of radius kRadius + grow,
// so that 0.5 is reached at that radius. grow > 0 draws the nuclei fat, grow < 0 thin.
Volume<float> probability(double grow, double spread = 1.5) {
    Volume<float> v(kShape, 0.0f);
    for (std::size_t z = 0; z < v.sizeZ(); ++z)
        for (std::size_t y = 0; y < v.sizeY(); ++y)
            for (std::size_t x = 0; x < v.sizeX(); ++x) {
                double nearest = 1e9;
                for (const Centre& c : kCentres)
                    nearest = std::min(nearest, std::hypot(double(x) - c.x, double(y) - c.y, double(z) - c.z));
                v.at(x, y, z) = float(1.0 / (1.0 + std::exp((nearest - kRadius - grow) / spread)));
            }
    return v;
}

double share(const Volume<float>& v, double threshold) {
    std::size_t above = 0;
    for (float x : v.storage())
        above += x > threshold;
    return double(above) / double(v.voxelCount());
}

double iou(const Volume<float>& a, double ta, const Volume<float>& b, double tb) {
    std::size_t both = 0, either = 0;
    for (std::size_t i = 0; i < a.voxelCount(); ++i) {
        both += (a[i] > ta) && (b[i] > tb);
        either += (a[i] > ta) || (b[i] > tb);
    }
    return double(both) / double(either);
}

} // namespace

class TestThresholdCalibration : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void thinAndBlurryNetsGiveTheImagesNuclei() {
        const Volume<float> picture = image();
        const Volume<float> truth = probability(0.0);
        // Thin: its 0.5 lies 2.5 voxels inside the nuclei. Blurry: its 0.5 lies inside, but its slow
        // fall-off puts 0.2 three voxels outside them.
        const Volume<float> thin = probability(-2.5), blurry = probability(-1.0, 3.0);
        QVERIFY(iou(thin, 0.5, truth, 0.5) < 0.5);
        QVERIFY(iou(blurry, 0.2, truth, 0.5) < 0.6);
        const ThresholdCalibration t = calibrateThreshold(thin, picture);
        const ThresholdCalibration b = calibrateThreshold(blurry, picture);
        QVERIFY(!t.clamped && !b.clamped);
        QVERIFY(t.threshold < 0.5 && b.threshold > 0.2 && b.threshold < 0.5);
        QVERIFY2(iou(thin, t.threshold, truth, 0.5) > 0.85, "calibrated, the thin net draws the nuclei");
        QVERIFY2(iou(blurry, b.threshold, truth, 0.5) > 0.85, "calibrated, the blurry net draws the nuclei");
        // The classical foreground of these balls is about their volume (4 balls of radius 6).
        const double balls = 4.0 * 4.0 / 3.0 * M_PI * kRadius * kRadius * kRadius / double(kShape.voxelCount());
        QVERIFY2(std::fabs(t.imageForeground - balls) < 0.2 * balls, qPrintable(QString::number(t.imageForeground)));
    }
    void aFatNetIsCutAtEvenOddsAtMost() {
        const ThresholdCalibration f = calibrateThreshold(probability(3.0), image());
        QVERIFY(f.clamped);
        QCOMPARE(f.threshold, kCalibratedThresholdMax);
        QCOMPARE(kCalibratedThresholdMax, 0.5);
    }
    void theShareAboveIsTheImagesShare() {
        const Volume<float> picture = image();
        const Volume<float> p = probability(-1.0);
        const ThresholdCalibration c = calibrateThreshold(p, picture);
        QCOMPARE(c.probabilityAbove, share(p, c.threshold));
        // One histogram bin (1/4096) can hold a few more voxels than wanted; the levels here are smooth.
        QVERIFY2(std::fabs(c.probabilityAbove - c.imageForeground) < 0.002,
                 qPrintable(QString("%1 against %2").arg(c.probabilityAbove).arg(c.imageForeground)));
        // A larger factor is a stricter foreground: a smaller share, a higher threshold.
        const ThresholdCalibration strict = calibrateThreshold(p, picture, 1.2);
        QVERIFY(strict.imageForeground < c.imageForeground);
        QVERIFY(strict.threshold > c.threshold);
    }
    void theRangeClamps() {
        const Volume<float> picture = image();
        const ThresholdCalibration high = calibrateThreshold(Volume<float>(kShape, 0.97f), picture);
        QVERIFY(high.clamped);
        QCOMPARE(high.threshold, kCalibratedThresholdMax);
        QCOMPARE(high.probabilityAbove, 1.0);
        const ThresholdCalibration low = calibrateThreshold(Volume<float>(kShape, 0.02f), picture);
        QVERIFY(low.clamped);
        QCOMPARE(low.threshold, kCalibratedThresholdMin);
        QCOMPARE(low.probabilityAbove, 0.0);
    }
    void stage5UsesItOnlyWhenAskedAndGivenTheImage() {
        const Volume<float> picture = image();
        const Volume<float> blurry = probability(-1.0, 3.0);
        PostprocessSettings settings;
        settings.threshold = 0.2;
        settings.minSize = 10;
        NucleiInputs withImage;
        withImage.image = [&picture] { return picture; };
        KeepingReceiver out;
        const NucleiDescription fixed = runStage5(blurry, withImage, settings, out);
        QCOMPARE(fixed.threshold, 0.2);
        QVERIFY(!fixed.calibration);
        settings.thresholdFrom = ThresholdSource::Image;
        const NucleiDescription noImage = runStage5(blurry, NucleiInputs{}, settings, out);
        QCOMPARE(noImage.threshold, 0.2);
        QVERIFY(!noImage.calibration);
        const NucleiDescription calibrated = runStage5(blurry, withImage, settings, out);
        QVERIFY(calibrated.calibration);
        QCOMPARE(calibrated.threshold, calibrateThreshold(blurry, picture).threshold);
        QCOMPARE(calibrated.nuclei.size(), std::size_t(4));
        // Each nucleus is about the image's ball, not what the net draws at 0.2 (radius 6 against 9).
        const double ball = 4.0 / 3.0 * M_PI * kRadius * kRadius * kRadius;
        for (const NucleusMeasurement& n : calibrated.nuclei)
            QVERIFY2(std::fabs(double(n.volumeVoxels) - ball) < 0.3 * ball, qPrintable(QString::number(n.volumeVoxels)));
        QVERIFY(thresholdReport(calibrated.threshold, calibrated.calibration).find("from the image") != std::string::npos);
        QVERIFY(thresholdReport(fixed.threshold, fixed.calibration).find("fixed") != std::string::npos);
    }
    void aShareComputedOnceGivesTheSameThreshold() {
        // `run` and `segment` smooth the image once for their overlap check and hand stage 5 the share.
        const Volume<float> picture = image();
        const Volume<float> blurry = probability(-1.0, 3.0);
        const double imageShare = classicalForegroundShare(smoothedOtsu(picture, 1.0));
        const ThresholdCalibration direct = calibrateThreshold(blurry, picture);
        const ThresholdCalibration fromShare = calibrateThresholdToShare(blurry, imageShare);
        QCOMPARE(fromShare.imageForeground, direct.imageForeground);
        QCOMPARE(fromShare.threshold, direct.threshold);
        QCOMPARE(fromShare.probabilityAbove, direct.probabilityAbove);

        PostprocessSettings settings;
        settings.minSize = 10;
        settings.thresholdFrom = ThresholdSource::Image;
        int loads = 0;
        NucleiInputs withShare;
        withShare.image = [&picture, &loads] {
            ++loads;
            return picture;
        };
        withShare.imageForegroundShare = imageShare;
        KeepingReceiver out;
        const NucleiDescription calibrated = runStage5(blurry, withShare, settings, out);
        QVERIFY(calibrated.calibration);
        QCOMPARE(calibrated.threshold, direct.threshold);
        QCOMPARE(loads, 1); // for the measurements only, not for the threshold
        QVERIFY_THROWS_EXCEPTION(Error, calibrateThresholdToShare(blurry, 1.5));
        QVERIFY_THROWS_EXCEPTION(Error, calibrateThresholdToShare(Volume<float>(), 0.1));
        QVERIFY_THROWS_EXCEPTION(Error, classicalForegroundShare(smoothedOtsu(picture, 1.0), -1.0));
    }
    void badInputIsRefused() {
        const Volume<float> picture = image();
        QVERIFY_THROWS_EXCEPTION(Error, calibrateThreshold(Volume<float>(Shape{4, 4, 4}, 0.5f), picture));
        QVERIFY_THROWS_EXCEPTION(Error, calibrateThreshold(Volume<float>(), Volume<float>()));
        QVERIFY_THROWS_EXCEPTION(Error, calibrateThreshold(probability(0.0), picture, 0.0));
        PostprocessSettings settings;
        settings.thresholdFrom = ThresholdSource::Image;
        NucleiInputs wrongSize;
        wrongSize.image = [] { return Volume<float>(Shape{4, 4, 4}, 1.0f); };
        KeepingReceiver out;
        QVERIFY_THROWS_EXCEPTION(Error, runStage5(probability(0.0), wrongSize, settings, out));
    }
    void cancelStops() {
        const Volume<float> picture = image();
        CancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, calibrateThreshold(probability(0.0), picture, kClassicalForegroundFactor,
                                                               Progress(nullptr, &cancel)));
    }
};

QTEST_APPLESS_MAIN(TestThresholdCalibration)
#include "TestThresholdCalibration.moc"
