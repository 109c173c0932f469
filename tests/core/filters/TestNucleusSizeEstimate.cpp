// The nucleus-size estimate: synthetic microscope volumes of known nuclei (spheres and random
// ellipsoids, isotropic and anisotropic voxels, two scales) must give the ground truth's median
// equivalent radius within 15 %; flat and empty volumes are errors; cancel stops it.
#include "FilterTestSupport.h"

#include "filters/LabelUtilities.h"
#include "filters/NucleusSizeEstimate.h"
#include "pipeline/Error.h"
#include "synth/SyntheticMicroscope.h"
#include "synth/SyntheticNuclei.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

constexpr double pi = 3.14159265358979323846;
// Stated tolerance. The cases sample each nucleus with several voxels per radius: the synthetic
// microscope's PSF (2 voxels) widens nuclei only a few voxels across and Otsu's level follows the
// blur (4 um spheres at 1 um voxels come out ~25 % large). Real data sits lower instead
// (docs/ACCURACY.md: bbbc050 about 8 % under the annotation).
constexpr double tolerance = 0.15;

struct Case {
    Volume<float> image;
    Spacing spacing;
    double truthUm = 0.0; // median equivalent radius of the placed nuclei (as cropped)
};

Case syntheticCase(Shape shape, Spacing spacing, double rMin, double rMax, std::size_t count,
                   std::uint64_t seed, double axialElongation = 1.0) {
    SynthSettings settings;
    settings.axialElongation = axialElongation;
    settings.shape = shape;
    settings.spacing = spacing;
    settings.count = count;
    settings.radiusMin = rMin;
    settings.radiusMax = rMax;
    settings.radiusStep = rMax > rMin ? (rMax - rMin) / 4 : 1.0;
    settings.seed = seed;
    const SynthResult synth = generateSynthetic(settings);
    MicroscopeSettings microscope;
    microscope.seed = seed;
    Case c;
    c.image = simulateMicroscope(synth.instances, synth.nuclei.size(), microscope);
    c.spacing = spacing;
    const Spacing s = spacing.known ? spacing : Spacing{};
    const std::vector<std::uint64_t> sizes = objectSizes(synth.instances);
    std::vector<double> radii;
    for (std::size_t id = 1; id < sizes.size(); ++id)
        if (sizes[id] > 0)
            radii.push_back(std::cbrt(3.0 * static_cast<double>(sizes[id]) * s.x * s.y * s.z / (4.0 * pi)));
    std::sort(radii.begin(), radii.end());
    c.truthUm = radii[radii.size() / 2];
    return c;
}

} // namespace

class TestNucleusSizeEstimate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesSyntheticTruth_data() {
        QTest::addColumn<double>("sx");
        QTest::addColumn<double>("sz");
        QTest::addColumn<double>("rMin");
        QTest::addColumn<double>("rMax");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("sizeXY");
        QTest::addColumn<int>("sizeZ");
        // Sizes in micrometres; the volume holds a crowd of nuclei, many touching.
        QTest::newRow("spheres 4 um, isotropic 0.5 um") << 0.5 << 0.5 << 4.0 << 4.0 << 60 << 80 << 80;
        QTest::newRow("spheres 4 um, anisotropic 0.4/1.2 um") << 0.4 << 1.2 << 4.0 << 4.0 << 60 << 100 << 34;
        QTest::newRow("ellipsoids 3-6 um, anisotropic 0.4/1.0 um")
            << 0.4 << 1.0 << 3.0 << 6.0 << 40 << 100 << 40;
        QTest::newRow("small ellipsoids 1-2 um, 0.13/0.28 um (gonuclear-like)")
            << 0.13 << 0.28 << 1.0 << 2.0 << 60 << 100 << 60;
        QTest::newRow("large spheres 8 um, 0.8/1.75 um (bbbc050-like)")
            << 0.8 << 1.75 << 8.0 << 8.0 << 12 << 110 << 50;
    }
    void matchesSyntheticTruth() {
        QFETCH(double, sx);
        QFETCH(double, sz);
        QFETCH(double, rMin);
        QFETCH(double, rMax);
        QFETCH(int, count);
        QFETCH(int, sizeXY);
        QFETCH(int, sizeZ);
        const auto xy = static_cast<std::size_t>(sizeXY);
        const Case c = syntheticCase(Shape{xy, xy, static_cast<std::size_t>(sizeZ)},
                                     Spacing::micrometres(sx, sx, sz), rMin, rMax,
                                     static_cast<std::size_t>(count), 11);
        const NucleusSizeEstimate e = estimateNucleusSize(c.image, c.spacing);
        qInfo("truth %.3f um, estimate %.3f um over %zu regions", c.truthUm, e.radiusUm, e.nucleiSeen);
        QVERIFY2(std::abs(e.radiusUm / c.truthUm - 1.0) <= tolerance,
                 qPrintable(QString("estimate %1 um vs truth %2 um").arg(e.radiusUm).arg(c.truthUm)));
        QVERIFY(e.nucleiSeen >= 3);
        QCOMPARE(e.radiusVoxels[0], e.radiusUm / sz);
        QCOMPARE(e.radiusVoxels[1], e.radiusUm / sx);
        QCOMPARE(e.radiusVoxels[2], e.radiusUm / sx);
    }

    void measuresTheAxialElongation_data() {
        QTest::addColumn<double>("stretch");
        QTest::addColumn<double>("sz");
        QTest::newRow("round, isotropic voxels") << 1.0 << 0.5;
        QTest::newRow("twice as tall, isotropic voxels") << 2.0 << 0.5;
        QTest::newRow("twice as tall, 0.5/1.0 um voxels") << 2.0 << 1.0;
    }
    void measuresTheAxialElongation() {
        // Spheres of 3 um stretched along z by the synthesis (the synthetic microscope blurs by 2 voxels,
        // which shortens the look of the stretch a little): the estimate must find the stretch.
        QFETCH(double, stretch);
        QFETCH(double, sz);
        const auto nz = static_cast<std::size_t>(40.0 / sz);
        const Case c = syntheticCase(Shape{80, 80, nz}, Spacing::micrometres(0.5, 0.5, sz), 3.0, 3.0, 30, 7, stretch);
        const NucleusSizeEstimate e = estimateNucleusSize(c.image, c.spacing);
        qInfo("stretch %.2f: estimated axial elongation %.3f over %zu regions", stretch, e.axialElongation, e.nucleiSeen);
        QVERIFY2(std::abs(e.axialElongation / stretch - 1.0) <= 0.2,
                 qPrintable(QString("elongation %1 vs stretch %2").arg(e.axialElongation).arg(stretch)));
        // Without the elongation (the classical pipeline's use) the size is the same.
        const NucleusSizeEstimate sizeOnly = estimateNucleusSize(c.image, c.spacing, {}, false);
        QCOMPARE(sizeOnly.axialElongation, 1.0);
        QCOMPARE(sizeOnly.radiusUm, e.radiusUm);
    }

    void unknownSpacingIsInVoxels() {
        const Case c = syntheticCase(Shape{72, 72, 72}, Spacing{}, 6.0, 7.0, 30, 3);
        const NucleusSizeEstimate e = estimateNucleusSize(c.image, Spacing{});
        QVERIFY2(std::abs(e.radiusUm / c.truthUm - 1.0) <= tolerance,
                 qPrintable(QString("estimate %1 vs truth %2 voxels").arg(e.radiusUm).arg(c.truthUm)));
        QCOMPARE(e.radiusVoxels[0], e.radiusUm);
    }

    void scalesWithTheVoxelSize() {
        // The same voxels declared twice as large: the physical radius doubles, voxels stay.
        const Case c = syntheticCase(Shape{80, 80, 80}, Spacing::micrometres(1, 1, 1), 4.0, 4.0, 60, 5);
        const NucleusSizeEstimate a = estimateNucleusSize(c.image, Spacing::micrometres(1, 1, 1));
        const NucleusSizeEstimate b = estimateNucleusSize(c.image, Spacing::micrometres(2, 2, 2));
        QVERIFY(std::abs(b.radiusUm / a.radiusUm - 2.0) < 1e-6);
        QVERIFY(std::abs(b.radiusVoxels[2] - a.radiusVoxels[2]) < 1e-6);
    }

    void refusesEmptyAndFlat() {
        QVERIFY_EXCEPTION_THROWN(estimateNucleusSize(Volume<float>(), Spacing{}), Error);
        QVERIFY_EXCEPTION_THROWN(estimateNucleusSize(Volume<float>(Shape{20, 20, 20}, 3.0f), Spacing{}),
                                 Error);
        Volume<float> nan(Shape{10, 10, 10}, std::nanf(""));
        QVERIFY_EXCEPTION_THROWN(estimateNucleusSize(nan, Spacing{}), Error);
        const Case c = syntheticCase(Shape{40, 40, 40}, Spacing{}, 4.0, 4.0, 5, 1);
        QVERIFY_EXCEPTION_THROWN(estimateNucleusSize(c.image, Spacing::micrometres(0, 1, 1)), Error);
    }

    void cancels() {
        const Case c = syntheticCase(Shape{48, 48, 48}, Spacing{}, 4.0, 4.0, 20, 2);
        CancelToken token;
        StopAfter sink(2);
        QVERIFY_EXCEPTION_THROWN(estimateNucleusSize(c.image, Spacing{}, Progress(&sink, &token)), Cancelled);
    }
};

QTEST_APPLESS_MAIN(TestNucleusSizeEstimate)
#include "TestNucleusSizeEstimate.moc"
