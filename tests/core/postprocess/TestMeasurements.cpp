// Nucleus measurements: a ball's volume, centroid, diameter and semi-axes; a rotated anisotropic
// ellipsoid's semi-axes and roundness; the border flag on every face; intensity statistics;
// classes; bad input; and identical results on any thread count.
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "postprocess/Measurements.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace nuclei3d;

namespace {

using Labels = Volume<std::uint32_t>;
constexpr double kPi = 3.14159265358979323846;

// Marks with `id` every voxel whose centre (in micrometres) lies in the ellipsoid of semi-axes
// (a, b, c) micrometres along the rotated axes, centred at `centre` (x, y, z micrometres).
std::size_t paintEllipsoid(Labels& v, std::uint32_t id, std::array<double, 3> centre,
                           std::array<double, 3> axes, double angle) {
    const Spacing s = v.spacing();
    const double ca = std::cos(angle), sa = std::sin(angle);
    std::size_t painted = 0;
    for (std::size_t z = 0; z < v.sizeZ(); ++z)
        for (std::size_t y = 0; y < v.sizeY(); ++y)
            for (std::size_t x = 0; x < v.sizeX(); ++x) {
                const double px = double(x) * s.x - centre[0];
                const double py = double(y) * s.y - centre[1];
                const double pz = double(z) * s.z - centre[2];
                // Rotation about the z axis, then about the x axis by half the angle.
                const double u = ca * px + sa * py;
                const double w0 = -sa * px + ca * py;
                const double cb = std::cos(angle / 2), sb = std::sin(angle / 2);
                const double w = cb * w0 + sb * pz;
                const double t = -sb * w0 + cb * pz;
                if ((u / axes[0]) * (u / axes[0]) + (w / axes[1]) * (w / axes[1]) +
                        (t / axes[2]) * (t / axes[2]) <=
                    1.0) {
                    v.at(x, y, z) = id;
                    ++painted;
                }
            }
    return painted;
}

bool near(double actual, double expected, double relative) {
    return std::fabs(actual - expected) <= relative * std::fabs(expected);
}

QString describe(const NucleusMeasurement& m) {
    return QString("axes %1 %2 %3 roundness %4 diameter %5")
        .arg(m.semiAxesMicrometres[0])
        .arg(m.semiAxesMicrometres[1])
        .arg(m.semiAxesMicrometres[2])
        .arg(m.roundness)
        .arg(m.equivalentDiameterMicrometres);
}

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestMeasurements : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void ball_data() {
        QTest::addColumn<double>("radiusVoxels");
        QTest::addColumn<double>("spacing");
        QTest::newRow("r 4, 1 um") << 4.0 << 1.0;
        QTest::newRow("r 10, 0.5 um") << 10.0 << 0.5;
        QTest::newRow("r 15, 0.2 um") << 15.0 << 0.2;
    }
    void ball() {
        QFETCH(double, radiusVoxels);
        QFETCH(double, spacing);
        // Painted in voxel units (exact arithmetic, so the ball is symmetric), then calibrated.
        Labels v(Shape{40, 40, 40});
        const std::size_t voxels =
            paintEllipsoid(v, 7, {19, 19, 19}, {radiusVoxels, radiusVoxels, radiusVoxels}, 0.0);
        v.setSpacing(Spacing::micrometres(spacing, spacing, spacing));
        const double c = 19.0 * spacing, r = radiusVoxels * spacing;
        const auto result = measureNuclei(v);
        QCOMPARE(int(result.size()), 1);
        const NucleusMeasurement& m = result[0];
        QCOMPARE(m.id, 7u);
        QCOMPARE(m.volumeVoxels, std::uint64_t(voxels));
        QVERIFY(near(m.volumeCubicMicrometres, double(voxels) * spacing * spacing * spacing, 1e-12));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::fabs(m.centroidVoxels[i] - 19.0) < 1e-9);
            QVERIFY(std::fabs(m.centroidMicrometres[i] - c) < 1e-9);
        }
        // Digitisation error of a ball of a few voxels is a few per cent.
        const double tolerance = radiusVoxels < 5 ? 0.04 : 0.015;
        qInfo("expected radius %g um: %s", r, qPrintable(describe(m)));
        QVERIFY2(near(m.equivalentDiameterMicrometres, 2 * r, tolerance), qPrintable(describe(m)));
        for (double a : m.semiAxesMicrometres)
            QVERIFY2(near(a, r, tolerance), qPrintable(describe(m)));
        QVERIFY2(m.roundness > 0.999999, qPrintable(describe(m)));
        QVERIFY(!m.touchesBorder);
        QVERIFY(!m.hasIntensity);
        QVERIFY(m.className.empty());
    }

    void rotatedAnisotropicEllipsoid_data() {
        QTest::addColumn<double>("angle");
        QTest::newRow("axis aligned") << 0.0;
        QTest::newRow("rotated 0.6 rad") << 0.6;
        QTest::newRow("rotated 2.2 rad") << 2.2;
    }
    void rotatedAnisotropicEllipsoid() {
        QFETCH(double, angle);
        // Voxels twice as deep as wide, as on a confocal stack.
        Labels v(Shape{100, 100, 50}, 0, Spacing::micrometres(0.25, 0.25, 0.5));
        paintEllipsoid(v, 3, {12.5, 12.5, 12.5}, {9.0, 6.0, 4.0}, angle);
        const auto result = measureNuclei(v);
        QCOMPARE(int(result.size()), 1);
        const NucleusMeasurement& m = result[0];
        qInfo("expected 9 6 4 um, roundness 0.444: %s", qPrintable(describe(m)));
        QVERIFY2(near(m.semiAxesMicrometres[0], 9.0, 0.02), qPrintable(describe(m)));
        QVERIFY2(near(m.semiAxesMicrometres[1], 6.0, 0.02), qPrintable(describe(m)));
        QVERIFY2(near(m.semiAxesMicrometres[2], 4.0, 0.02), qPrintable(describe(m)));
        QVERIFY2(near(m.roundness, 4.0 / 9.0, 0.03), qPrintable(describe(m)));
        QVERIFY2(near(m.volumeCubicMicrometres, 4.0 / 3.0 * kPi * 9 * 6 * 4, 0.02), qPrintable(describe(m)));
        QVERIFY(near(m.centroidMicrometres[0], 12.5, 0.01)); // z
        QVERIFY(near(m.centroidVoxels[0], 25.0, 0.01));
        QVERIFY(near(m.centroidVoxels[2], 50.0, 0.01)); // x
    }

    void singleVoxelHasBoxShape() {
        Labels v(Shape{5, 5, 5}, 0, Spacing::micrometres(0.3, 0.3, 0.3));
        v.at(2, 2, 2) = 1;
        const NucleusMeasurement m = measureNuclei(v).at(0);
        for (double a : m.semiAxesMicrometres)
            QVERIFY(near(a, 0.3 * std::sqrt(5.0 / 12.0), 1e-12));
        QCOMPARE(m.roundness, 1.0);
    }

    void borderFlag_data() {
        // Minimum corner of a 2x2x2 block in an 8 x 6 x 5 volume.
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("z");
        QTest::addColumn<bool>("touches");
        QTest::newRow("inside, near the low faces") << 1 << 1 << 1 << false;
        QTest::newRow("inside, near the high faces") << 5 << 3 << 2 << false;
        QTest::newRow("x = 0") << 0 << 2 << 2 << true;
        QTest::newRow("x = last") << 6 << 2 << 2 << true;
        QTest::newRow("y = 0") << 3 << 0 << 2 << true;
        QTest::newRow("y = last") << 3 << 4 << 2 << true;
        QTest::newRow("z = 0") << 3 << 2 << 0 << true;
        QTest::newRow("z = last") << 3 << 2 << 3 << true;
    }
    void borderFlag() {
        QFETCH(int, x);
        QFETCH(int, y);
        QFETCH(int, z);
        QFETCH(bool, touches);
        Labels v(Shape{8, 6, 5});
        for (int dz = 0; dz < 2; ++dz)
            for (int dy = 0; dy < 2; ++dy)
                for (int dx = 0; dx < 2; ++dx)
                    v.at(std::size_t(x + dx), std::size_t(y + dy), std::size_t(z + dz)) = 9;
        v.at(3, 3, 2) = 4; // an inner neighbour never touches
        const auto result = measureNuclei(v);
        QCOMPARE(result.back().id, 9u);
        QCOMPARE(result.back().touchesBorder, touches);
        if (result.front().id == 4)
            QVERIFY(!result.front().touchesBorder);
    }

    void intensityStatistics() {
        Labels v(Shape{10, 8, 6});
        Volume<float> image(Shape{10, 8, 6}, 1.5f);
        // Nucleus 2: a 3x2x2 block with values 1..12; nucleus 5: one voxel of -4.25.
        float value = 1.0f;
        for (std::size_t z = 2; z < 4; ++z)
            for (std::size_t y = 3; y < 5; ++y)
                for (std::size_t x = 4; x < 7; ++x) {
                    v.at(x, y, z) = 2;
                    image.at(x, y, z) = value;
                    value += 1.0f;
                }
        v.at(8, 6, 4) = 5;
        image.at(8, 6, 4) = -4.25f;
        MeasurementInputs inputs;
        inputs.intensity = &image;
        const auto result = measureNuclei(v, inputs);
        QCOMPARE(int(result.size()), 2);
        QVERIFY(result[0].hasIntensity);
        QCOMPARE(result[0].meanIntensity, 6.5);
        QCOMPARE(result[0].minIntensity, 1.0f);
        QCOMPARE(result[0].maxIntensity, 12.0f);
        QCOMPARE(result[1].meanIntensity, -4.25);
        QCOMPARE(result[1].minIntensity, -4.25f);
        QCOMPARE(result[1].maxIntensity, -4.25f);
    }

    void idsSortedAndClassesAttached() {
        Labels v(Shape{12, 4, 4});
        v.at(1, 1, 1) = 40;
        v.at(5, 1, 1) = 3;
        v.at(9, 1, 1) = 1000000;
        const std::vector<std::string> classes{"", "", "", "round", "", "elongated"};
        MeasurementInputs inputs;
        inputs.classOfLabel = &classes;
        const auto result = measureNuclei(v, inputs);
        QCOMPARE(int(result.size()), 3);
        QCOMPARE(result[0].id, 3u);
        QCOMPARE(result[1].id, 40u);
        QCOMPARE(result[2].id, 1000000u);
        QCOMPARE(result[0].className, std::string("round"));
        QVERIFY(result[1].className.empty()); // past the end of the class list
        QVERIFY(result[2].className.empty());
    }

    void emptyAndBadInput() {
        QVERIFY(measureNuclei(Labels(Shape{4, 4, 4})).empty());
        QVERIFY(measureNuclei(Labels(Shape{0, 4, 4})).empty());
        Labels v(Shape{4, 4, 4});
        Volume<float> image(Shape{4, 4, 5});
        MeasurementInputs inputs;
        inputs.intensity = &image;
        try {
            measureNuclei(v, inputs);
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("4 x 4 x 5 voxels but the labels are 4 x 4 x 4") !=
                         std::string::npos,
                     e.what());
        }
    }

    void cancelStops() {
        struct Stop : ProgressSink {
            bool update(double, const std::string&) override { return false; }
        } sink;
        CancelToken token;
        token.cancel();
        Labels v(Shape{16, 16, 16}, 1);
        QVERIFY_THROWS_EXCEPTION(Cancelled, measureNuclei(v, {}, Progress(&sink, &token)));
    }

    void sameResultOnAnyThreadCount() {
        std::mt19937 rng(11);
        Labels v(Shape{70, 60, 50}, 0, Spacing::micrometres(0.2, 0.2, 0.45));
        Volume<float> image(v.shape());
        std::uniform_real_distribution<float> noise(0.0f, 1000.0f);
        for (float& f : image.storage())
            f = noise(rng) * 0.001f + 0.1f; // values whose float sums round differently by order
        std::uniform_real_distribution<double> pos(0.0, 14.0), axis(1.0, 4.0), turn(0.0, 3.0);
        for (std::uint32_t id = 1; id <= 40; ++id)
            paintEllipsoid(v, id, {pos(rng), pos(rng), pos(rng) * 1.5}, {axis(rng), axis(rng), axis(rng)},
                           turn(rng));
        MeasurementInputs inputs;
        inputs.intensity = &image;
        setThreadCount(1);
        const auto one = measureNuclei(v, inputs);
        QVERIFY(one.size() > 20);
        for (int threads : {2, 3, 7}) {
            setThreadCount(threads);
            const auto many = measureNuclei(v, inputs);
            QCOMPARE(many.size(), one.size());
            for (std::size_t i = 0; i < one.size(); ++i) {
                QCOMPARE(many[i].id, one[i].id);
                QCOMPARE(many[i].volumeVoxels, one[i].volumeVoxels);
                QCOMPARE(many[i].touchesBorder, one[i].touchesBorder);
                QVERIFY(sameBits(many[i].meanIntensity, one[i].meanIntensity));
                QVERIFY(sameBits(many[i].roundness, one[i].roundness));
                for (int k = 0; k < 3; ++k) {
                    QVERIFY(sameBits(many[i].centroidMicrometres[k], one[i].centroidMicrometres[k]));
                    QVERIFY(sameBits(many[i].semiAxesMicrometres[k], one[i].semiAxesMicrometres[k]));
                }
            }
        }
        setThreadCount(0);
    }
};

QTEST_APPLESS_MAIN(TestMeasurements)
#include "TestMeasurements.moc"
