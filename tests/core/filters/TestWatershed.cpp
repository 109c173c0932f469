// The marker-controlled watershed: hand-worked flooding, the stage 5 chain (distance map, h-maxima,
// watershed) on touching spheres and an elongated ellipsoid, a plain priority-queue reference of
// the same tie rule, and the textbook first-in first-out flood, which may only differ at ties.
#include "FilterTestSupport.h"

#include "filters/DistanceTransform.h"
#include "filters/Maxima.h"
#include "filters/Watershed.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <set>
#include <tuple>

using namespace nuclei3d;
using namespace nuclei3d::test;

Q_DECLARE_METATYPE(nuclei3d::Connectivity)

namespace {

/// Meyer's flooding with std::priority_queue on (priority, age): the textbook flood, first in first
/// out among equal priorities.
Volume<std::uint32_t> meyerReference(const Volume<float>& f, const Volume<std::uint32_t>& markers,
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

/// The same flood with watershed()'s tie rule written as one priority queue: (priority, breadth-
/// first layer within that priority, slab parity, index). A voxel queued at the priority it was
/// reached at is one layer further than the voxel that reached it; one queued at its own, higher
/// value starts layer 0. Within a layer, voxels of even slabs come first, each in raster order.
Volume<std::uint32_t> layeredReference(const Volume<float>& f, const Volume<std::uint32_t>& markers,
                                       const Volume<std::uint8_t>* mask, Connectivity c) {
    using Item = std::tuple<float, std::uint64_t, std::size_t, std::size_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    Volume<std::uint32_t> out(f.shape(), 0);
    auto inside = [&](std::size_t p) { return mask == nullptr || (*mask)[p] != 0; };
    auto parity = [&](std::size_t p) { return (p / f.shape().sliceSize() / kWatershedSlabSlices) % 2; };
    for (std::size_t p = 0; p < f.voxelCount(); ++p)
        if (inside(p) && markers[p] != 0) {
            out[p] = markers[p];
            queue.emplace(f[p], 0, parity(p), p);
        }
    while (!queue.empty()) {
        const auto [level, layer, slab, p] = queue.top();
        (void)slab;
        queue.pop();
        forNeighbours(f.shape(), p, c, [&, level = level, layer = layer, p = p](std::size_t q) {
            if (inside(q) && out[q] == 0) {
                out[q] = out[p];
                if (f[q] <= level)
                    queue.emplace(level, layer + 1, parity(q), q);
                else
                    queue.emplace(f[q], 0, parity(q), q);
            }
        });
    }
    return out;
}

double fractionEqual(const Volume<std::uint32_t>& a, const Volume<std::uint32_t>& b) {
    std::size_t same = 0;
    for (std::size_t i = 0; i < a.voxelCount(); ++i)
        same += a[i] == b[i];
    return static_cast<double>(same) / static_cast<double>(a.voxelCount());
}

/// Whether the same voxels carry a label (the flood reaches what is connected to a marker, whatever
/// the ties).
bool sameLabelledVoxels(const Volume<std::uint32_t>& a, const Volume<std::uint32_t>& b) {
    for (std::size_t i = 0; i < a.voxelCount(); ++i)
        if ((a[i] != 0) != (b[i] != 0))
            return false;
    return true;
}

/// A random landscape with `levels` distinct values and sparse random markers.
void randomLandscape(const Shape& shape, int levels, int markerEvery, unsigned seed, Volume<float>& f,
                     Volume<std::uint32_t>& markers) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> level(0, levels - 1);
    std::uniform_int_distribution<int> pick(0, markerEvery - 1);
    f = Volume<float>(shape, 0.0f);
    markers = Volume<std::uint32_t>(shape, 0);
    for (std::size_t i = 0; i < f.voxelCount(); ++i) {
        f[i] = static_cast<float>(level(rng)) - static_cast<float>(levels) / 2.0f;
        if (pick(rng) == 0)
            markers[i] = 1 + static_cast<std::uint32_t>(i % 997);
    }
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
    void nanFloodsLast() {
        // x = 1 is NaN: region 1 claims it first, but it floods last, so it cannot carry region 1
        // on to x = 2 before region 2 gets there at level 1.
        Volume<float> f(Shape{5, 1, 1}, 1.0f);
        f[0] = 0.0f;
        f[1] = std::numeric_limits<float>::quiet_NaN();
        Volume<std::uint32_t> markers(f.shape(), 0);
        markers[0] = 1;
        markers[4] = 2;
        WatershedReport report;
        const Volume<std::uint32_t> out = watershed(f, markers, nullptr, Connectivity::Six, {}, &report);
        const std::uint32_t expected[] = {1, 1, 2, 2, 2};
        for (std::size_t i = 0; i < 5; ++i)
            QCOMPARE(out[i], expected[i]);
        QCOMPARE(report.levels, std::size_t{3});
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

    void matchesLayeredReference_data() {
        QTest::addColumn<Connectivity>("connectivity");
        QTest::addColumn<bool>("masked");
        QTest::addColumn<int>("levels");
        for (Connectivity c : {Connectivity::Six, Connectivity::TwentySix})
            for (bool masked : {false, true})
                for (int levels : {3, 1000}) // few levels: ties everywhere
                    QTest::addRow("%d, %s, %d levels", static_cast<int>(c), masked ? "masked" : "whole",
                                  levels)
                        << c << masked << levels;
    }
    // Random landscapes 21 x 17 x 40 (five slabs): exactly the reference's labels, and the textbook
    // flood's wherever it has no tie to break.
    void matchesLayeredReference() {
        QFETCH(Connectivity, connectivity);
        QFETCH(bool, masked);
        QFETCH(int, levels);
        const Shape shape{21, 17, 40};
        Volume<float> f;
        Volume<std::uint32_t> markers;
        randomLandscape(shape, levels, 200, static_cast<unsigned>(levels) + (masked ? 7u : 0u), f, markers);
        const Volume<std::uint8_t> mask = randomMask(shape, 0.75, 99);
        const Volume<std::uint8_t>* m = masked ? &mask : nullptr;
        WatershedReport report;
        const Volume<std::uint32_t> out = watershed(f, markers, m, connectivity, {}, &report);
        QVERIFY(!report.quantised);
        QCOMPARE(report.levels, static_cast<std::size_t>(levels));
        QVERIFY(out.storage() == layeredReference(f, markers, m, connectivity).storage());
        const Volume<std::uint32_t> meyer = meyerReference(f, markers, m, connectivity);
        QVERIFY(sameLabelledVoxels(out, meyer));
        qInfo("equal to the first-in first-out flood: %.2f %% of the voxels", 100.0 * fractionEqual(out, meyer));
    }
    // Without ties (all values distinct: no plateau, and no two voxels ever queued at one priority)
    // the order inside a layer cannot matter: exactly the textbook flood. 7 x 7 x 20 voxels: fewer
    // values than levels, three slabs.
    void withoutTiesIsTheTextbookFlood() {
        const Shape shape{7, 7, 20};
        std::vector<float> values(shape.voxelCount());
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = static_cast<float>(i) * 0.5f;
        std::mt19937 rng(11);
        std::shuffle(values.begin(), values.end(), rng);
        Volume<float> f(shape, 0.0f);
        Volume<std::uint32_t> markers(shape, 0);
        for (std::size_t i = 0; i < f.voxelCount(); ++i) {
            f[i] = values[i];
            if (i % 37 == 0)
                markers[i] = static_cast<std::uint32_t>(1 + i % 5);
        }
        for (Connectivity c : {Connectivity::Six, Connectivity::TwentySix})
            QVERIFY(watershed(f, markers, nullptr, c).storage() == meyerReference(f, markers, nullptr, c).storage());
    }
    // Stage 5's landscape on 60 touching balls: the layered order and the first-in first-out order
    // split the same nuclei and differ only on a few border voxels.
    void nucleiLikeTextbookFlood() {
        Volume<std::uint8_t> mask(Shape{96, 80, 48}, 0);
        std::mt19937 rng(17);
        std::uniform_real_distribution<double> ux(6, 90), uy(6, 74), uz(6, 42), ur(4, 8);
        for (int k = 0; k < 60; ++k)
            drawBall(mask, ux(rng), uy(rng), uz(rng), ur(rng));
        Volume<float> distance = distanceTransform(mask, Spacing{});
        const Volume<std::uint32_t> markers = hMaximaMarkers(distance, 0.5f, &mask, Connectivity::Six);
        for (auto& v : distance.storage())
            v = -v;
        WatershedReport report;
        const Volume<std::uint32_t> out = watershed(distance, markers, &mask, Connectivity::Six, {}, &report);
        const Volume<std::uint32_t> meyer = meyerReference(distance, markers, &mask, Connectivity::Six);
        QVERIFY(!report.quantised);
        QVERIFY(out.storage() == layeredReference(distance, markers, &mask, Connectivity::Six).storage());
        QVERIFY(sameLabelledVoxels(out, meyer));
        std::size_t foreground = 0, differ = 0;
        for (std::size_t i = 0; i < mask.voxelCount(); ++i)
            if (mask[i] != 0) {
                ++foreground;
                differ += out[i] != meyer[i];
            }
        qInfo("%zu levels; %zu of %zu foreground voxels differ from the first-in first-out flood", report.levels,
              differ, foreground);
        QVERIFY(differ * 50 < foreground); // under 2 %
    }
    // More distinct values than levels: quantised, and still every voxel connected to a marker is
    // reached, by a region that is connected and holds its marker.
    void quantisedLandscapeStillFloodsEverything() {
        const Shape shape{24, 20, 18};
        std::mt19937 rng(5);
        std::uniform_real_distribution<float> value(-3.0f, 7.0f);
        Volume<float> f(shape, 0.0f);
        Volume<std::uint32_t> markers(shape, 0);
        for (std::size_t i = 0; i < f.voxelCount(); ++i) {
            f[i] = value(rng);
            if (i % 211 == 0)
                markers[i] = static_cast<std::uint32_t>(1 + i / 211);
        }
        const Volume<std::uint8_t> mask = randomMask(shape, 0.8, 3);
        WatershedReport report;
        const Volume<std::uint32_t> out = watershed(f, markers, &mask, Connectivity::Six, {}, &report);
        QVERIFY(report.quantised);
        QCOMPARE(report.levels, kWatershedLevels);
        QVERIFY(sameLabelledVoxels(out, meyerReference(f, markers, &mask, Connectivity::Six)));
        // Each region is connected and contains its marker: grow it from the marker within itself.
        Volume<std::uint8_t> seen(shape, 0);
        for (std::size_t p = 0; p < f.voxelCount(); ++p) {
            if (markers[p] == 0 || mask[p] == 0 || seen[p])
                continue;
            std::vector<std::size_t> stack{p};
            seen[p] = 1;
            while (!stack.empty()) {
                const std::size_t s = stack.back();
                stack.pop_back();
                forNeighbours(shape, s, Connectivity::Six, [&](std::size_t q) {
                    if (!seen[q] && out[q] == out[s]) {
                        seen[q] = 1;
                        stack.push_back(q);
                    }
                });
            }
        }
        for (std::size_t i = 0; i < f.voxelCount(); ++i)
            QCOMPARE(seen[i] != 0, out[i] != 0);
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
    // Large layers are shared out to threads slab by slab: the same labels on 1, 2 and 3 threads,
    // and the reference's.
    void parallelLayersSameOnOneTwoAndThreeThreads() {
        const Shape shape{128, 96, 60};
        Volume<float> f;
        Volume<std::uint32_t> markers;
        randomLandscape(shape, 2, 3000, 3, f, markers);
        std::vector<std::uint32_t> results[3];
        WatershedReport reports[3];
        for (int threads = 1; threads <= 3; ++threads) {
            setThreadCount(threads);
            results[threads - 1] =
                watershed(f, markers, nullptr, Connectivity::TwentySix, {}, &reports[threads - 1]).storage();
        }
        setThreadCount(0);
        qInfo("%zu layers, %zu of them parallel", reports[1].layers, reports[1].parallelLayers);
        QVERIFY(reports[1].parallelLayers > 0);
        QVERIFY(results[0] == results[1]);
        QVERIFY(results[0] == results[2]);
        QVERIFY(results[0] == layeredReference(f, markers, nullptr, Connectivity::TwentySix).storage());
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
