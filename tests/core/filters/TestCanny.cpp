// The 3D Canny edge map: the surface of a blurred sphere, nothing in a constant volume.
#include "FilterTestSupport.h"

#include "filters/Canny3D.h"
#include "filters/GaussianBlur.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <QtTest>

#include <cmath>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

constexpr double kRadius = 10.0;
constexpr double kCentre = 20.0;

/// A sphere of intensity 1 on 0, blurred like a microscope's PSF.
Volume<float> blurredSphere() {
    Volume<std::uint8_t> mask(Shape{41, 41, 41}, 0);
    drawBall(mask, kCentre, kCentre, kCentre, kRadius);
    Volume<float> v(mask.shape(), 0.0f);
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        v[i] = mask[i] ? 1.0f : 0.0f;
    gaussianBlur(v, 1.5, 1.5, 1.5);
    return v;
}

CannyOptions sphereOptions() {
    CannyOptions o;
    o.sigmaX = o.sigmaY = o.sigmaZ = 1.0;
    o.lowThreshold = 0.05f; // the steepest slope of this blurred step is about 0.2 per voxel
    o.highThreshold = 0.12f;
    return o;
}

} // namespace

class TestCanny : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void findsTheSurfaceOfABlurredSphere() {
        const Volume<float> v = blurredSphere();
        const Volume<std::uint8_t> edges = canny3d(v, sphereOptions());
        std::size_t count = 0;
        for (std::size_t z = 0; z < 41; ++z)
            for (std::size_t y = 0; y < 41; ++y)
                for (std::size_t x = 0; x < 41; ++x) {
                    if (edges.at(x, y, z) == 0)
                        continue;
                    QCOMPARE(edges.at(x, y, z), std::uint8_t{255});
                    ++count;
                    const double r = std::sqrt((x - kCentre) * (x - kCentre) + (y - kCentre) * (y - kCentre) +
                                               (z - kCentre) * (z - kCentre));
                    QVERIFY2(std::fabs(r - kRadius) <= 1.5, qPrintable(QString("edge at radius %1").arg(r)));
                }
        // A thin shell: about one voxel per unit of surface (4 pi r^2 = 1257).
        QVERIFY2(count > 800 && count < 2500, qPrintable(QString::number(count)));
        // And a closed one: every ray from the centre meets an edge within a voxel of the radius.
        std::mt19937 rng(1);
        std::normal_distribution<double> g(0.0, 1.0);
        for (int ray = 0; ray < 500; ++ray) {
            double dx = g(rng), dy = g(rng), dz = g(rng);
            const double n = std::sqrt(dx * dx + dy * dy + dz * dz);
            dx /= n;
            dy /= n;
            dz /= n;
            bool hit = false;
            for (double t = kRadius - 2.0; t <= kRadius + 2.0 && !hit; t += 0.25) {
                const auto x = static_cast<std::size_t>(std::lround(kCentre + t * dx));
                const auto y = static_cast<std::size_t>(std::lround(kCentre + t * dy));
                const auto z = static_cast<std::size_t>(std::lround(kCentre + t * dz));
                for (std::size_t k = 0; k < 27 && !hit; ++k) { // or a voxel next to the ray
                    const std::size_t nx = x + k % 3 - 1, ny = y + (k / 3) % 3 - 1, nz = z + k / 9 - 1;
                    hit = edges.at(nx, ny, nz) != 0;
                }
            }
            QVERIFY2(hit, qPrintable(QString("ray %1 found no edge").arg(ray)));
        }
    }
    void constantVolumeHasNoEdges() {
        const Volume<std::uint8_t> edges = canny3d(Volume<float>(Shape{20, 20, 20}, 3.0f), sphereOptions());
        for (auto e : edges.storage())
            QCOMPARE(e, std::uint8_t{0});
        CannyOptions zero = sphereOptions();
        zero.lowThreshold = 0.0f;
        zero.highThreshold = 0.0f;
        const Volume<std::uint8_t> none = canny3d(Volume<float>(Shape{9, 9, 9}, 3.0f), zero);
        for (auto e : none.storage())
            QCOMPARE(e, std::uint8_t{0});
    }
    void highThresholdRemovesWeakEdges() {
        // The same sphere at a tenth of the contrast: its slope stays below the high threshold.
        Volume<float> v = blurredSphere();
        for (auto& x : v.storage())
            x *= 0.1f;
        const Volume<std::uint8_t> edges = canny3d(v, sphereOptions());
        for (auto e : edges.storage())
            QCOMPARE(e, std::uint8_t{0});
    }
    void sameOnAnyThreadCount() {
        const Volume<float> v = blurredSphere();
        setThreadCount(1);
        const Volume<std::uint8_t> one = canny3d(v, sphereOptions());
        setThreadCount(2);
        const Volume<std::uint8_t> two = canny3d(v, sphereOptions());
        setThreadCount(0);
        QVERIFY(one.storage() == two.storage());
    }
    void badOptionsAndCancel() {
        CannyOptions wrong = sphereOptions();
        wrong.lowThreshold = 1.0f;
        QVERIFY_THROWS_EXCEPTION(Error, canny3d(Volume<float>(Shape{4, 4, 4}, 0.0f), wrong));
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 canny3d(blurredSphere(), sphereOptions(), Progress(nullptr, &token)));
        StopAfter sink(4);
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 canny3d(blurredSphere(), sphereOptions(), Progress(&sink, nullptr)));
    }
};

QTEST_APPLESS_MAIN(TestCanny)
#include "TestCanny.moc"
