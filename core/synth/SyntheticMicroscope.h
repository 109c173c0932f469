#pragma once
// The non-GAN synthetic microscope: turns stage 1's nuclei into a plausible fluorescence volume
// (background, brightness varying between nuclei, smooth texture within them, the PSF blur,
// optional attenuation with depth and Poisson-Gaussian noise). It is the input side of the training
// pairs until the GAN exists, and stays as a baseline and an ablation afterwards.
//
// Deterministic: the same instances and settings give bit-identical output on any thread count.
#include "pipeline/Progress.h"
#include "synth/MicroscopeSettings.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

/// instances: I_instances (0 outside); nucleusCount: the largest id. Returns intensities where
/// 1 is full scale (not clamped: noise may leave values just below 0 or above 1).
Volume<float> simulateMicroscope(const Volume<std::uint32_t>& instances, std::size_t nucleusCount,
                                 const MicroscopeSettings& settings, const Progress& progress = {});

} // namespace nuclei3d
