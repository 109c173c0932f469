// randomRotation: proper rotation matrices (orthonormal, det +1) whose axes point uniformly over
// the sphere, as a uniformly random 3D orientation must; quaternion conversion on known cases.
#include "synth/RandomRotation.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace nuclei3d;

namespace {

double determinant(const Rotation3& r) {
    return r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6]) +
           r[2] * (r[3] * r[7] - r[4] * r[6]);
}

} // namespace

class TestRandomRotation : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void quaternionConversionKnownCases() {
        const Rotation3 identity = rotationFromQuaternion(1, 0, 0, 0);
        const Rotation3 expectedIdentity = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        QCOMPARE(identity, expectedIdentity);
        // 90 degrees about z takes x to y: the first column of R is (0, 1, 0).
        const double h = std::sqrt(0.5);
        const Rotation3 r = rotationFromQuaternion(h, 0, 0, h);
        const double expected[9] = {0, -1, 0, 1, 0, 0, 0, 0, 1};
        for (int i = 0; i < 9; ++i)
            QVERIFY(std::abs(r[std::size_t(i)] - expected[i]) < 1e-15);
    }

    void rotationsAreProperAndOrthonormal() {
        RandomStream random(17);
        for (int n = 0; n < 2000; ++n) {
            const Rotation3 r = randomRotation(random);
            for (std::size_t i = 0; i < 3; ++i)
                for (std::size_t j = 0; j < 3; ++j) {
                    double dot = 0;
                    for (std::size_t k = 0; k < 3; ++k)
                        dot += r[3 * i + k] * r[3 * j + k];
                    QVERIFY(std::abs(dot - (i == j ? 1.0 : 0.0)) < 1e-12);
                }
            QVERIFY(std::abs(determinant(r) - 1.0) < 1e-12);
        }
    }

    // Under the uniform (Haar) distribution every body axis R e_j is uniform on the sphere: each of
    // its components is uniform on [-1, 1] (Archimedes), so has mean 0 and mean square 1/3.
    void axesAreUniformOnTheSphere() {
        RandomStream random(123);
        const int draws = 30000, bins = 10;
        std::vector<std::vector<int>> histogram(9, std::vector<int>(bins, 0));
        std::vector<double> sum(9, 0.0), sumSquares(9, 0.0);
        for (int n = 0; n < draws; ++n) {
            const Rotation3 r = randomRotation(random);
            for (std::size_t e = 0; e < 9; ++e) {
                sum[e] += r[e];
                sumSquares[e] += r[e] * r[e];
                const int bin = std::min(bins - 1, int((r[e] + 1.0) / 2.0 * bins));
                ++histogram[e][std::size_t(bin)];
            }
        }
        const double expectedPerBin = double(draws) / bins;
        for (std::size_t e = 0; e < 9; ++e) {
            QVERIFY(std::abs(sum[e] / draws) < 0.02);
            QVERIFY(std::abs(sumSquares[e] / draws - 1.0 / 3.0) < 0.01);
            for (int count : histogram[e])
                QVERIFY2(std::abs(count - expectedPerBin) < 6 * std::sqrt(expectedPerBin),
                         qPrintable(QStringLiteral("entry %1: %2 in a bin, expected %3")
                                        .arg(e)
                                        .arg(count)
                                        .arg(expectedPerBin)));
        }
    }
};

QTEST_APPLESS_MAIN(TestRandomRotation)
#include "TestRandomRotation.moc"
