// Otsu's threshold (skimage's conventions) and the threshold-to-mask operation.
#include "FilterTestSupport.h"

#include "filters/Threshold.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <QtTest>

#include <limits>

using namespace nuclei3d;
using namespace nuclei3d::test;

class TestThreshold : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void twoValuesGiveTheFirstBinCentre() {
        // Every split between the two values is equally good; like numpy's argmax, the first wins:
        // the centre of bin 0 of 256 bins over [0, 10].
        Volume<float> v(Shape{4, 2, 1}, 0.0f);
        for (std::size_t i = 4; i < 8; ++i)
            v[i] = 10.0f;
        QCOMPARE(otsuThreshold(v), 10.0f / 512.0f);
        QCOMPARE(otsuThreshold(v, 4), 1.25f);
    }
    void handWorkedSmallHistogram() {
        // Values 0,1,2,3 with counts 3,1,1,3 and 4 bins: splits after bins 0, 1, 2 give between-class
        // terms 3*5*(0-2.2)^2 = 72.6, 4*4*(0.25-2.75)^2 = 100, 5*3*(0.8-3)^2 = 72.6, so the threshold
        // is the centre of bin 1: 0.375 + 0.75 = 1.125.
        Volume<float> v(Shape{8, 1, 1}, 0.0f);
        const float values[] = {0, 0, 0, 1, 2, 3, 3, 3};
        for (std::size_t i = 0; i < 8; ++i)
            v[i] = values[i];
        QCOMPARE(otsuThreshold(v, 4), 1.125f);
    }
    void separatesBimodalNoise_data() {
        QTest::addColumn<int>("threads");
        QTest::newRow("1 thread") << 1;
        QTest::newRow("2 threads") << 2;
    }
    void separatesBimodalNoise() {
        QFETCH(int, threads);
        setThreadCount(threads);
        std::mt19937 rng(4);
        std::normal_distribution<float> dark(10.0f, 2.0f), bright(50.0f, 4.0f);
        Volume<float> v(Shape{128, 128, 80}, 0.0f, Spacing::micrometres(0.5, 0.5, 2.0));
        std::vector<bool> isBright(v.voxelCount());
        for (std::size_t i = 0; i < v.voxelCount(); ++i) {
            isBright[i] = (i / 1000) % 3 == 0;
            v[i] = isBright[i] ? bright(rng) : dark(rng);
        }
        const float t = otsuThreshold(v);
        // The between-class variance is flat across the empty gap and the first bin wins, so the
        // threshold sits just above the brightest dark voxel (the bin holding it may split it).
        QVERIFY2(t > 15.0f && t < 35.0f, qPrintable(QString::number(t)));
        const Volume<std::uint8_t> mask = thresholdAbove(v, t);
        QCOMPARE(mask.spacing(), v.spacing());
        std::size_t wrong = 0;
        for (std::size_t i = 0; i < v.voxelCount(); ++i)
            wrong += (mask[i] == 255) != isBright[i] ? 1 : 0;
        QVERIFY2(wrong <= 2, qPrintable(QString::number(wrong)));
        setThreadCount(0);
    }
    void constantAndNonFinite() {
        Volume<float> v(Shape{3, 3, 3}, 2.5f);
        QCOMPARE(otsuThreshold(v), 2.5f);
        v[0] = std::numeric_limits<float>::quiet_NaN();
        v[1] = std::numeric_limits<float>::infinity();
        QCOMPARE(otsuThreshold(v), 2.5f);
        QVERIFY_THROWS_EXCEPTION(
            Error, otsuThreshold(Volume<float>(Shape{2, 1, 1}, std::numeric_limits<float>::quiet_NaN())));
        QVERIFY_THROWS_EXCEPTION(Error, otsuThreshold(Volume<float>()));
        QVERIFY_THROWS_EXCEPTION(Error, otsuThreshold(v, 1));
    }
    void thresholdIsStrict() {
        Volume<float> v(Shape{3, 1, 1}, 0.0f);
        v[0] = 0.49f;
        v[1] = 0.5f;
        v[2] = 0.51f;
        const Volume<std::uint8_t> m = thresholdAbove(v, 0.5f);
        QCOMPARE(m[0], std::uint8_t{0});
        QCOMPARE(m[1], std::uint8_t{0});
        QCOMPARE(m[2], std::uint8_t{255});
    }
    void cancelThrows() {
        const Volume<float> v(Shape{64, 64, 64}, 1.0f);
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, otsuThreshold(v, 256, Progress(nullptr, &token)));
        QVERIFY_THROWS_EXCEPTION(Cancelled, thresholdAbove(v, 0.5f, Progress(nullptr, &token)));
    }
};

QTEST_APPLESS_MAIN(TestThreshold)
#include "TestThreshold.moc"
