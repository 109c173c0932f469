#pragma once
// Stage 5 measurements: position, size, shape and intensity of every nucleus of an instance label
// volume, for the CSV a user analyses (see postprocess/MeasurementsCsv.h).
//
// Physical units come from the label volume's spacing (micrometres). A volume without calibration
// (Spacing::known false) has spacing 1, so its "micrometre" figures are in voxels.
//
// Shape: the covariance matrix of the nucleus treats every voxel as a solid box of the voxel's size
// (the point covariance of the voxel centres plus spacing^2 / 12 on the diagonal). A solid
// ellipsoid of semi-axis a has variance a^2 / 5 along it, so semi-axis = sqrt(5 * eigenvalue). The
// box term makes digitised balls come out at their true radius and gives a one-voxel nucleus a
// finite shape (roundness 1 on isotropic voxels) instead of a zero division.
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace nuclei3d {

struct NucleusMeasurement {
    std::uint32_t id = 0;
    std::array<double, 3> centroidVoxels{};      // z, y, x; voxel centres at integer coordinates
    std::array<double, 3> centroidMicrometres{}; // z, y, x; centroidVoxels times the spacing
    std::uint64_t volumeVoxels = 0;
    double volumeCubicMicrometres = 0.0;
    double equivalentDiameterMicrometres = 0.0;  // of the sphere of the same volume
    std::array<double, 3> semiAxesMicrometres{}; // principal semi-axes, largest first
    double roundness = 0.0;                      // smallest / largest semi-axis: 1 for a sphere
    bool hasIntensity = false;                   // false when no intensity volume was given
    double meanIntensity = 0.0;
    float minIntensity = 0.0f;
    float maxIntensity = 0.0f;
    std::string className;      // empty when no class was given for this id
    bool touchesBorder = false; // a voxel on one of the volume's six faces
};

struct MeasurementInputs {
    /// Optional: the input microscopy volume, same size as the labels.
    const Volume<float>* intensity = nullptr;
    /// Optional: (*classOfLabel)[id] is the class name of nucleus id (index 0, background, is
    /// unused); ids past the end or empty names leave the class empty.
    const std::vector<std::string>* classOfLabel = nullptr;
};

/// One entry per non-zero label present, sorted by id. Label 0 is background. Throws Error when
/// the intensity volume's size differs from the labels'; Cancelled when progress is cancelled.
/// Uses up to threadCount() threads; the result is bit-identical on any thread count.
std::vector<NucleusMeasurement> measureNuclei(const Volume<std::uint32_t>& labels,
                                              const MeasurementInputs& inputs = {},
                                              const Progress& progress = {});

} // namespace nuclei3d
