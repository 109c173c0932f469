// The 3x3 symmetric eigen solver behind the nucleus semi-axes: known spectra, rotated matrices,
// repeated and zero eigenvalues, and orthonormal eigenvectors that rebuild the matrix.
#include "postprocess/MeasurementsEigen.h"

#include <QtTest>

#include <cmath>

using namespace nuclei3d;

namespace {

Matrix3 rotation(double ax, double ay, double az) {
    const Matrix3 rx{{{1, 0, 0}, {0, std::cos(ax), -std::sin(ax)}, {0, std::sin(ax), std::cos(ax)}}};
    const Matrix3 ry{{{std::cos(ay), 0, std::sin(ay)}, {0, 1, 0}, {-std::sin(ay), 0, std::cos(ay)}}};
    const Matrix3 rz{{{std::cos(az), -std::sin(az), 0}, {std::sin(az), std::cos(az), 0}, {0, 0, 1}}};
    const auto mul = [](const Matrix3& a, const Matrix3& b) {
        Matrix3 c{};
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                for (int k = 0; k < 3; ++k)
                    c[i][j] += a[i][k] * b[k][j];
        return c;
    };
    return mul(rz, mul(ry, rx));
}

// R diag(d) R^T
Matrix3 withSpectrum(const Matrix3& r, const std::array<double, 3>& d) {
    Matrix3 m{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            for (int k = 0; k < 3; ++k)
                m[i][j] += r[i][k] * d[k] * r[j][k];
    return m;
}

} // namespace

class TestMeasurementsEigen : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void recoversSpectrum_data() {
        QTest::addColumn<double>("d0");
        QTest::addColumn<double>("d1");
        QTest::addColumn<double>("d2");
        QTest::addColumn<double>("ax");
        QTest::addColumn<double>("ay");
        QTest::addColumn<double>("az");
        QTest::newRow("diagonal, unsorted") << 2.0 << 9.0 << 4.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("rotated") << 7.2 << 3.2 << 1.25 << 0.3 << -1.1 << 2.0;
        QTest::newRow("rotated, two equal") << 5.0 << 5.0 << 1.0 << 0.7 << 0.2 << -0.4;
        QTest::newRow("rotated, all equal") << 3.0 << 3.0 << 3.0 << 1.0 << 1.0 << 1.0;
        QTest::newRow("rank one") << 0.0 << 0.0 << 4.0 << 0.5 << 0.5 << 0.5;
        QTest::newRow("zero") << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("tiny and huge") << 1e-6 << 1e6 << 1.0 << 0.1 << 0.2 << 0.3;
    }
    void recoversSpectrum() {
        QFETCH(double, d0);
        QFETCH(double, d1);
        QFETCH(double, d2);
        QFETCH(double, ax);
        QFETCH(double, ay);
        QFETCH(double, az);
        const Matrix3 m = withSpectrum(rotation(ax, ay, az), {d0, d1, d2});
        const SymmetricEigen3 e = symmetricEigen3(m);
        std::array<double, 3> expected{d0, d1, d2};
        std::sort(expected.begin(), expected.end(), std::greater<double>());
        const double scale = std::max({1.0, std::fabs(d0), std::fabs(d1), std::fabs(d2)});
        for (int i = 0; i < 3; ++i)
            QVERIFY2(std::fabs(e.values[i] - expected[i]) <= 1e-12 * scale,
                     qPrintable(QString("value %1: %2 vs %3").arg(i).arg(e.values[i]).arg(expected[i])));
        // Orthonormal vectors that rebuild the matrix: V^T diag V == m.
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j) {
                double dot = 0, rebuilt = 0;
                for (int k = 0; k < 3; ++k) {
                    dot += e.vectors[i][k] * e.vectors[j][k];
                    rebuilt += e.vectors[k][i] * e.values[k] * e.vectors[k][j];
                }
                QVERIFY(std::fabs(dot - (i == j ? 1.0 : 0.0)) <= 1e-12);
                QVERIFY(std::fabs(rebuilt - m[i][j]) <= 1e-12 * scale);
            }
    }

    void readsOnlyTheUpperTriangle() {
        Matrix3 m{{{4, 1, 0}, {0, 3, 0}, {0, 0, 1}}}; // lower triangle left zero
        const SymmetricEigen3 e = symmetricEigen3(m);
        QVERIFY(std::fabs(e.values[0] - (3.5 + std::sqrt(1.25))) < 1e-12);
        QVERIFY(std::fabs(e.values[1] - (3.5 - std::sqrt(1.25))) < 1e-12);
        QCOMPARE(e.values[2], 1.0);
    }
};

QTEST_APPLESS_MAIN(TestMeasurementsEigen)
#include "TestMeasurementsEigen.moc"
