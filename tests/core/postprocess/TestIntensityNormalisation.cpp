// Percentile normalisation against an exact sort on random volumes, its corner cases, and the
// scaling of probability and shape maps read from 8/16-bit and float files.
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "postprocess/IntensityNormalisation.h"
#include "postprocess/MapScaling.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace nuclei3d;

class TestIntensityNormalisation : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void percentilesMatchAnExactSort_data() {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("threads");
        QTest::newRow("1 thread") << 1u << 1;
        QTest::newRow("2 threads") << 2u << 2;
        QTest::newRow("4 threads") << 3u << 4;
    }
    void percentilesMatchAnExactSort() {
        QFETCH(unsigned, seed);
        QFETCH(int, threads);
        setThreadCount(threads);
        std::mt19937 rng(seed);
        std::lognormal_distribution<float> skewed(5.0f, 1.0f); // like microscopy: long bright tail
        Volume<float> v(Shape{50, 40, 30});
        for (float& x : v.storage())
            x = skewed(rng);
        v[7] = std::numeric_limits<float>::quiet_NaN(); // ignored
        std::vector<float> sorted;
        for (float x : v.storage())
            if (std::isfinite(x))
                sorted.push_back(x);
        std::sort(sorted.begin(), sorted.end());
        const float span = sorted.back() - sorted.front();
        const IntensityRange r = percentileRange(v, 1.0, 99.8);
        auto exact = [&](double p) { return sorted[std::size_t(p / 100.0 * double(sorted.size() - 1))]; };
        QVERIFY(std::fabs(r.low - exact(1.0)) <= span / 65536.0f * 1.5f);
        QVERIFY(std::fabs(r.high - exact(99.8)) <= span / 65536.0f * 1.5f);
        normaliseIntensity(v, r);
        std::size_t below = 0, above = 0;
        for (float x : v.storage()) {
            below += x < 0.0f;
            above += x > 1.0f;
        }
        QVERIFY(below <= v.voxelCount() / 100 + 1);
        QVERIFY(above <= v.voxelCount() / 500 + 1);
        setThreadCount(0);
    }
    void cornerCases() {
        const IntensityRange flat = percentileRange(Volume<float>(Shape{4, 4, 4}, 3.0f), 1.0, 99.8);
        QCOMPARE(flat.low, 3.0f);
        QCOMPARE(flat.high, 3.0f);
        Volume<float> constant(Shape{4, 4, 4}, 3.0f);
        normaliseIntensity(constant, flat);
        QCOMPARE(constant[0], 0.0f);
        // Almost all background: the 99.8th percentile is still background, so the maximum is used.
        Volume<float> sparse(Shape{20, 20, 20}, 10.0f);
        sparse[5] = 50.0f;
        const IntensityRange r = percentileRange(sparse, 1.0, 99.8);
        QCOMPARE(r.high, 50.0f);
        QVERIFY_THROWS_EXCEPTION(Error, percentileRange(sparse, 50.0, 10.0));
    }
    void mapsComeOnTheUnitScale() {
        Volume<std::uint8_t> bytes(Shape{2, 2, 2}, 255);
        bytes[0] = 0;
        const Volume<float> a = mapOnUnitScale(bytes, "a.tif");
        QCOMPARE(a[0], 0.0f);
        QCOMPARE(a[1], 1.0f);
        const Volume<float> b = mapOnUnitScale(Volume<std::uint16_t>(Shape{2, 2, 2}, 65535), "b.tif");
        QCOMPARE(b[3], 1.0f);
        const Volume<float> c = mapOnUnitScale(Volume<float>(Shape{2, 2, 2}, 0.25f), "c.tif");
        QCOMPARE(c[3], 0.25f);
        try {
            mapOnUnitScale(Volume<std::uint32_t>(Shape{2, 2, 2}, 3), "labels.tif");
            QFAIL("32-bit labels are not a map");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).startsWith("labels.tif"));
        }
        QVERIFY_THROWS_EXCEPTION(Error, mapOnUnitScale(Volume<Rgb8>(Shape{2, 2, 2}), "rgb.tif"));
    }
};

QTEST_APPLESS_MAIN(TestIntensityNormalisation)
#include "TestIntensityNormalisation.moc"
