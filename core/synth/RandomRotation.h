#pragma once
// Uniformly distributed random 3D rotations (Haar measure on SO(3)) for orienting the ellipsoids of
// stage 1.
#include "synth/RandomStream.h"

#include <array>

namespace nuclei3d {

/// Row-major 3x3 rotation matrix.
using Rotation3 = std::array<double, 9>;

/// A uniformly random rotation: a uniform random unit quaternion turned into a matrix.
Rotation3 randomRotation(RandomStream& random);

/// The rotation of the unit quaternion (w, x, y, z).
Rotation3 rotationFromQuaternion(double w, double x, double y, double z);

} // namespace nuclei3d
