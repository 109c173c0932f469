#pragma once
// Settings of the non-GAN synthetic microscope (parameters microscope.*), as plain data.
#include "pipeline/ParameterSet.h"

#include <cstdint>

namespace nuclei3d {

struct MicroscopeSettings {
    double background = 0.08;     ///< fraction of full scale
    double signal = 0.6;          ///< mean nucleus brightness, fraction of full scale
    double betweenNucleiCv = 0.5; ///< the schema's default (see its reason there)
    double withinNucleusCv = 0.15;
    double textureSigma = 1.5;    ///< voxels: grain of the chromatin texture (ours, fixed)
    double psfSigma = 2.0;        ///< voxels: PSF blur (synth.blur_sigma)
    double photons = 200.0;       ///< expected photons at full scale
    double readNoise = 0.01;      ///< Gaussian sigma, fraction of full scale
    double zAttenuation = 0.0;    ///< per slice
    double haze = 0.0;            ///< glow around the nuclei, as a fraction of the mean nucleus signal
    double hazeSigma = 8.0;       ///< voxels: reach of the glow
    std::uint64_t seed = 1;
};

/// microscope.* plus synth.blur_sigma (the PSF) and synth.seed.
MicroscopeSettings microscopeSettingsFrom(const ParameterSet& parameters);

} // namespace nuclei3d
