#pragma once
// Synthetic data "shaped like" a real volume (METHOD.md stage 1: sizes in micrometres matching the
// real data): its voxel size, and nuclei of its estimated size at its estimated density; and the
// post-processing's marker height for nuclei of that size.
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "run/BackgroundMatching.h"
#include "volume/Volume.h"

#include <cstddef>
#include <functional>
#include <string>

namespace nuclei3d {

/// What the nucleus-size estimate gave and what the synthesis uses.
struct SynthesisShape {
    bool estimated = false;          ///< false: synth.radius_* and the density came from the parameters
    double radiusUm = 0.0;           ///< estimated median equivalent radius
    std::size_t nucleiSeen = 0;      ///< regions the estimate was taken over
    double radiusMinUm = 0.0;        ///< synth.radius_min used
    double radiusMaxUm = 0.0;        ///< synth.radius_max used
    double foregroundFraction = 0.0; ///< synth.foreground_fraction used (synth.count 0), or 0 when count is used
    double ganForegroundFraction = 0.0; ///< gan.foreground_fraction (the GAN's domain A; 0 = as the synthesis)
    double markerHeightUm = 0.0;     ///< postprocess.h used
    std::size_t minSizeVoxels = 0;   ///< postprocess.min_size used
    BackgroundLook background;         ///< the image's background next to its nuclei (zero when not estimated)
    double microscopeBackground = 0.0; ///< microscope.background used
    double microscopePhotons = 0.0;    ///< microscope.photons used
    double measuredElongation = 0.0; ///< the estimate's apparent axial elongation (0 when not estimated)
    double axialElongation = 1.0;    ///< synth.axial_elongation used (also stage 5's, unless the user set that)
};

/// Sets synth.size_* and synth.voxel_* from `image` (its spacing when known) and, when
/// `estimateSize`, synth.radius_min/max/step around the estimated nucleus radius and
/// synth.count 0 with synth.foreground_fraction from the estimated density (times synth.like_density),
/// the GAN's domain A density gan.foreground_fraction (times gan.like_density; not when the user gave
/// synth.count or synth.foreground_fraction), and stage 5's marker
/// height postprocess.h at a tenth of the radius (it splits touching nuclei of that size), the blur of
/// I_seg that weights its distance map (postprocess.probability_sigma) at a quarter of it, and its
/// smallest nucleus postprocess.min_size at a tenth of a typical nucleus's voxels (at least the
/// schema's default; specks and polar bodies go), and the synthetic microscope's background and
/// photon count (microscope.background, microscope.photons) so that its pictures' background looks
/// as bright and as noisy next to the nuclei as the image's (run/BackgroundMatching.h; neither is
/// changed when the user set one of them), and the
/// nuclei's apparent axial elongation as synth.axial_elongation and postprocess.axial_elongation
/// (the synthetic nuclei and stage 5 then see them as tall as the image shows them). Parameters the user
/// gave explicitly (`keep(name)` true) are left alone. Throws Error when no nucleus is found.
SynthesisShape shapeSynthesisLike(ParameterSet& parameters, const Volume<float>& image, bool estimateSize,
                                  const std::function<bool(const std::string&)>& keep = {},
                                  const Progress& progress = {});

} // namespace nuclei3d
