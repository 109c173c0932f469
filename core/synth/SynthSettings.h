#pragma once
// Settings of stage 1 of METHOD.md (random ellipsoid nuclei), as plain data so that the stage can be
// driven by the parameter schema, the command line or a test alike.
#include "volume/Shape.h"
#include "volume/Spacing.h"

#include <cstddef>
#include <cstdint>

namespace nuclei3d {

struct SynthSettings {
    Shape shape{128, 128, 128};
    Spacing spacing;                 // micrometres per voxel; known == false => 1 um = 1 voxel
    std::size_t count = 300;         // nuclei to place; 0 => fill up to foregroundFraction
    double foregroundFraction = 0.1; // used only when count == 0
    // Semi-axes in micrometres, drawn from {min, min+step, ..., max} (integers by default).
    double radiusMin = 4.0;
    double radiusMax = 8.0;
    double radiusStep = 1.0;
    // Nuclei are stretched along z by this factor: the real data's nuclei look that much taller than
    // wide (axial PSF), and the labels must match how they look.
    double axialElongation = 1.0;
    double maxOverlap = 0.0; // fraction of a nucleus's voxels that may already belong to others
    int maxAttempts = 200;   // positions tried per nucleus before giving up on it
    double blurSigma = 2.0;  // PSF sigma in voxels for the blurred I_binary (0 = no blur)
    std::uint64_t seed = 1;
};

/// Throws Error with a message meant for the user when the settings cannot make a volume.
void validate(const SynthSettings& settings);

/// The voxel size synthesis works with: the calibration when known, otherwise 1 um per voxel.
Spacing effectiveSpacing(const SynthSettings& settings);

/// The voxel size the ellipsoids are drawn on: effectiveSpacing with z divided by the axial
/// elongation, so every nucleus comes out that many times taller along z.
Spacing placementSpacing(const SynthSettings& settings);

} // namespace nuclei3d
