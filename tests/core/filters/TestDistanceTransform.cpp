// The Euclidean distance transforms against hand-worked cases and the O(n^2) definition.
#include "FilterTestSupport.h"

#include "filters/DistanceTransform.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

double distanceBetween(const Shape& s, std::size_t a, std::size_t b, const Spacing& sp) {
    auto coord = [&](std::size_t i, int axis) {
        const std::size_t c = axis == 0 ? i % s.x : axis == 1 ? (i / s.x) % s.y : i / (s.x * s.y);
        return static_cast<double>(c);
    };
    const double dx = (coord(a, 0) - coord(b, 0)) * sp.x, dy = (coord(a, 1) - coord(b, 1)) * sp.y,
                 dz = (coord(a, 2) - coord(b, 2)) * sp.z;
    return std::sqrt(dx * dx + dy * dy + dz * dz);
}

/// The definition: for each voxel with inside(i), the distance to the nearest voxel with !inside.
template <typename Inside>
std::vector<double> bruteForce(const Shape& s, const Spacing& sp, Inside&& inside) {
    std::vector<double> d(s.voxelCount(), 0.0);
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (!inside(i, i))
            continue;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t j = 0; j < d.size(); ++j)
            if (!inside(i, j))
                best = std::min(best, distanceBetween(s, i, j, sp));
        d[i] = best;
    }
    return d;
}

} // namespace

class TestDistanceTransform : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void lineWithSpacing() {
        Volume<std::uint8_t> mask(Shape{7, 1, 1}, 255);
        mask[0] = 0;
        mask[6] = 0;
        const Volume<float> d = distanceTransform(mask, Spacing::micrometres(2.0, 5.0, 5.0));
        const float expected[] = {0, 2, 4, 6, 4, 2, 0};
        for (std::size_t i = 0; i < 7; ++i)
            QCOMPARE(d[i], expected[i]);
    }
    void cornerOfAnisotropicBlock() {
        // One background voxel at a corner: the opposite corner is (2, 2, 2) voxels away.
        Volume<std::uint8_t> mask(Shape{3, 3, 3}, 1);
        mask.at(0, 0, 0) = 0;
        const Volume<float> d = distanceTransform(mask, Spacing::micrometres(1.0, 2.0, 3.0));
        QCOMPARE(d.at(0, 0, 0), 0.0f);
        QVERIFY(std::fabs(d.at(2, 2, 2) - std::sqrt(4.0f + 16.0f + 36.0f)) < 1e-5f);
        QVERIFY(std::fabs(d.at(1, 0, 0) - 1.0f) < 1e-6f);
        QVERIFY(std::fabs(d.at(0, 0, 1) - 3.0f) < 1e-6f);
    }
    void unknownSpacingMeansVoxels() {
        Volume<std::uint8_t> mask(Shape{5, 1, 1}, 1);
        mask[0] = 0;
        const Volume<float> d = distanceTransform(mask, Spacing{4.0, 4.0, 4.0, false});
        QCOMPARE(d[4], 4.0f);
    }
    void noBackgroundIsInfinite() {
        const Volume<float> d = distanceTransform(Volume<std::uint8_t>(Shape{4, 3, 2}, 9), Spacing{});
        for (float v : d.storage())
            QVERIFY(std::isinf(v) && v > 0);
        const Volume<float> zero = distanceTransform(Volume<std::uint8_t>(Shape{4, 3, 2}, 0), Spacing{});
        for (float v : zero.storage())
            QCOMPARE(v, 0.0f);
    }
    void badSpacingThrows() {
        QVERIFY_THROWS_EXCEPTION(Error, distanceTransform(Volume<std::uint8_t>(Shape{2, 2, 2}, 1),
                                                          Spacing::micrometres(1.0, 0.0, 1.0)));
    }

    void matchesDefinition_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<double>("fill");
        QTest::addColumn<double>("sx");
        QTest::addColumn<double>("sy");
        QTest::addColumn<double>("sz");
        QTest::newRow("anisotropic, half full") << 1 << 0.5 << 2.0 << 0.7 << 1.3;
        QTest::newRow("anisotropic, sparse background") << 2 << 0.995 << 2.0 << 0.7 << 1.3;
        QTest::newRow("isotropic, sparse background") << 3 << 0.998 << 1.0 << 1.0 << 1.0;
        QTest::newRow("fine z, sparse background") << 4 << 0.99 << 0.3 << 0.3 << 2.5;
    }
    void matchesDefinition() {
        QFETCH(int, seed);
        QFETCH(double, fill);
        QFETCH(double, sx);
        QFETCH(double, sy);
        QFETCH(double, sz);
        const Shape shape{20, 20, 20};
        const Volume<std::uint8_t> mask = randomMask(shape, fill, static_cast<unsigned>(seed));
        const Spacing spacing = Spacing::micrometres(sx, sy, sz);
        const Volume<float> d = distanceTransform(mask, spacing);
        const std::vector<double> ref =
            bruteForce(shape, spacing, [&](std::size_t, std::size_t j) { return mask[j] != 0; });
        for (std::size_t i = 0; i < ref.size(); ++i)
            if (std::fabs(d[i] - ref[i]) > 1e-4)
                QFAIL(qPrintable(QString("voxel %1: %2 instead of %3").arg(i).arg(d[i]).arg(ref[i])));
    }

    void objectBoundaryByHand() {
        // Two touching 3-voxel bars in x: each is bounded by the other at the contact.
        Volume<std::uint32_t> labels(Shape{8, 1, 1}, 0);
        for (std::size_t x = 1; x <= 3; ++x)
            labels[x] = 4;
        for (std::size_t x = 4; x <= 6; ++x)
            labels[x] = 9;
        const Volume<float> d = distanceToObjectBoundary(labels, Spacing{});
        const float expected[] = {0, 1, 2, 1, 1, 2, 1, 0};
        for (std::size_t i = 0; i < 8; ++i)
            QCOMPARE(d[i], expected[i]);
    }
    void objectBoundaryMatchesDefinition_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("objects");
        QTest::newRow("few large objects") << 5 << 3;
        QTest::newRow("many small objects") << 6 << 40;
    }
    void objectBoundaryMatchesDefinition() {
        QFETCH(int, seed);
        QFETCH(int, objects);
        // Random blobs: each voxel takes the label of the nearest of a few random centres, and a
        // random sprinkle of background.
        const Shape shape{18, 16, 14};
        std::mt19937 rng(static_cast<unsigned>(seed));
        std::uniform_real_distribution<double> ux(0, 18), uy(0, 16), uz(0, 14), u01(0, 1);
        std::vector<std::array<double, 3>> centres;
        for (int k = 0; k < objects; ++k)
            centres.push_back({ux(rng), uy(rng), uz(rng)});
        Volume<std::uint32_t> labels(shape, 0);
        for (std::size_t z = 0; z < shape.z; ++z)
            for (std::size_t y = 0; y < shape.y; ++y)
                for (std::size_t x = 0; x < shape.x; ++x) {
                    if (u01(rng) < 0.05)
                        continue;
                    std::size_t best = 0;
                    double bestD = 1e30;
                    for (std::size_t k = 0; k < centres.size(); ++k) {
                        const double dx = static_cast<double>(x) - centres[k][0],
                                     dy = static_cast<double>(y) - centres[k][1],
                                     dz = static_cast<double>(z) - centres[k][2];
                        if (dx * dx + dy * dy + dz * dz < bestD) {
                            bestD = dx * dx + dy * dy + dz * dz;
                            best = k;
                        }
                    }
                    labels.at(x, y, z) = static_cast<std::uint32_t>(best * 3 + 1); // ids not consecutive
                }
        const Spacing spacing = Spacing::micrometres(2.0, 0.7, 1.3);
        const Volume<float> d = distanceToObjectBoundary(labels, spacing);
        const std::vector<double> ref = bruteForce(shape, spacing, [&](std::size_t i, std::size_t j) {
            return labels[i] != 0 && labels[j] == labels[i];
        });
        for (std::size_t i = 0; i < ref.size(); ++i)
            if (std::fabs(d[i] - ref[i]) > 1e-4)
                QFAIL(qPrintable(QString("voxel %1: %2 instead of %3").arg(i).arg(d[i]).arg(ref[i])));
    }
    void lonelyObjectIsInfinite() {
        const Volume<float> d = distanceToObjectBoundary(Volume<std::uint32_t>(Shape{3, 3, 3}, 2), Spacing{});
        QVERIFY(std::isinf(d[13]));
    }

    void sameOnAnyThreadCount() {
        const Volume<std::uint8_t> mask = randomMask(Shape{61, 47, 33}, 0.97, 7);
        setThreadCount(1);
        const Volume<float> one = distanceTransform(mask, Spacing::micrometres(1.0, 1.0, 2.0));
        setThreadCount(2);
        const Volume<float> two = distanceTransform(mask, Spacing::micrometres(1.0, 1.0, 2.0));
        setThreadCount(0);
        QVERIFY(one.storage() == two.storage());
    }
    void cancelThrows() {
        const Volume<std::uint8_t> mask = randomMask(Shape{40, 40, 40}, 0.9, 8);
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, distanceTransform(mask, Spacing{}, Progress(nullptr, &token)));
        StopAfter sink(3);
        QVERIFY_THROWS_EXCEPTION(Cancelled, distanceTransform(mask, Spacing{}, Progress(&sink, nullptr)));
        Volume<std::uint32_t> labels(mask.shape(), 0);
        for (std::size_t i = 0; i < labels.voxelCount(); ++i)
            labels[i] = mask[i] ? 1 + static_cast<std::uint32_t>(i % 5) : 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 distanceToObjectBoundary(labels, Spacing{}, Progress(nullptr, &token)));
    }
};

QTEST_APPLESS_MAIN(TestDistanceTransform)
#include "TestDistanceTransform.moc"
