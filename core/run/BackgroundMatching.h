#pragma once
// The synthetic microscope's background level matched to a real volume's. The U-Nets see every
// volume after the same percentile normalisation, and what a nucleus is to them depends on how
// bright the space between nuclei is next to the nuclei: a network trained on black backgrounds
// calls the grey, textured background of a confocal volume such as GoNuclear's nucleus everywhere
// (docs/ACCURACY.md, fourth round: 87-98 objects for 52 nuclei, F1 at IoU 0.5 of 0.24; with the
// background matched, 0.52-0.59).
#include "pipeline/Progress.h"
#include "synth/MicroscopeSettings.h"
#include "synth/SynthSettings.h"
#include "volume/Volume.h"

namespace nuclei3d {

/// How the background of `image` looks next to its nuclei, after the normalisation the U-Nets use
/// (lowPercent -> 0, highPercent -> 1). Nucleus voxels are those above Otsu's threshold of the
/// image smoothed by one voxel; the rest is background.
struct BackgroundLook {
    double level = 0.0; ///< median background voxel over median nucleus voxel: 0 black, near 1 when nuclei barely stand out
    double noise = 0.0; ///< standard deviation of the background voxels over the median nucleus voxel
};

/// Measures BackgroundLook. Throws Error for an empty or flat volume; honours cancel.
BackgroundLook measureBackgroundLook(const Volume<float>& image, double lowPercent = 1.0, double highPercent = 99.8,
                                     const Progress& progress = {});

/// What matchBackground found.
struct BackgroundMatch {
    double background = 0.0; ///< microscope.background
    double photons = 0.0;    ///< microscope.photons
    BackgroundLook look;     ///< the synthetic pictures' look at these settings
};

/// The microscope background (from the given one up to 0.9 of full scale) and photon count (from 1 up
/// to the given one) at which the synthetic microscope's pictures of nuclei placed by `synth` look
/// like `target`. The given settings are a floor, never made darker or less noisy: a U-Net trained
/// on the clean, black pictures that bbbc050's dark backgrounds would call for found nothing on the
/// real volumes (docs/ACCURACY.md, fourth round: F1 0.01), while the default microscope's noise
/// works there. The level
/// grows with the background, the noise falls with the photons, and each also moves the other
/// measure (a noisier picture's 1st percentile lies lower, so its background looks brighter), so
/// both are found by alternating bisections over simulated volumes of at most 64^3 voxels. Every
/// other microscope setting is used as given; a target out of reach ends at the nearest end of the
/// ranges (the given settings for a background darker and cleaner than theirs). Time: about a second on two cores. Throws Error for invalid settings; honours cancel.
BackgroundMatch matchBackground(SynthSettings synth, MicroscopeSettings microscope, const BackgroundLook& target,
                                double lowPercent = 1.0, double highPercent = 99.8, const Progress& progress = {});

} // namespace nuclei3d
