// Stage 1 placement: the requested count is placed (or the shortfall is reported), every voxel is
// where the ellipsoid formula puts it, the overlap rule holds, and anisotropic voxels keep nuclei
// round in micrometres.
#include "SynthTestSupport.h"

#include "pipeline/Error.h"
#include "synth/SyntheticNuclei.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace nuclei3d;
using nuclei3d::test::ellipsoidForm;
using nuclei3d::test::smallSettings;

Q_DECLARE_METATYPE(nuclei3d::Shape)
Q_DECLARE_METATYPE(nuclei3d::Spacing)

namespace {

bool isAllowedRadius(double a, const SynthSettings& s) {
    const double k = (a - s.radiusMin) / s.radiusStep;
    return a >= s.radiusMin - 1e-12 && a <= s.radiusMax + 1e-12 && std::abs(k - std::round(k)) < 1e-9;
}

// Half extent in voxels along axis k, from the nucleus record.
double halfExtent(const SynthNucleus& n, const Spacing& spacing, std::size_t k) {
    const double a[3] = {n.ax, n.ay, n.az};
    double sum = 0;
    for (std::size_t j = 0; j < 3; ++j)
        sum += (n.rotation[3 * k + j] * a[j]) * (n.rotation[3 * k + j] * a[j]);
    const double s[3] = {spacing.x, spacing.y, spacing.z};
    return std::sqrt(sum) / s[k];
}

} // namespace

class TestSynthPlacement : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void placesRequestedCount_data() {
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<int>("count");
        QTest::addColumn<Spacing>("spacing");
        QTest::newRow("128^3, 300 nuclei (defaults)") << Shape{128, 128, 128} << 300 << Spacing{};
        QTest::newRow("64x48x32, 40 nuclei") << Shape{64, 48, 32} << 40 << Spacing{};
        QTest::newRow("anisotropic 0.5x0.5x2 um")
            << Shape{96, 96, 24} << 40 << Spacing::micrometres(0.5, 0.5, 2.0);
    }
    void placesRequestedCount() {
        QFETCH(Shape, shape);
        QFETCH(int, count);
        QFETCH(Spacing, spacing);
        SynthSettings s = smallSettings(shape, static_cast<std::size_t>(count));
        s.spacing = spacing;
        const SynthResult r = generateSynthetic(s);
        QCOMPARE(r.requested, s.count);
        QCOMPARE(r.nuclei.size(), s.count);
        QVERIFY2(r.shortfall.empty(), r.shortfall.c_str());
        QCOMPARE(r.instances.shape(), shape);
        QCOMPARE(r.instances.spacing(), spacing);

        std::vector<std::size_t> owned(r.nuclei.size() + 1, 0);
        for (std::size_t i = 0; i < r.instances.voxelCount(); ++i) {
            QVERIFY(r.instances[i] <= r.nuclei.size());
            ++owned[r.instances[i]];
        }
        const double size[3] = {double(shape.x), double(shape.y), double(shape.z)};
        for (std::size_t i = 0; i < r.nuclei.size(); ++i) {
            const SynthNucleus& n = r.nuclei[i];
            QCOMPARE(n.id, static_cast<std::uint32_t>(i + 1));
            const double c[3] = {n.cx, n.cy, n.cz};
            for (int k = 0; k < 3; ++k)
                QVERIFY2(c[k] >= 0 && c[k] <= size[k], "centre outside the volume");
            QVERIFY(isAllowedRadius(n.ax, s) && isAllowedRadius(n.ay, s) && isAllowedRadius(n.az, s));
            QVERIFY(n.voxels > 0);
            QCOMPARE(n.voxels, owned[n.id]);
        }
    }

    void reportsShortfallWhenTheVolumeIsFull() {
        SynthSettings s = smallSettings(Shape{24, 24, 24}, 2000);
        s.maxAttempts = 50;
        const SynthResult r = generateSynthetic(s);
        QCOMPARE(r.requested, std::size_t{2000});
        QVERIFY(!r.nuclei.empty());
        QVERIFY(r.nuclei.size() < 2000);
        const std::string expected =
            "placed " + std::to_string(r.nuclei.size()) + " of 2000 requested nuclei";
        QVERIFY2(r.shortfall.rfind(expected, 0) == 0, r.shortfall.c_str());
        QVERIFY2(r.shortfall.find("full under the overlap rule (max overlap 0") != std::string::npos,
                 r.shortfall.c_str());
    }

    // The instance volume, voxel by voxel, against the formula of METHOD.md evaluated for every
    // nucleus: a voxel belongs to the first nucleus whose ellipsoid contains its centre. Voxels on
    // an ellipsoid's surface to within rounding (|q - 1| < 1e-9) may go either way.
    void voxelsFollowTheEllipsoidFormula_data() {
        QTest::addColumn<Spacing>("spacing");
        QTest::addColumn<double>("maxOverlap");
        QTest::newRow("isotropic, no overlap") << Spacing{} << 0.0;
        QTest::newRow("anisotropic, no overlap") << Spacing::micrometres(0.6, 0.8, 1.7) << 0.0;
        QTest::newRow("isotropic, 30% overlap") << Spacing{} << 0.3;
        QTest::newRow("anisotropic, 50% overlap") << Spacing::micrometres(1.0, 0.5, 2.0) << 0.5;
    }
    void voxelsFollowTheEllipsoidFormula() {
        QFETCH(Spacing, spacing);
        QFETCH(double, maxOverlap);
        SynthSettings s = smallSettings(Shape{40, 36, 20}, 40, 11);
        s.spacing = spacing;
        s.radiusMin = 2;
        s.radiusMax = 6;
        s.maxOverlap = maxOverlap;
        const SynthResult r = generateSynthetic(s);
        const std::size_t n = r.nuclei.size();
        QVERIFY(n >= 20);
        std::vector<std::size_t> inside(n + 1, 0);
        std::size_t sharedVoxels = 0, checked = 0;
        for (std::size_t z = 0; z < s.shape.z; ++z)
            for (std::size_t y = 0; y < s.shape.y; ++y)
                for (std::size_t x = 0; x < s.shape.x; ++x) {
                    std::uint32_t expected = 0;
                    int containing = 0;
                    bool ambiguous = false;
                    for (const SynthNucleus& nucleus : r.nuclei) {
                        const double q = ellipsoidForm(nucleus, spacing, x, y, z);
                        ambiguous = ambiguous || std::abs(q - 1) < 1e-9;
                        if (q <= 1) {
                            ++inside[nucleus.id];
                            ++containing;
                            if (expected == 0)
                                expected = nucleus.id;
                        }
                    }
                    sharedVoxels += containing > 1 ? 1 : 0;
                    if (ambiguous)
                        continue;
                    ++checked;
                    QVERIFY2(r.instances.at(x, y, z) == expected,
                             qPrintable(QStringLiteral("voxel (%1, %2, %3): id %4, formula says %5")
                                            .arg(x)
                                            .arg(y)
                                            .arg(z)
                                            .arg(r.instances.at(x, y, z))
                                            .arg(expected)));
                }
        QVERIFY(checked > s.shape.voxelCount() * 99 / 100);
        if (maxOverlap == 0)
            QCOMPARE(sharedVoxels, std::size_t{0});
        // The overlap rule: what a nucleus lost to earlier ones is at most maxOverlap of its voxels.
        for (const SynthNucleus& nucleus : r.nuclei) {
            const double lost = double(inside[nucleus.id]) - double(nucleus.voxels);
            QVERIFY(lost >= 0);
            QVERIFY2(lost <= maxOverlap * double(inside[nucleus.id]) + 1e-9,
                     qPrintable(QStringLiteral("nucleus %1 lost %2 of %3")
                                    .arg(nucleus.id)
                                    .arg(lost)
                                    .arg(inside[nucleus.id])));
        }
    }

    // Radii are micrometres: on voxels of 0.5 x 1 x 2 um a nucleus spans 4 : 2 : 1 voxels as
    // much along x, y, z as a round one would. Checked through the voxels' covariance, which for a
    // solid ellipsoid is R diag(a^2) R^T / 5 in micrometres and scales by 1 / (s_k s_l) in voxels,
    // and through the voxel extent on each axis against the bounding-box half extent.
    void anisotropicSpacingScalesVoxelExtents() {
        const Spacing spacing = Spacing::micrometres(0.5, 1.0, 2.0);
        const double s[3] = {spacing.x, spacing.y, spacing.z};
        int checkedNuclei = 0;
        for (std::uint64_t seed = 1; seed <= 20 && checkedNuclei < 6; ++seed) {
            SynthSettings settings = smallSettings(Shape{120, 60, 32}, 3, seed);
            settings.spacing = spacing;
            settings.radiusMin = 7;
            settings.radiusMax = 12;
            const SynthResult r = generateSynthetic(settings);
            const double size[3] = {120, 60, 32};
            for (const SynthNucleus& n : r.nuclei) {
                const double c[3] = {n.cx, n.cy, n.cz};
                bool whole = n.voxels > 0;
                for (std::size_t k = 0; k < 3; ++k)
                    whole = whole && c[k] - halfExtent(n, spacing, k) > 1 &&
                            c[k] + halfExtent(n, spacing, k) < size[k] - 1;
                // A nucleus cut by the border or by an earlier nucleus has no clean moments.
                double insideCount = 0;
                double mean[3] = {0, 0, 0}, cov[3][3] = {{0}};
                std::size_t lo[3] = {9999, 9999, 9999}, hi[3] = {0, 0, 0};
                for (std::size_t z = 0; z < 32; ++z)
                    for (std::size_t y = 0; y < 60; ++y)
                        for (std::size_t x = 0; x < 120; ++x)
                            if (r.instances.at(x, y, z) == n.id) {
                                const std::size_t p[3] = {x, y, z};
                                insideCount += 1;
                                for (std::size_t k = 0; k < 3; ++k) {
                                    mean[k] += double(p[k]);
                                    lo[k] = std::min(lo[k], p[k]);
                                    hi[k] = std::max(hi[k], p[k]);
                                    for (std::size_t l = 0; l < 3; ++l)
                                        cov[k][l] += double(p[k]) * double(p[l]);
                                }
                            }
                if (!whole)
                    continue;
                double expectedInside = 0;
                for (std::size_t z = 0; z < 32; ++z)
                    for (std::size_t y = 0; y < 60; ++y)
                        for (std::size_t x = 0; x < 120; ++x)
                            expectedInside += ellipsoidForm(n, spacing, x, y, z) <= 1 ? 1 : 0;
                if (insideCount != expectedInside)
                    continue; // touched by an earlier nucleus
                ++checkedNuclei;
                const double a[3] = {n.ax, n.ay, n.az};
                for (std::size_t k = 0; k < 3; ++k) {
                    mean[k] /= insideCount;
                    QVERIFY(std::abs(mean[k] + 0.5 - (k == 0 ? n.cx : k == 1 ? n.cy : n.cz)) < 0.25);
                    const double extent = double(hi[k] - lo[k] + 1), h = halfExtent(n, spacing, k);
                    QVERIFY2(extent <= 2 * h + 1 && extent >= 2 * h - 3,
                             qPrintable(QStringLiteral("axis %1: %2 voxels for half extent %3")
                                            .arg(k)
                                            .arg(extent)
                                            .arg(h)));
                }
                for (std::size_t k = 0; k < 3; ++k)
                    for (std::size_t l = 0; l < 3; ++l) {
                        const double measured = cov[k][l] / insideCount - mean[k] * mean[l];
                        double expected = 0;
                        for (std::size_t j = 0; j < 3; ++j)
                            expected += n.rotation[3 * k + j] * n.rotation[3 * l + j] * a[j] * a[j];
                        expected /= 5.0 * s[k] * s[l];
                        // Scale of the variances on this pair of axes, for a relative tolerance.
                        double scale = 0;
                        for (std::size_t j = 0; j < 3; ++j)
                            scale = std::max(scale, a[j] * a[j] / (5.0 * s[k] * s[l]));
                        QVERIFY2(std::abs(measured - expected) < 0.05 * scale + 0.1,
                                 qPrintable(QStringLiteral("cov[%1][%2] = %3, expected %4")
                                                .arg(k)
                                                .arg(l)
                                                .arg(measured)
                                                .arg(expected)));
                    }
            }
        }
        QVERIFY2(checkedNuclei >= 3, "too few whole, untouched nuclei to check");
    }

    void axialElongationStretchesNucleiAlongZ() {
        // One sphere of 6 um on 1 um voxels: twice as many slices tall with elongation 2, the same
        // across; the file's voxel size stays the real one.
        SynthSettings s = smallSettings(Shape{40, 40, 60}, 1, 3);
        s.spacing = Spacing::micrometres(1.0, 1.0, 1.0);
        s.radiusMin = s.radiusMax = 6.0;
        const auto extents = [](const SynthResult& r) {
            std::size_t lo[3] = {999, 999, 999}, hi[3] = {0, 0, 0};
            for (std::size_t z = 0; z < r.instances.sizeZ(); ++z)
                for (std::size_t y = 0; y < r.instances.sizeY(); ++y)
                    for (std::size_t x = 0; x < r.instances.sizeX(); ++x)
                        if (r.instances.at(x, y, z) != 0) {
                            const std::size_t p[3] = {x, y, z};
                            for (std::size_t k = 0; k < 3; ++k) {
                                lo[k] = std::min(lo[k], p[k]);
                                hi[k] = std::max(hi[k], p[k]);
                            }
                        }
            return std::vector<std::size_t>{hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1};
        };
        const SynthResult round = generateSynthetic(s);
        s.axialElongation = 2.0;
        const SynthResult tall = generateSynthetic(s);
        QCOMPARE(round.nuclei.size(), std::size_t{1});
        QCOMPARE(tall.nuclei.size(), std::size_t{1});
        // A voxelised ellipsoid spans 2a - 2 .. 2a voxels along an axis, depending on where its
        // centre falls in its voxel.
        const auto within = [](std::size_t extent, std::size_t lo, std::size_t hi) { return extent >= lo && extent <= hi; };
        const std::vector<std::size_t> r = extents(round), t = extents(tall);
        QVERIFY(within(r[0], 10, 12) && within(r[1], 10, 12) && within(r[2], 10, 12));
        QVERIFY2(within(t[0], 10, 12) && within(t[1], 10, 12) && within(t[2], 22, 24),
                 qPrintable(QStringLiteral("%1 x %2 x %3").arg(t[0]).arg(t[1]).arg(t[2])));
        QCOMPARE(tall.instances.spacing(), s.spacing);
        s.axialElongation = 0.0;
        QVERIFY_EXCEPTION_THROWN(generateSynthetic(s), Error);
    }

    void fillsToTheForegroundFraction() {
        SynthSettings s = smallSettings(Shape{48, 48, 48}, 0);
        s.foregroundFraction = 0.15;
        const SynthResult r = generateSynthetic(s);
        QCOMPARE(r.requested, std::size_t{0});
        QVERIFY2(r.shortfall.empty(), r.shortfall.c_str());
        std::size_t foreground = 0, largest = 0;
        for (const SynthNucleus& n : r.nuclei) {
            foreground += n.voxels;
            largest = std::max(largest, n.voxels);
        }
        const double target = 0.15 * double(s.shape.voxelCount());
        QVERIFY(double(foreground) >= target);
        QVERIFY(double(foreground) < target + double(largest)); // stops at the nucleus that reached it
    }

    void reportsAnUnreachableForegroundFraction() {
        SynthSettings s = smallSettings(Shape{32, 32, 32}, 0);
        s.foregroundFraction = 0.9;
        s.maxAttempts = 30;
        const SynthResult r = generateSynthetic(s);
        QVERIFY(!r.nuclei.empty());
        QVERIFY2(r.shortfall.rfind("reached a foreground fraction of ", 0) == 0, r.shortfall.c_str());
        QVERIFY2(r.shortfall.find("of the requested 0.9 with " + std::to_string(r.nuclei.size()) +
                                  " nuclei") != std::string::npos,
                 r.shortfall.c_str());
    }
};

QTEST_APPLESS_MAIN(TestSynthPlacement)
#include "TestSynthPlacement.moc"
