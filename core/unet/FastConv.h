#pragma once
// Internal (includes torch): the convolutions of the U-Net, routed so that they stay on oneDNN on
// the CPU. LibTorch 1.13's dispatcher sends batch-1 convolutions of few channels, 1x1x1 kernels and
// every transposed convolution to a slow reference path (3-5 GFLOP/s here, against 90-250 GFLOP/s
// for oneDNN on the same shapes). On CUDA, or where oneDNN is missing, the ordinary ops are used.
#include <torch/torch.h>

namespace nuclei3d {

/// True when x may take the direct oneDNN path (CPU, float, oneDNN compiled in and enabled).
bool useOneDnn(const torch::Tensor& x);

/// Conv3d with stride 1 and the given zero padding; weight [Cout, Cin, k, k, k], bias [Cout].
torch::Tensor conv3dFast(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                         std::int64_t padding);

/// Exactly torch::conv_transpose3d(x, weight, bias, stride 2) for a 2x2x2 kernel (weight
/// [Cin, Cout, 2, 2, 2]): as the kernel and stride are equal, each input voxel writes its own 2x2x2
/// output block, so the op is a 1x1x1 convolution to Cout*8 channels followed by a "pixel shuffle"
/// that moves the 8 sub-positions into space.
torch::Tensor upConv2Fast(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias);

} // namespace nuclei3d
