#pragma once
// How big the nuclei in a raw fluorescence volume are, without any annotation: the size the
// classical baseline's smoothing and marker height are derived from when they are set to auto
// (docs/ACCURACY.md's rule of thumb: sigma about a tenth, h about a twentieth of the diameter).
//
// Method (granulometry by watershed, two passes): smooth, Otsu's threshold, spacing-aware distance
// to the background, h-maxima markers, watershed of the inverted distance within the mask, and the
// median equivalent radius of the regions. The first pass only sets the scale of the second: with a
// smoothing of one finest voxel it takes the median inscribed radius (the distance-map maxima); the
// second smooths with 0.3 and sets h to 0.1 of that radius, so that texture and noise are averaged
// at the nuclei's own scale and touching nuclei are still split. Otsu's level lies inside the faint
// rim that annotators draw, so on bbbc050 the estimate is about 8 % under the annotated size. Everything is physical
// (micrometres per axis), so anisotropic voxels are handled throughout.
//
// The same regions also give the apparent axial elongation: how many times longer along z than
// across the nuclei look in this image. Randomly oriented nuclei average out to 1; a microscope's
// axial PSF, several times longer than its lateral one, stretches every nucleus along z, and the
// annotators draw that stretched outline (on bbbc050 about 1.85 times as tall as wide). Otsu's
// level cuts the axial ramp short, so each region is first grown into its watershed basin of the
// smoothed image and cut at 15 % of its own height above the basin's floor, near where annotators stop.
#include "pipeline/Progress.h"
#include "volume/Spacing.h"
#include "volume/Volume.h"

#include <cstddef>

namespace nuclei3d {

struct NucleusSizeEstimate {
    double radiusUm = 0.0;          ///< median equivalent radius, micrometres (voxels when the spacing is unknown)
    double radiusVoxels[3] = {};    ///< the same radius in voxels along z, y, x
    std::size_t nucleiSeen = 0;     ///< regions the median was taken over
    /// Median over the regions of sqrt(var_z / mean(var_x, var_y)) of their voxel positions in
    /// micrometres: 1 for round nuclei, 2 when they look twice as tall as wide.
    double axialElongation = 1.0;
};

/// Estimates the typical nucleus radius of `image` (bright nuclei on a darker background) with the
/// given voxel size (spacing.known == false means 1 x 1 x 1: the result is then in voxels). The
/// image is not changed. Throws Error for an empty volume, a flat one (no two distinct finite
/// values) or one where no foreground region is found, and for a non-positive spacing; Cancelled
/// when progress asks to stop. Memory: about 14 bytes per voxel. Time: about 0.1 s per million
/// voxels on two cores.
/// `measureElongation` false leaves axialElongation at 1 and skips its cost, a blur and an unmasked
/// watershed of the whole volume: about 0.11 s per million voxels more (`pairs --like` on a
/// 512 x 512 x 415 volume, reading included, 2 threads: 17.2 s without it, 29.6 s with it).
NucleusSizeEstimate estimateNucleusSize(const Volume<float>& image, const Spacing& spacing,
                                        const Progress& progress = {}, bool measureElongation = true);

} // namespace nuclei3d
