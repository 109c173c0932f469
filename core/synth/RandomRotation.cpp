#include "synth/RandomRotation.h"

#include <cmath>

namespace nuclei3d {

Rotation3 randomRotation(RandomStream& random) {
    // A point drawn uniformly from the 4-ball and pushed out to the sphere is a uniform unit
    // quaternion (the ball's density depends on the radius only). Unlike Shoemake's formula this
    // needs no sin/cos, whose last bit differs between maths libraries: +, *, / and sqrt are
    // correctly rounded everywhere, so the same seed gives the same rotation on every platform.
    // About 31% of draws land in the ball; points very near the centre are redrawn because their
    // direction would be dominated by the 2^-53 grid of the uniform draws.
    for (;;) {
        const double w = random.uniform(-1.0, 1.0);
        const double x = random.uniform(-1.0, 1.0);
        const double y = random.uniform(-1.0, 1.0);
        const double z = random.uniform(-1.0, 1.0);
        const double norm2 = w * w + x * x + y * y + z * z;
        if (norm2 > 1.0 || norm2 < 1e-6)
            continue;
        const double norm = std::sqrt(norm2);
        return rotationFromQuaternion(w / norm, x / norm, y / norm, z / norm);
    }
}

Rotation3 rotationFromQuaternion(double w, double x, double y, double z) {
    return {1 - 2 * (y * y + z * z), 2 * (x * y - w * z),     2 * (x * z + w * y),
            2 * (x * y + w * z),     1 - 2 * (x * x + z * z), 2 * (y * z - w * x),
            2 * (x * z - w * y),     2 * (y * z + w * x),     1 - 2 * (x * x + y * y)};
}

} // namespace nuclei3d
