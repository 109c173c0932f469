#pragma once
// A realism check that needs no ground truth (issue 5): how close the synthetic microscopy I_syn is
// to the real volume in its intensity distribution and in its texture.
// - Histogram distance: total variation distance (half the L1 distance, 0 = same, 1 = disjoint)
//   between 64-bin intensity histograms on [0, 1].
// - Power spectrum distance: the radially averaged power spectrum of mean-subtracted square xy
//   windows, normalised to sum 1 and averaged over windows, compared as the mean absolute difference
//   of log10 power over the radii 1..window/2 (0 = same texture; 1 = a factor of 10 on average).
// Both volumes must be on the same 0..1 scale (the real one percentile-normalised).
#include "volume/Volume.h"

#include <cstddef>
#include <vector>

namespace nuclei3d {

struct RealismFigures {
    double histogramDistance = 0.0;
    double spectrumDistance = 0.0;
};

/// 64-bin histogram of values clamped to [0, 1], normalised to sum 1.
std::vector<double> intensityHistogram(const Volume<float>& volume, std::size_t bins = 64);
/// Radially averaged power spectrum over the window x window tiles of every xy slice (tiles from
/// the top-left corner, those that fit); radius r bins the frequencies with round(|k|) == r, for
/// r = 0..window/2; normalised to sum 1 over r >= 1. Error when no tile fits.
std::vector<double> radialPowerSpectrum(const Volume<float>& volume, std::size_t window);

RealismFigures compareRealism(const Volume<float>& synthetic, const std::vector<Volume<float>>& real,
                              std::size_t window);

} // namespace nuclei3d
