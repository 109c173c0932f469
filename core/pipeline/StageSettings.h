#pragma once
// Turns a validated ParameterSet into the plain settings structs the stages take, so that stage
// code never looks parameters up by name (and stays testable with hand-made settings).
#include "pipeline/ParameterSet.h"
#include "synth/SynthSettings.h"
#include "volume/Shape.h"
#include "volume/Spacing.h"

namespace nuclei3d {

SynthSettings synthSettingsFrom(const ParameterSet& parameters);

/// Puts a real volume's size and voxel size into the synth.* parameters (what --like does).
void adoptVolumeGeometry(ParameterSet& parameters, const Shape& shape, const Spacing& spacing);

} // namespace nuclei3d
