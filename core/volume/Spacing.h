#pragma once
// Physical voxel size of a volume, always in micrometres once read in. "known" is false when the
// file carried no calibration; then every axis is 1 and sizes given in micrometres act as voxels.

namespace nuclei3d {

struct Spacing {
    double x = 1.0;
    double y = 1.0;
    double z = 1.0;
    bool known = false;

    static Spacing micrometres(double sx, double sy, double sz) { return {sx, sy, sz, true}; }
    bool operator==(const Spacing& o) const { return x == o.x && y == o.y && z == o.z && known == o.known; }
    bool operator!=(const Spacing& o) const { return !(*this == o); }
};

} // namespace nuclei3d
