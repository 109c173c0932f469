// Regional maxima, h-maxima and the reconstruction behind them, against hand-worked profiles and
// brute-force definitions (iterate-until-stable reconstruction, plateau-by-plateau maxima).
#include "FilterTestSupport.h"

#include "filters/Maxima.h"
#include "filters/MorphologicalReconstruction.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::test;

Q_DECLARE_METATYPE(nuclei3d::Connectivity)

namespace {

Volume<float> profile(std::initializer_list<float> values) {
    Volume<float> v(Shape{values.size(), 1, 1}, 0.0f);
    std::size_t i = 0;
    for (float x : values)
        v[i++] = x;
    return v;
}

/// Reconstruction by repeated geodesic dilation until nothing changes: slow and obviously right.
void slowReconstruction(Volume<float>& j, const Volume<float>& i, const Volume<std::uint8_t>* domain,
                        Connectivity c) {
    auto inside = [&](std::size_t p) { return domain == nullptr || (*domain)[p] != 0; };
    for (std::size_t p = 0; p < j.voxelCount(); ++p)
        if (inside(p))
            j[p] = std::min(j[p], i[p]);
    for (bool changed = true; changed;) {
        changed = false;
        const Volume<float> before = j;
        for (std::size_t p = 0; p < j.voxelCount(); ++p) {
            if (!inside(p))
                continue;
            float m = before[p];
            forNeighbours(j.shape(), p, c, [&](std::size_t q) {
                if (inside(q))
                    m = std::max(m, before[q]);
            });
            m = std::min(m, i[p]);
            if (m != j[p]) {
                j[p] = m;
                changed = true;
            }
        }
    }
}

/// Regional maxima by the definition: flood each plateau, keep it if no neighbour is higher.
Volume<std::uint32_t> slowMaxima(const Volume<float>& f, const Volume<std::uint8_t>* domain, Connectivity c) {
    auto inside = [&](std::size_t p) { return domain == nullptr || (*domain)[p] != 0; };
    Volume<std::uint8_t> isMax(f.shape(), 0);
    std::vector<bool> done(f.voxelCount(), false);
    for (std::size_t p = 0; p < f.voxelCount(); ++p) {
        if (!inside(p) || done[p])
            continue;
        std::vector<std::size_t> plateau{p}, stack{p};
        done[p] = true;
        bool maximum = true;
        while (!stack.empty()) {
            const std::size_t s = stack.back();
            stack.pop_back();
            forNeighbours(f.shape(), s, c, [&](std::size_t q) {
                if (!inside(q))
                    return;
                if (f[q] > f[p])
                    maximum = false;
                if (f[q] == f[p] && !done[q]) {
                    done[q] = true;
                    plateau.push_back(q);
                    stack.push_back(q);
                }
            });
        }
        if (maximum)
            for (std::size_t s : plateau)
                isMax[s] = 1;
    }
    return floodFillLabels(isMax, c);
}

Volume<float> randomLevels(Shape shape, int levels, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> level(0, levels - 1);
    Volume<float> v(shape, 0.0f);
    for (auto& x : v.storage())
        x = static_cast<float>(level(rng)) * 0.5f;
    return v;
}

} // namespace

class TestMaxima : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void plateausByHand() {
        // A plateau at 3 (x = 1..2), a plateau at 2 next to a 4 (not a maximum), the 4, and an end at 1.
        const Volume<float> f = profile({0, 3, 3, 1, 2, 2, 4, 1});
        const Volume<std::uint32_t> m = regionalMaxima(f);
        const std::uint32_t expected[] = {0, 1, 1, 0, 0, 0, 2, 0};
        for (std::size_t i = 0; i < 8; ++i)
            QCOMPARE(m[i], expected[i]);
    }
    void hSuppressesTheLowPeak_data() {
        QTest::addColumn<float>("h");
        QTest::addColumn<int>("markers");
        // Peaks 5 (x = 3) and 4 (x = 7) joined by a saddle at 1: the low peak rises 3 above it.
        QTest::newRow("h 0") << 0.0f << 2;
        QTest::newRow("h 1") << 1.0f << 2;
        QTest::newRow("h 2.5") << 2.5f << 2;
        QTest::newRow("h 3 (exactly the rise)") << 3.0f << 1;
        QTest::newRow("h 3.5") << 3.5f << 1;
        QTest::newRow("h 10") << 10.0f << 1;
    }
    void hSuppressesTheLowPeak() {
        QFETCH(float, h);
        QFETCH(int, markers);
        const Volume<float> f = profile({0, 1, 2, 5, 2, 1, 3, 4, 3, 1, 0});
        const Volume<std::uint32_t> m = hMaximaMarkers(f, h, nullptr, Connectivity::TwentySix);
        std::uint32_t largest = 0;
        for (auto v : m.storage())
            largest = std::max(largest, v);
        QCOMPARE(largest, static_cast<std::uint32_t>(markers));
        QCOMPARE(m[3], 1u); // the high peak always keeps a marker
        if (markers == 2) {
            QCOMPARE(m[7], 2u);
            QCOMPARE(m[5], 0u);
        } else {
            QVERIFY(m[7] != 2u); // the low peak is at most part of the high one's plateau
        }
    }
    void maskLimitsTheDomain() {
        // Outside the mask nothing counts: the 9 is ignored, so the 5 beside it is a maximum, and
        // values do not travel across it. The 3 at x = 6 rises 2 above its saddle.
        Volume<float> f = profile({1, 5, 9, 2, 6, 1, 3, 1});
        Volume<std::uint8_t> mask(f.shape(), 1);
        mask[2] = 0;
        const Volume<std::uint32_t> m = regionalMaxima(f, &mask);
        const std::uint32_t expected[] = {0, 1, 0, 0, 2, 0, 3, 0};
        for (std::size_t i = 0; i < 8; ++i)
            QCOMPARE(m[i], expected[i]);
        const Volume<std::uint32_t> low = hMaximaMarkers(f, 1.5f, &mask);
        QCOMPARE(low[1], 1u);
        QCOMPARE(low[6], 3u);
        const Volume<std::uint32_t> high = hMaximaMarkers(f, 2.5f, &mask);
        QCOMPARE(high[1], 1u); // the highest in each part of the mask always survives
        QCOMPARE(high[4], 2u);
        QCOMPARE(high[6], 0u);
    }
    void badArgumentsThrow() {
        const Volume<float> f(Shape{3, 3, 3}, 1.0f);
        QVERIFY_THROWS_EXCEPTION(Error, hMaximaMarkers(f, -1.0f));
        const Volume<std::uint8_t> wrong(Shape{3, 3, 2}, 1);
        QVERIFY_THROWS_EXCEPTION(Error, hMaximaMarkers(f, 1.0f, &wrong));
        QVERIFY_THROWS_EXCEPTION(Error, regionalMaxima(f, &wrong));
    }

    void matchesDefinitions_data() {
        QTest::addColumn<Connectivity>("connectivity");
        QTest::addColumn<float>("h");
        QTest::addColumn<bool>("masked");
        QTest::addColumn<int>("threads");
        for (Connectivity c : {Connectivity::Six, Connectivity::TwentySix})
            for (float h : {0.0f, 0.5f, 1.0f, 2.0f})
                for (bool masked : {false, true})
                    for (int threads : {1, 3})
                        QTest::addRow("%d, h %.1f, %s, %d threads", static_cast<int>(c),
                                      static_cast<double>(h), masked ? "masked" : "whole", threads)
                            << c << h << masked << threads;
    }
    void matchesDefinitions() {
        QFETCH(Connectivity, connectivity);
        QFETCH(float, h);
        QFETCH(bool, masked);
        QFETCH(int, threads);
        const Shape shape{13, 11, 12};
        const unsigned seed =
            static_cast<unsigned>(h * 10) + (masked ? 100u : 0u) + static_cast<unsigned>(connectivity);
        const Volume<float> f = randomLevels(shape, 6, seed);
        const Volume<std::uint8_t> mask = randomMask(shape, 0.8, seed + 1);
        const Volume<std::uint8_t>* domain = masked ? &mask : nullptr;
        setThreadCount(threads);

        Volume<float> marker = f, slow = f;
        for (std::size_t i = 0; i < f.voxelCount(); ++i) {
            marker[i] -= h;
            slow[i] -= h;
        }
        reconstructByDilation(marker, f, domain, connectivity);
        slowReconstruction(slow, f, domain, connectivity);
        QVERIFY(marker.storage() == slow.storage());

        const Volume<std::uint32_t> fast = hMaximaMarkers(f, h, domain, connectivity);
        const Volume<std::uint32_t> reference = slowMaxima(slow, domain, connectivity);
        QVERIFY(fast.storage() == reference.storage());
        setThreadCount(0);
    }
    void cancelThrows() {
        const Volume<float> f = randomLevels(Shape{40, 40, 40}, 5, 9);
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, hMaximaMarkers(f, 1.0f, nullptr, Connectivity::TwentySix, Progress(nullptr, &token)));
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 regionalMaxima(f, nullptr, Connectivity::Six, Progress(nullptr, &token)));
        StopAfter sink(5);
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, hMaximaMarkers(f, 1.0f, nullptr, Connectivity::TwentySix, Progress(&sink, nullptr)));
    }
};

QTEST_APPLESS_MAIN(TestMaxima)
#include "TestMaxima.moc"
