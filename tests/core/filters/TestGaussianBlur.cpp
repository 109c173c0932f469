// gaussianBlur: kernel shape, moments of a blurred impulse, mirrored borders (also on axes shorter
// than the kernel) against a direct 3D convolution, thread-count independence, bad sigma, cancel.
#include "FilterTestSupport.h"
#include "filters/GaussianBlur.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <vector>

using namespace nuclei3d;
using nuclei3d::test::randomVolume;

namespace {

// Mirror about the outer voxel faces, written as repeated folding (independent of the production
// code's modulo arithmetic).
std::size_t fold(long m, std::size_t n) {
    const long size = static_cast<long>(n);
    while (m < 0 || m >= size)
        m = m < 0 ? -1 - m : 2 * size - 1 - m;
    return static_cast<std::size_t>(m);
}

// Full kernel -r..r in double, from the definition (sampled, truncated at 4 sigma, normalised).
std::vector<double> fullKernel(double sigma) {
    if (sigma <= 0)
        return {1.0};
    const long r = static_cast<long>(std::floor(4 * sigma));
    std::vector<double> w;
    double sum = 0;
    for (long k = -r; k <= r; ++k) {
        w.push_back(std::exp(-0.5 * static_cast<double>(k * k) / (sigma * sigma)));
        sum += w.back();
    }
    for (double& v : w)
        v /= sum;
    return w;
}

// The blur as one direct (non-separable) 3D sum with mirrored reads: slow, obviously right.
Volume<double> directBlur(const Volume<float>& in, double sx, double sy, double sz) {
    const std::vector<double> wx = fullKernel(sx), wy = fullKernel(sy), wz = fullKernel(sz);
    const long rx = static_cast<long>(wx.size() / 2), ry = static_cast<long>(wy.size() / 2),
               rz = static_cast<long>(wz.size() / 2);
    Volume<double> out(in.shape());
    for (std::size_t z = 0; z < in.sizeZ(); ++z)
        for (std::size_t y = 0; y < in.sizeY(); ++y)
            for (std::size_t x = 0; x < in.sizeX(); ++x) {
                double sum = 0;
                for (long k = -rz; k <= rz; ++k)
                    for (long j = -ry; j <= ry; ++j)
                        for (long i = -rx; i <= rx; ++i)
                            sum += wx[static_cast<std::size_t>(i + rx)] *
                                   wy[static_cast<std::size_t>(j + ry)] *
                                   wz[static_cast<std::size_t>(k + rz)] *
                                   in.at(fold(static_cast<long>(x) + i, in.sizeX()),
                                         fold(static_cast<long>(y) + j, in.sizeY()),
                                         fold(static_cast<long>(z) + k, in.sizeZ()));
                out.at(x, y, z) = sum;
            }
    return out;
}

double total(const Volume<float>& v) {
    double sum = 0;
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        sum += v[i];
    return sum;
}

} // namespace

Q_DECLARE_METATYPE(nuclei3d::Shape)

class TestGaussianBlur : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void kernelIsNormalisedAndTruncatedAtFourSigma_data() {
        QTest::addColumn<double>("sigma");
        QTest::addColumn<int>("radius");
        QTest::newRow("0.2 (single tap)") << 0.2 << 0;
        QTest::newRow("0.5") << 0.5 << 2;
        QTest::newRow("1") << 1.0 << 4;
        QTest::newRow("2") << 2.0 << 8;
        QTest::newRow("3.7") << 3.7 << 14;
    }
    void kernelIsNormalisedAndTruncatedAtFourSigma() {
        QFETCH(double, sigma);
        QFETCH(int, radius);
        const std::vector<float> w = gaussianKernelHalf(sigma);
        QCOMPARE(static_cast<int>(w.size()) - 1, radius);
        double sum = w[0];
        for (std::size_t k = 1; k < w.size(); ++k) {
            sum += 2.0 * w[k];
            QVERIFY(w[k] < w[k - 1]);
            QVERIFY(std::abs(w[k] / w[0] - std::exp(-0.5 * double(k * k) / (sigma * sigma))) < 1e-6);
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-6);
        QVERIFY(gaussianKernelHalf(0.0).empty());
    }

    // A centred impulse blurred with sigma s has, along each axis, mean 0 and second moment s^2 (the
    // sampled kernel truncated at 4 sigma is within 0.14% of s^2 for s >= 1) and total mass 1.
    // An axis with sigma 0 keeps all mass on the impulse's plane.
    void impulseHasSecondMomentSigmaSquared_data() {
        QTest::addColumn<double>("sx");
        QTest::addColumn<double>("sy");
        QTest::addColumn<double>("sz");
        QTest::newRow("1 1 1") << 1.0 << 1.0 << 1.0;
        QTest::newRow("2 2 2") << 2.0 << 2.0 << 2.0;
        QTest::newRow("1.5 2.5 3") << 1.5 << 2.5 << 3.0;
        QTest::newRow("3 1 2") << 3.0 << 1.0 << 2.0;
        QTest::newRow("0 2 1 (x skipped)") << 0.0 << 2.0 << 1.0;
        QTest::newRow("2 0 0 (x only)") << 2.0 << 0.0 << 0.0;
    }
    void impulseHasSecondMomentSigmaSquared() {
        QFETCH(double, sx);
        QFETCH(double, sy);
        QFETCH(double, sz);
        const std::size_t n = 41, c = 20; // 4 * 3 + 1 < 20: no tap reaches the border
        Volume<float> v(Shape{n, n, n});
        v.at(c, c, c) = 1.0f;
        gaussianBlur(v, sx, sy, sz);
        double mass = 0, mean[3] = {0, 0, 0}, second[3] = {0, 0, 0};
        for (std::size_t z = 0; z < n; ++z)
            for (std::size_t y = 0; y < n; ++y)
                for (std::size_t x = 0; x < n; ++x) {
                    const double value = v.at(x, y, z);
                    const double d[3] = {double(x) - double(c), double(y) - double(c), double(z) - double(c)};
                    mass += value;
                    for (int k = 0; k < 3; ++k) {
                        mean[k] += value * d[k];
                        second[k] += value * d[k] * d[k];
                    }
                }
        QVERIFY2(std::abs(mass - 1.0) < 1e-5, qPrintable(QString::number(mass, 'g', 10)));
        const double sigmas[3] = {sx, sy, sz};
        for (int k = 0; k < 3; ++k) {
            QVERIFY(std::abs(mean[k]) < 1e-5);
            const double expected = sigmas[k] * sigmas[k];
            const double tolerance = expected == 0 ? 1e-12 : 2e-3 * expected;
            QVERIFY2(std::abs(second[k] - expected) <= tolerance,
                     qPrintable(QStringLiteral("axis %1: second moment %2, expected %3")
                                    .arg(k)
                                    .arg(second[k], 0, 'g', 8)
                                    .arg(expected)));
        }
    }

    void constantVolumeStaysConstant_data() {
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<double>("sigma");
        QTest::newRow("1x1x1") << Shape{1, 1, 1} << 2.0;
        QTest::newRow("3x2x5, kernel wider than the volume") << Shape{3, 2, 5} << 4.0;
        QTest::newRow("17x9x6") << Shape{17, 9, 6} << 1.5;
        QTest::newRow("64x64x32") << Shape{64, 64, 32} << 2.0;
    }
    void constantVolumeStaysConstant() {
        QFETCH(Shape, shape);
        QFETCH(double, sigma);
        Volume<float> v(shape, 37.5f);
        gaussianBlur(v, sigma, sigma * 0.5, sigma * 1.5);
        for (std::size_t i = 0; i < v.voxelCount(); ++i)
            QVERIFY2(std::abs(v[i] - 37.5f) < 37.5f * 2e-6f,
                     qPrintable(QString::number(double(v[i]), 'g', 10)));
    }

    // Mirrored borders and separate sigmas, checked against a direct 3D convolution, on volumes
    // larger and smaller than the kernel (the reflection then folds several times).
    void matchesDirectConvolution_data() {
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<double>("sx");
        QTest::addColumn<double>("sy");
        QTest::addColumn<double>("sz");
        QTest::newRow("20x18x16, sigma 1 2 1.5") << Shape{20, 18, 16} << 1.0 << 2.0 << 1.5;
        QTest::newRow("7x5x4, kernel wider than the volume") << Shape{7, 5, 4} << 2.0 << 3.0 << 2.5;
        QTest::newRow("2x3x1, tiny") << Shape{2, 3, 1} << 1.0 << 2.0 << 3.0;
        QTest::newRow("12x1x9, sigma 0 on x") << Shape{12, 1, 9} << 0.0 << 1.0 << 1.0;
    }
    void matchesDirectConvolution() {
        QFETCH(Shape, shape);
        QFETCH(double, sx);
        QFETCH(double, sy);
        QFETCH(double, sz);
        Volume<float> v = randomVolume(shape, 7);
        const Volume<double> expected = directBlur(v, sx, sy, sz);
        const double before = total(v);
        gaussianBlur(v, sx, sy, sz);
        for (std::size_t i = 0; i < v.voxelCount(); ++i)
            QVERIFY2(
                std::abs(v[i] - expected[i]) < 2e-6,
                qPrintable(QStringLiteral("voxel %1: %2 vs %3").arg(i).arg(double(v[i])).arg(expected[i])));
        // Mirroring about the faces makes the operator symmetric, so no intensity leaks out.
        QVERIFY(std::abs(total(v) - before) < 1e-5 * before);
    }

    void resultDoesNotDependOnThreadCount() {
        const Volume<float> input = randomVolume(Shape{70, 45, 33}, 3);
        Volume<float> one = input, two = input;
        setThreadCount(1);
        gaussianBlur(one, 2.0, 1.0, 3.0);
        setThreadCount(2);
        gaussianBlur(two, 2.0, 1.0, 3.0);
        setThreadCount(0);
        QVERIFY(std::memcmp(one.data(), two.data(), one.voxelCount() * sizeof(float)) == 0);
    }

    void rejectsBadSigma_data() {
        QTest::addColumn<double>("sx");
        QTest::addColumn<double>("sy");
        QTest::addColumn<double>("sz");
        QTest::newRow("negative x") << -1.0 << 1.0 << 1.0;
        QTest::newRow("negative z") << 1.0 << 1.0 << -0.5;
        QTest::newRow("NaN y") << 1.0 << std::nan("") << 1.0;
        QTest::newRow("infinite") << HUGE_VAL << 1.0 << 1.0;
    }
    void rejectsBadSigma() {
        QFETCH(double, sx);
        QFETCH(double, sy);
        QFETCH(double, sz);
        Volume<float> v(Shape{4, 4, 4}, 1.0f);
        QVERIFY_THROWS_EXCEPTION(Error, gaussianBlur(v, sx, sy, sz));
    }

    void cancelStopsTheBlur() {
        struct Stopper : ProgressSink {
            int calls = 0;
            bool update(double, const std::string&) override { return ++calls < 3; }
        } sink;
        Volume<float> v(Shape{32, 32, 32}, 1.0f);
        QVERIFY_THROWS_EXCEPTION(Cancelled, gaussianBlur(v, 2, 2, 2, Progress(&sink, nullptr)));
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, gaussianBlur(v, 2, 2, 2, Progress(nullptr, &token)));
    }
};

QTEST_APPLESS_MAIN(TestGaussianBlur)
#include "TestGaussianBlur.moc"
