#pragma once
// `nuclei3d-cli bench unet`: the speed of the U-Net measured the way ../shared/peers/unet3d_torch.py
// measures it, so that both can be run side by side: training steps (Adam, BCE with logits) on a
// batch of 2 random 64^3 patches, and eval-mode inference on one 128^3 volume.
#include "pipeline/Progress.h"

#include <string>

namespace nuclei3d {

/// Runs on threadCount() threads and the default device; returns one line
/// "train_step_s=... train_voxels_per_s=... infer128_s=... infer_voxels_per_s=... threads=... base=... depth=... device=...".
std::string benchmarkUnet(int depth = 4, int baseFilters = 16, const Progress& progress = {});

} // namespace nuclei3d
