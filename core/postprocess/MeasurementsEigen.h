#pragma once
// Eigen-decomposition of a symmetric 3x3 matrix (a covariance matrix of nucleus voxels) by cyclic
// Jacobi rotations: tiny, exact to rounding for this size, and free of a linear-algebra dependency.
#include <array>

namespace nuclei3d {

using Matrix3 = std::array<std::array<double, 3>, 3>;

struct SymmetricEigen3 {
    std::array<double, 3> values{}; // descending
    Matrix3 vectors{};              // vectors[i] is the unit eigenvector of values[i]
};

/// Only the upper triangle of m is read (the matrix is taken as symmetric).
SymmetricEigen3 symmetricEigen3(const Matrix3& m);

} // namespace nuclei3d
