#include "postprocess/MeasurementsEigen.h"

#include <algorithm>
#include <cmath>

namespace nuclei3d {
namespace {

double offDiagonalSquares(const Matrix3& a) {
    return a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
}

// One rotation in the (p, q) plane that zeroes a[p][q]; v collects the rotations as columns.
void rotate(Matrix3& a, Matrix3& v, int p, int q) {
    const double apq = a[p][q];
    if (apq == 0.0)
        return;
    // tan of the rotation angle: the smaller root of t^2 + 2 t theta - 1 = 0, for stability.
    const double theta = (a[q][q] - a[p][p]) / (2.0 * apq);
    const double t = (theta >= 0.0 ? 1.0 : -1.0) / (std::fabs(theta) + std::sqrt(theta * theta + 1.0));
    const double c = 1.0 / std::sqrt(t * t + 1.0);
    const double s = t * c;
    a[p][p] -= t * apq;
    a[q][q] += t * apq;
    a[p][q] = a[q][p] = 0.0;
    const int r = 3 - p - q; // the third index
    const double arp = a[r][p];
    const double arq = a[r][q];
    a[r][p] = a[p][r] = c * arp - s * arq;
    a[r][q] = a[q][r] = s * arp + c * arq;
    for (int k = 0; k < 3; ++k) {
        const double vkp = v[k][p];
        const double vkq = v[k][q];
        v[k][p] = c * vkp - s * vkq;
        v[k][q] = s * vkp + c * vkq;
    }
}

} // namespace

SymmetricEigen3 symmetricEigen3(const Matrix3& m) {
    Matrix3 a = m;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < i; ++j)
            a[i][j] = a[j][i];
    Matrix3 v{};
    for (int i = 0; i < 3; ++i)
        v[i][i] = 1.0;

    const double scale =
        a[0][0] * a[0][0] + a[1][1] * a[1][1] + a[2][2] * a[2][2] + 2.0 * offDiagonalSquares(a);
    // Jacobi converges quadratically: a handful of sweeps reaches rounding level; 50 is a guard.
    for (int sweep = 0; sweep < 50; ++sweep) {
        const double off = offDiagonalSquares(a);
        if (off == 0.0 || off <= 1e-30 * scale)
            break;
        rotate(a, v, 0, 1);
        rotate(a, v, 0, 2);
        rotate(a, v, 1, 2);
    }

    std::array<int, 3> order{0, 1, 2};
    std::sort(order.begin(), order.end(), [&a](int i, int j) { return a[i][i] > a[j][j]; });
    SymmetricEigen3 result;
    for (int k = 0; k < 3; ++k) {
        result.values[static_cast<std::size_t>(k)] = a[order[k]][order[k]];
        for (int i = 0; i < 3; ++i)
            result.vectors[static_cast<std::size_t>(k)][static_cast<std::size_t>(i)] = v[i][order[k]];
    }
    return result;
}

} // namespace nuclei3d
