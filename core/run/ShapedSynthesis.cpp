#include "run/ShapedSynthesis.h"

#include "filters/NucleusSizeEstimate.h"
#include "pipeline/ParameterSchema.h"
#include "pipeline/StageSettings.h"
#include "run/BackgroundMatching.h"
#include "synth/MicroscopeSettings.h"

#include <algorithm>
#include <cmath>

namespace nuclei3d {
namespace {
constexpr double kPi = 3.14159265358979323846;
// Stage 5 drops objects under this share of a typical nucleus's volume: on bbbc050 the U-Nets mark
// polar bodies and bright specks (50-250 voxels against nuclei of 2,000-6,000) as nuclei, and these
// false positives were most of what separated them from the classical pipeline (docs/ACCURACY.md,
// fourth round: 0.10, 0.15 and 0.20 scored alike; 0.05 kept half the specks).
constexpr double kMinSizeShareOfNucleus = 0.1;
} // namespace

SynthesisShape shapeSynthesisLike(ParameterSet& parameters, const Volume<float>& image, bool estimateSize,
                                  const std::function<bool(const std::string&)>& keep, const Progress& progress) {
    const auto set = [&](const std::string& name, const ParameterValue& value) {
        if (!keep || !keep(name))
            parameters.set(name, value);
    };
    const Shape shape = image.shape();
    const Spacing spacing = image.spacing();
    set("synth.size_x", static_cast<std::int64_t>(shape.x));
    set("synth.size_y", static_cast<std::int64_t>(shape.y));
    set("synth.size_z", static_cast<std::int64_t>(shape.z));
    if (spacing.known) {
        set("synth.voxel_x", spacing.x);
        set("synth.voxel_y", spacing.y);
        set("synth.voxel_z", spacing.z);
    }
    SynthesisShape result;
    if (estimateSize) {
        const NucleusSizeEstimate estimate = estimateNucleusSize(image, spacing, progress.sub(0.0, 0.6));
        result.estimated = true;
        result.radiusUm = estimate.radiusUm;
        result.nucleiSeen = estimate.nucleiSeen;
        result.measuredElongation = estimate.axialElongation;
        // Semi-axes spread a quarter either side of the median equivalent radius: elongated and
        // round nuclei of about the measured volume, in five steps.
        const double r = estimate.radiusUm;
        set("synth.radius_min", std::max(0.1, 0.75 * r));
        set("synth.radius_max", std::max(0.1, 1.25 * r));
        set("synth.radius_step", std::max(0.01, 0.125 * r));
        // Synthetic nuclei must look as tall as the real ones: labels drawn on the short ellipsoids
        // teach the network to cut real nuclei short (docs/ACCURACY.md, second round). Clamped to
        // the parameters' range; a flat volume's few regions can give extreme ratios.
        const double elongation = std::clamp(estimate.axialElongation, 0.5, 4.0);
        set("synth.axial_elongation", elongation);
        set("postprocess.axial_elongation", elongation);
        // Density: the nuclei seen times their volume (stretched as the synthetic ones will be),
        // over the image's volume, times synth.like_density: sparser than the image leaves the
        // networks more background to learn from (docs/ACCURACY.md, sixth round).
        const double voxelVolume = spacing.known ? spacing.x * spacing.y * spacing.z : 1.0;
        const double imageVolume = double(shape.x) * double(shape.y) * double(shape.z) * voxelVolume;
        const double nucleusVolume = 4.0 / 3.0 * kPi * r * r * r * parameters.real("synth.axial_elongation");
        const double imageFraction = double(estimate.nucleiSeen) * nucleusVolume / imageVolume;
        const bool densityGiven = keep && (keep("synth.count") || keep("synth.foreground_fraction"));
        set("synth.count", std::int64_t{0});
        set("synth.foreground_fraction", std::clamp(parameters.real("synth.like_density") * imageFraction, 0.02, 0.5));
        // The GAN's domain A as dense as the image (gan.like_density): a GAN taught to turn sparse
        // synthetic pictures into dense real ones adds nuclei that have no label (docs/ACCURACY.md).
        // Density given by hand applies to domain A as well.
        if (!densityGiven)
            set("gan.foreground_fraction", std::clamp(parameters.real("gan.like_density") * imageFraction, 0.02, 0.5));
        // Stage 5's marker height scales with the nuclei too (docs/ACCURACY.md's rule of thumb:
        // h about a twentieth of the diameter); a fixed 1 um merges nuclei of 3 um across.
        set("postprocess.h", std::clamp(0.1 * r, 0.0, 100.0));
        // So does the blur of I_seg when it weights the distance: a quarter of the radius keeps the
        // dip between touching nuclei and smooths the nets' dips inside one (docs/ACCURACY.md, tenth round).
        set("postprocess.probability_sigma", std::clamp(0.25 * r, 0.0, 100.0));
        // The smallest nucleus kept scales with them as well, never below the schema's default.
        const double voxelsPerNucleus = nucleusVolume / voxelVolume;
        const std::int64_t floor =
            std::get<std::int64_t>(ParameterSchema::instance().find("postprocess.min_size")->defaultValue);
        set("postprocess.min_size",
            std::clamp(static_cast<std::int64_t>(std::llround(kMinSizeShareOfNucleus * voxelsPerNucleus)), floor,
                       std::int64_t{100000000}));
        // The synthetic microscope's background as bright, next to its nuclei, as the image's
        // (BackgroundMatching.h), measured after the normalisation the U-Nets will see.
        const double low = parameters.real("inference.percentile_low");
        const double high = parameters.real("inference.percentile_high");
        result.background = measureBackgroundLook(image, low, high, progress.sub(0.6, 0.7));
        if (!keep || (!keep("microscope.background") && !keep("microscope.photons"))) {
            const BackgroundMatch match = matchBackground(synthSettingsFrom(parameters), microscopeSettingsFrom(parameters),
                                                          result.background, low, high, progress.sub(0.7, 1.0));
            set("microscope.background", match.background);
            set("microscope.photons", match.photons);
        }
    }
    result.microscopeBackground = parameters.real("microscope.background");
    result.microscopePhotons = parameters.real("microscope.photons");
    result.radiusMinUm = parameters.real("synth.radius_min");
    result.radiusMaxUm = parameters.real("synth.radius_max");
    result.markerHeightUm = parameters.real("postprocess.h");
    result.minSizeVoxels = static_cast<std::size_t>(parameters.integer("postprocess.min_size"));
    result.axialElongation = parameters.real("synth.axial_elongation");
    result.foregroundFraction =
        parameters.integer("synth.count") == 0 ? parameters.real("synth.foreground_fraction") : 0.0;
    result.ganForegroundFraction = parameters.real("gan.foreground_fraction");
    return result;
}

} // namespace nuclei3d
