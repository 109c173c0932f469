// Stage 1 voxel maps: I_binary, I_contour, I_shapemarker and the blurred I_binary, checked voxel by
// voxel against their definitions on generated volumes, plus hand-made cases for the contour at the
// volume border.
#include "SynthTestSupport.h"

#include "filters/GaussianBlur.h"
#include "synth/SynthMaps.h"
#include "synth/SyntheticNuclei.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

using namespace nuclei3d;
using nuclei3d::test::smallSettings;

Q_DECLARE_METATYPE(nuclei3d::Spacing)

namespace {

// True when voxel (x, y, z) of nucleus `id` has a 6-neighbour inside the volume with another value.
bool hasOutsideNeighbour(const Volume<std::uint32_t>& v, std::size_t x, std::size_t y, std::size_t z) {
    const std::uint32_t id = v.at(x, y, z);
    const long p[3] = {long(x), long(y), long(z)};
    const long size[3] = {long(v.sizeX()), long(v.sizeY()), long(v.sizeZ())};
    for (int axis = 0; axis < 3; ++axis)
        for (long step : {-1L, 1L}) {
            long q[3] = {p[0], p[1], p[2]};
            q[axis] += step;
            if (q[axis] < 0 || q[axis] >= size[axis])
                continue; // the nucleus goes on beyond the crop
            if (v.at(std::size_t(q[0]), std::size_t(q[1]), std::size_t(q[2])) != id)
                return true;
        }
    return false;
}

SynthResult mapsOf(Volume<std::uint32_t> instances, std::size_t nuclei) {
    SynthResult r;
    r.instances = std::move(instances);
    for (std::size_t i = 1; i <= nuclei; ++i) {
        SynthNucleus n;
        n.id = static_cast<std::uint32_t>(i);
        n.shapeValue = static_cast<std::uint8_t>(100 + i);
        r.nuclei.push_back(n);
    }
    deriveSynthMaps(r);
    return r;
}

std::size_t countNonZero(const Volume<std::uint8_t>& v) {
    return static_cast<std::size_t>(
        std::count_if(v.data(), v.data() + v.voxelCount(), [](std::uint8_t b) { return b != 0; }));
}

} // namespace

class TestSynthMaps : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void mapsFollowTheirDefinitions_data() {
        QTest::addColumn<Spacing>("spacing");
        QTest::addColumn<double>("maxOverlap");
        QTest::newRow("isotropic, no overlap") << Spacing{} << 0.0;
        QTest::newRow("anisotropic, no overlap") << Spacing::micrometres(0.5, 0.5, 1.5) << 0.0;
        QTest::newRow("isotropic, 40% overlap") << Spacing{} << 0.4;
    }
    void mapsFollowTheirDefinitions() {
        QFETCH(Spacing, spacing);
        QFETCH(double, maxOverlap);
        SynthSettings s = smallSettings(Shape{48, 40, 28}, 60, 5);
        s.spacing = spacing;
        s.maxOverlap = maxOverlap;
        s.radiusMin = 2;
        s.radiusMax = 7;
        const SynthResult r = generateSynthetic(s);
        QVERIFY(r.nuclei.size() > 20);
        for (const Volume<std::uint8_t>* v : {&r.binary, &r.contour, &r.shapemarker}) {
            QCOMPARE(v->shape(), s.shape);
            QCOMPARE(v->spacing(), spacing);
        }
        std::size_t contourVoxels = 0;
        for (std::size_t z = 0; z < s.shape.z; ++z)
            for (std::size_t y = 0; y < s.shape.y; ++y)
                for (std::size_t x = 0; x < s.shape.x; ++x) {
                    const std::uint32_t id = r.instances.at(x, y, z);
                    QCOMPARE(r.binary.at(x, y, z), std::uint8_t(id > 0 ? 255 : 0));
                    if (id == 0) {
                        QCOMPARE(r.contour.at(x, y, z), std::uint8_t{0});
                        QCOMPARE(r.shapemarker.at(x, y, z), std::uint8_t{0});
                        continue;
                    }
                    const SynthNucleus& n = r.nuclei[id - 1];
                    QCOMPARE(r.shapemarker.at(x, y, z), n.shapeValue);
                    const bool boundary = hasOutsideNeighbour(r.instances, x, y, z);
                    QCOMPARE(r.contour.at(x, y, z), std::uint8_t(boundary ? 255 : 0));
                    contourVoxels += boundary ? 1 : 0;
                }
        QVERIFY(contourVoxels > 0);
        for (const SynthNucleus& n : r.nuclei) {
            const double shortest = std::min({n.ax, n.ay, n.az}), longest = std::max({n.ax, n.ay, n.az});
            QCOMPARE(int(n.shapeValue), int(std::lround(255.0 * shortest / longest)));
        }
    }

    void blurredIsTheBinaryBlurredWithTheSetSigma_data() {
        QTest::addColumn<double>("sigma");
        QTest::newRow("no blur") << 0.0;
        QTest::newRow("sigma 2 (default)") << 2.0;
        QTest::newRow("sigma 1.3") << 1.3;
    }
    void blurredIsTheBinaryBlurredWithTheSetSigma() {
        QFETCH(double, sigma);
        SynthSettings s = smallSettings(Shape{40, 32, 24}, 30, 9);
        s.blurSigma = sigma;
        const SynthResult r = generateSynthetic(s);
        Volume<float> expected(s.shape);
        for (std::size_t i = 0; i < expected.voxelCount(); ++i)
            expected[i] = r.binary[i];
        gaussianBlur(expected, sigma, sigma, sigma);
        QCOMPARE(r.blurred.shape(), s.shape);
        QVERIFY(std::memcmp(expected.data(), r.blurred.data(), expected.voxelCount() * sizeof(float)) == 0);
    }

    // Hand-made instance volumes for the contour rule.
    void contourOfACubeIsItsShell() {
        Volume<std::uint32_t> v(Shape{5, 5, 5});
        for (std::size_t z = 1; z < 4; ++z)
            for (std::size_t y = 1; y < 4; ++y)
                for (std::size_t x = 1; x < 4; ++x)
                    v.at(x, y, z) = 1;
        const SynthResult r = mapsOf(std::move(v), 1);
        QCOMPARE(countNonZero(r.contour), std::size_t{26});
        QCOMPARE(r.contour.at(2, 2, 2), std::uint8_t{0});
        QCOMPARE(r.shapemarker.at(2, 2, 2), std::uint8_t{101});
        QCOMPARE(countNonZero(r.binary), std::size_t{27});
    }
    void volumeBorderIsNotAContour() {
        // One nucleus filling the whole crop: it goes on beyond the volume, so it has no contour.
        const SynthResult whole = mapsOf(Volume<std::uint32_t>(Shape{4, 3, 2}, 1), 1);
        QCOMPARE(countNonZero(whole.contour), std::size_t{0});
        // Two nuclei sharing a face: each one's layer at the face is contour, nothing else.
        Volume<std::uint32_t> two(Shape{6, 3, 3}, 1);
        for (std::size_t z = 0; z < 3; ++z)
            for (std::size_t y = 0; y < 3; ++y)
                for (std::size_t x = 3; x < 6; ++x)
                    two.at(x, y, z) = 2;
        const SynthResult r = mapsOf(std::move(two), 2);
        QCOMPARE(countNonZero(r.contour), std::size_t{18});
        for (std::size_t z = 0; z < 3; ++z)
            for (std::size_t y = 0; y < 3; ++y) {
                QCOMPARE(r.contour.at(2, y, z), std::uint8_t{255});
                QCOMPARE(r.contour.at(3, y, z), std::uint8_t{255});
                QCOMPARE(r.shapemarker.at(0, y, z), std::uint8_t{101});
                QCOMPARE(r.shapemarker.at(5, y, z), std::uint8_t{102});
            }
    }
};

QTEST_APPLESS_MAIN(TestSynthMaps)
#include "TestSynthMaps.moc"
