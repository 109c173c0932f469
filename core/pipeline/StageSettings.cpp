#include "pipeline/StageSettings.h"

namespace nuclei3d {

SynthSettings synthSettingsFrom(const ParameterSet& p) {
    SynthSettings s;
    s.shape = Shape{static_cast<std::size_t>(p.integer("synth.size_x")), static_cast<std::size_t>(p.integer("synth.size_y")),
                    static_cast<std::size_t>(p.integer("synth.size_z"))};
    const double vx = p.real("synth.voxel_x"), vy = p.real("synth.voxel_y"), vz = p.real("synth.voxel_z");
    // A voxel size left at 1,1,1 means "not calibrated": radii then count in voxels.
    s.spacing = (vx == 1.0 && vy == 1.0 && vz == 1.0) ? Spacing{} : Spacing::micrometres(vx, vy, vz);
    s.count = static_cast<std::size_t>(p.integer("synth.count"));
    s.foregroundFraction = p.real("synth.foreground_fraction");
    s.radiusMin = p.real("synth.radius_min");
    s.radiusMax = p.real("synth.radius_max");
    s.radiusStep = p.real("synth.radius_step");
    s.axialElongation = p.real("synth.axial_elongation");
    s.maxOverlap = p.real("synth.max_overlap");
    s.maxAttempts = static_cast<int>(p.integer("synth.max_attempts"));
    s.blurSigma = p.real("synth.blur_sigma");
    s.seed = static_cast<std::uint64_t>(p.integer("synth.seed"));
    return s;
}

void adoptVolumeGeometry(ParameterSet& p, const Shape& shape, const Spacing& spacing) {
    p.set("synth.size_x", static_cast<std::int64_t>(shape.x));
    p.set("synth.size_y", static_cast<std::int64_t>(shape.y));
    p.set("synth.size_z", static_cast<std::int64_t>(shape.z));
    if (spacing.known) {
        p.set("synth.voxel_x", spacing.x);
        p.set("synth.voxel_y", spacing.y);
        p.set("synth.voxel_z", spacing.z);
    }
}

} // namespace nuclei3d
