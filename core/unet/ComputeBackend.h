#pragma once
// What a front end may ask about the compute device without including LibTorch's headers.

namespace nuclei3d {

/// Whether networks run on a GPU under the current general.device (computeDevice()). Error for
/// cuda without CUDA, so a front end can refuse before any work starts.
bool networksRunOnGpu();

} // namespace nuclei3d
