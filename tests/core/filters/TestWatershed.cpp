// The marker-controlled watershed: hand-worked flooding, the stage 5 chain (distance map, h-maxima,
// watershed) on touching spheres and an elongated ellipsoid, and a plain priority-queue reference.
#include "FilterTestSupport.h"

#include "filters/DistanceTransform.h"
#include "filters/Maxima.h"
#include "filters/Watershed.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <QtTest>

#include <queue>
#include <set>
#include <tuple>

using namespace nuclei3d;
using namespace nuclei3d::test;

Q_DECLARE_METATYPE(nuclei3d::Connectivity)

namespace {

/// Meyer's flooding with std::priority_queue on (priority, age): the reference for the radix queue.
Volume<std::uint32_t> referenceWatershed(const Volume<float>& f, const Volume<std::uint32_t>& markers,
                                         const Volume<std::uint8_t>* mask, Connectivity c) {
    using Item = std::tuple<float, std::uint64_t, std::size_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    Volume<std::uint32_t> out(f.shape(), 0);
    auto inside = [&](std::size_t p) { return mask == nullptr || (*mask)[p] != 0; };
    std::uint64_t age = 0;
    for (std::size_t p = 0; p < f.voxelCount(); ++p)
        if (inside(p) && markers[p] != 0) {
            out[p] = markers[p];
            queue.emplace(f[p], age++, p);
        }
    while (!queue.empty()) {
        const auto [level, itemAge, p] = queue.top();
        (void)itemAge;
        queue.pop();
        forNeighbours(f.shape(), p, c, [&, level = level, p = p](std::size_t q) {
            if (inside(q) && out[q] == 0) {
                out[q] = out[p];
                queue.emplace(std::max(level, f[q]), age++, q);
            }
        });
    }
    return out;
}

/// A ball in micrometres on a grid of the given spacing.
void drawPhysicalBall(Volume<std::uint8_t>& mask, const Spacing& s, double cx, double cy, double cz,
                      double r) {
    for (std::size_t z = 0; z < mask.sizeZ(); ++z)
        for (std::size_t y = 0; y < mask.sizeY(); ++y)
            for (std::size_t x = 0; x < mask.sizeX(); ++x) {
                const double dx = static_cast<double>(x) * s.x - cx, dy = static_cast<double>(y) * s.y - cy,
                             dz = static_cast<double>(z) * s.z - cz;
                if (dx * dx + dy * dy + dz * dz <= r * r)
                    mask.at(x, y, z) = 255;
            }
}

/// Stage 5's chain: distance map, h-maxima markers, watershed of the inverted distance in the mask.
Volume<std::uint32_t> splitNuclei(const Volume<std::uint8_t>& mask, const Spacing& spacing, float h,
                                  std::uint32_t& markerCount) {
    Volume<float> distance = distanceTransform(mask, spacing);
    const Volume<std::uint32_t> markers = hMaximaMarkers(distance, h, &mask, Connectivity::TwentySix);
    markerCount = 0;
    for (auto v : markers.storage())
        markerCount = std::max(markerCount, v);
    for (auto& v : distance.storage())
        v = -v;
    return watershed(distance, markers, &mask, Connectivity::TwentySix);
}

} // namespace

class TestWatershed : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void floodsALineByHand() {
        Volume<float> f(Shape{5, 1, 1}, 0.0f);
        const float heights[] = {0, 1, 2, 1, 0};
        for (std::size_t i = 0; i < 5; ++i)
            f[i] = heights[i];
        Volume<std::uint32_t> markers(f.shape(), 0);
        markers[0] = 1;
        markers[4] = 2;
        // Both sides reach the ridge at the same level; the left one got there first (FIFO).
        const Volume<std::uint32_t> out = watershed(f, markers, nullptr, Connectivity::Six);
        const std::uint32_t expected[] = {1, 1, 1, 2, 2};
        for (std::size_t i = 0; i < 5; ++i)
            QCOMPARE(out[i], expected[i]);
    }
    void maskAndUnreachableVoxels() {
        // x = 3 is outside the mask, so x = 4..5 cannot be reached; the marker at x = 6 lies outside too.
        Volume<float> f(Shape{7, 1, 1}, 0.0f);
        Volume<std::uint32_t> markers(f.shape(), 0);
        markers[0] = 5;
        markers[6] = 8;
        Volume<std::uint8_t> mask(f.shape(), 1);
        mask[3] = 0;
        mask[6] = 0;
        const Volume<std::uint32_t> out = watershed(f, markers, &mask);
        const std::uint32_t expected[] = {5, 5, 5, 0, 0, 0, 0};
        for (std::size_t i = 0; i < 7; ++i)
            QCOMPARE(out[i], expected[i]);
    }
    void shapeMismatchThrows() {
        const Volume<float> f(Shape{3, 3, 3}, 0.0f);
        QVERIFY_THROWS_EXCEPTION(Error, watershed(f, Volume<std::uint32_t>(Shape{3, 3, 2}, 0)));
    }

    void separatesTwoTouchingSpheres_data() {
        QTest::addColumn<double>("sz");
        QTest::newRow("isotropic voxels") << 1.0;
        QTest::newRow("voxels twice as deep") << 2.0;
    }
    void separatesTwoTouchingSpheres() {
        QFETCH(double, sz);
        const Spacing spacing = Spacing::micrometres(1.0, 1.0, sz);
        const auto depth = static_cast<std::size_t>(32.0 / sz);
        Volume<std::uint8_t> mask(Shape{50, 32, depth}, 0, spacing);
        drawPhysicalBall(mask, spacing, 16.0, 16.0, 16.0, 9.0); // centres 16 apart, radii 9: they overlap
        drawPhysicalBall(mask, spacing, 32.0, 16.0, 16.0, 9.0);
        std::uint32_t markers = 0;
        const Volume<std::uint32_t> labels = splitNuclei(mask, spacing, 1.0f, markers);
        QCOMPARE(markers, 2u);
        std::set<std::uint32_t> left, right;
        for (std::size_t z = 0; z < mask.sizeZ(); ++z)
            for (std::size_t y = 0; y < mask.sizeY(); ++y)
                for (std::size_t x = 0; x < mask.sizeX(); ++x) {
                    const std::uint32_t l = labels.at(x, y, z);
                    QCOMPARE(l != 0, mask.at(x, y, z) != 0); // every mask voxel is reached
                    if (l != 0 && x <= 21)
                        left.insert(l);
                    if (l != 0 && x >= 27)
                        right.insert(l);
                }
        QCOMPARE(left.size(), 1u);
        QCOMPARE(right.size(), 1u);
        QVERIFY(*left.begin() != *right.begin());
    }
    void keepsAnElongatedEllipsoidWhole() {
        Volume<std::uint8_t> mask(Shape{56, 24, 24}, 0);
        for (std::size_t z = 0; z < 24; ++z)
            for (std::size_t y = 0; y < 24; ++y)
                for (std::size_t x = 0; x < 56; ++x) {
                    const double dx = (static_cast<double>(x) - 27.5) / 24.0,
                                 dy = (static_cast<double>(y) - 11.5) / 7.0,
                                 dz = (static_cast<double>(z) - 11.5) / 7.0;
                    if (dx * dx + dy * dy + dz * dz <= 1.0)
                        mask.at(x, y, z) = 255;
                }
        std::uint32_t markers = 0;
        const Volume<std::uint32_t> labels = splitNuclei(mask, Spacing{}, 1.0f, markers);
        QCOMPARE(markers, 1u);
        for (std::size_t i = 0; i < mask.voxelCount(); ++i)
            QCOMPARE(labels[i], mask[i] != 0 ? 1u : 0u);
    }

    void matchesPriorityQueueReference_data() {
        QTest::addColumn<Connectivity>("connectivity");
        QTest::addColumn<bool>("masked");
        QTest::addColumn<int>("levels");
        for (Connectivity c : {Connectivity::Six, Connectivity::TwentySix})
            for (bool masked : {false, true})
                for (int levels : {3, 1000}) // few levels: many ties that only the age can order
                    QTest::addRow("%d, %s, %d levels", static_cast<int>(c), masked ? "masked" : "whole",
                                  levels)
                        << c << masked << levels;
    }
    void matchesPriorityQueueReference() {
        QFETCH(Connectivity, connectivity);
        QFETCH(bool, masked);
        QFETCH(int, levels);
        const Shape shape{21, 17, 15};
        std::mt19937 rng(static_cast<unsigned>(levels) + (masked ? 7u : 0u));
        std::uniform_int_distribution<int> level(0, levels - 1);
        std::uniform_int_distribution<int> pick(0, 199);
        Volume<float> f(shape, 0.0f);
        Volume<std::uint32_t> markers(shape, 0);
        for (std::size_t i = 0; i < f.voxelCount(); ++i) {
            f[i] = static_cast<float>(level(rng)) - static_cast<float>(levels) / 2.0f;
            if (pick(rng) == 0)
                markers[i] = 1 + static_cast<std::uint32_t>(pick(rng) % 9);
        }
        const Volume<std::uint8_t> mask = randomMask(shape, 0.75, 99);
        const Volume<std::uint8_t>* m = masked ? &mask : nullptr;
        const Volume<std::uint32_t> out = watershed(f, markers, m, connectivity);
        const Volume<std::uint32_t> ref = referenceWatershed(f, markers, m, connectivity);
        QVERIFY(out.storage() == ref.storage());
    }
    void sameOnAnyThreadCount() {
        Volume<std::uint8_t> mask(Shape{60, 40, 30}, 0);
        drawBall(mask, 20, 20, 15, 11);
        drawBall(mask, 36, 20, 15, 10);
        drawBall(mask, 28, 30, 12, 8);
        std::uint32_t markers = 0;
        setThreadCount(1);
        const Volume<std::uint32_t> one =
            splitNuclei(mask, Spacing::micrometres(0.5, 0.5, 0.9), 0.5f, markers);
        setThreadCount(2);
        const Volume<std::uint32_t> two =
            splitNuclei(mask, Spacing::micrometres(0.5, 0.5, 0.9), 0.5f, markers);
        setThreadCount(0);
        QVERIFY(one.storage() == two.storage());
    }
    // The tiled flood against the serial one (bricks of 16 x 16 x 8, halo 4, so a 48 x 40 x 36 volume
    // is 3 x 3 x 5 bricks): random landscapes with few levels (ties everywhere) and many.
    void tiledMatchesSerialOnRandomLandscapes_data() { matchesPriorityQueueReference_data(); }
    void tiledMatchesSerialOnRandomLandscapes() {
        QFETCH(Connectivity, connectivity);
        QFETCH(bool, masked);
        QFETCH(int, levels);
        const Shape shape{48, 40, 36};
        std::mt19937 rng(static_cast<unsigned>(levels) * 3u + (masked ? 1u : 0u));
        std::uniform_int_distribution<int> level(0, levels - 1);
        std::uniform_int_distribution<int> pick(0, 299);
        Volume<float> f(shape, 0.0f);
        Volume<std::uint32_t> markers(shape, 0);
        for (std::size_t i = 0; i < f.voxelCount(); ++i) {
            f[i] = static_cast<float>(level(rng));
            if (pick(rng) == 0)
                markers[i] = 1 + static_cast<std::uint32_t>(i % 997);
        }
        const Volume<std::uint8_t> mask = randomMask(shape, 0.75, 5);
        const Volume<std::uint8_t>* m = masked ? &mask : nullptr;
        WatershedTiling tiling;
        tiling.brick = Shape{16, 16, 8};
        tiling.halo = 4;
        WatershedReport report;
        const Volume<std::uint32_t> tiled = watershed(f, markers, m, connectivity, {}, tiling, &report);
        const Volume<std::uint32_t> serial = watershedSerial(f, markers, m, connectivity);
        std::size_t same = 0;
        for (std::size_t i = 0; i < f.voxelCount(); ++i)
            same += tiled[i] == serial[i];
        qInfo("%zu bricks, %zu attempt(s), last halo %zu, %zu seam mismatches, serial fallback %d; "
              "identical voxels %.4f %%",
              report.bricks, report.attempts, report.lastHalo, report.seamMismatches,
              static_cast<int>(report.serialFallback),
              100.0 * static_cast<double>(same) / static_cast<double>(f.voxelCount()));
        QCOMPARE(report.bricks, std::size_t{45});
        QCOMPARE(same, f.voxelCount());
    }

    // Nuclei-like landscapes (the inverted distance map of 60 touching balls) with small bricks:
    // the tiled flood is exact and needs no second attempt here.
    void tiledMatchesSerialOnNuclei() {
        Volume<std::uint8_t> mask(Shape{96, 80, 48}, 0);
        std::mt19937 rng(17);
        std::uniform_real_distribution<double> ux(6, 90), uy(6, 74), uz(6, 42), ur(4, 8);
        for (int k = 0; k < 60; ++k)
            drawBall(mask, ux(rng), uy(rng), uz(rng), ur(rng));
        Volume<float> distance = distanceTransform(mask, Spacing{});
        const Volume<std::uint32_t> markers =
            hMaximaMarkers(distance, 0.5f, &mask, Connectivity::Six);
        for (auto& v : distance.storage())
            v = -v;
        WatershedTiling tiling;
        tiling.brick = Shape{32, 32, 16};
        tiling.halo = 12;
        WatershedReport report;
        const Volume<std::uint32_t> tiled =
            watershed(distance, markers, &mask, Connectivity::Six, {}, tiling, &report);
        const Volume<std::uint32_t> serial = watershedSerial(distance, markers, &mask, Connectivity::Six);
        qInfo("%zu bricks, %zu attempt(s), %zu seam mismatches, serial fallback %d", report.bricks,
              report.attempts, report.seamMismatches, static_cast<int>(report.serialFallback));
        QVERIFY(tiled.storage() == serial.storage());
        QCOMPARE(report.bricks, std::size_t{27});
    }

    // The brick grid does not depend on the thread count, so neither does the result (nor whether
    // a second attempt or the fallback ran).
    void tiledSameOnOneTwoAndThreeThreads() {
        const Shape shape{40, 36, 30};
        std::mt19937 rng(3);
        std::uniform_int_distribution<int> level(0, 7);
        std::uniform_int_distribution<int> pick(0, 149);
        Volume<float> f(shape, 0.0f);
        Volume<std::uint32_t> markers(shape, 0);
        for (std::size_t i = 0; i < f.voxelCount(); ++i) {
            f[i] = static_cast<float>(level(rng));
            if (pick(rng) == 0)
                markers[i] = 1 + static_cast<std::uint32_t>(i % 251);
        }
        WatershedTiling tiling;
        tiling.brick = Shape{12, 12, 6};
        tiling.halo = 3;
        std::vector<std::uint32_t> results[3];
        WatershedReport reports[3];
        for (int threads = 1; threads <= 3; ++threads) {
            setThreadCount(threads);
            results[threads - 1] =
                watershed(f, markers, nullptr, Connectivity::TwentySix, {}, tiling, &reports[threads - 1]).storage();
        }
        setThreadCount(0);
        QVERIFY(results[0] == results[1]);
        QVERIFY(results[0] == results[2]);
        QCOMPARE(reports[0].attempts, reports[2].attempts);
        QCOMPARE(reports[0].seamMismatches, reports[2].seamMismatches);
    }
    void cancelThrows() {
        Volume<float> f(Shape{40, 40, 40}, 0.0f);
        Volume<std::uint32_t> markers(f.shape(), 0);
        markers[0] = 1;
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, watershed(f, markers, nullptr, Connectivity::Six, Progress(nullptr, &token)));
    }
};

QTEST_APPLESS_MAIN(TestWatershed)
#include "TestWatershed.moc"
