#pragma once
// Internal (includes torch): LibTorch's CPU thread count and the compute device, chosen once.
#include <torch/torch.h>

namespace nuclei3d {

/// Sets LibTorch's intra-op threads to nuclei3d::threadCount() (Debian's build defaults to one).
void applyTorchThreads();

/// Where networks run, by general.device (computeDevice()): auto takes CUDA when this LibTorch has
/// it and a GPU is present, otherwise the CPU; cuda without either is an Error.
torch::Device defaultTorchDevice();

} // namespace nuclei3d
