#pragma once
// Internal (includes torch): the modified 3D U-Net of METHOD.md stage 3. Per level two blocks of
// Conv3d 3x3x3 + BatchNorm3d + ReLU; 2x2x2 max-pooling down; a 2x2x2 stride-2 transposed
// convolution up; encoder features concatenated into the decoder; a 1x1x1 head giving logits.
// Parameters live in ordinary torch::nn modules (so state dicts look like PyTorch's); the forward
// pass calls the oneDNN-routed convolutions of FastConv.h.
#include "unet/UNetConfig.h"

#include <torch/torch.h>

#include <vector>

namespace nuclei3d {

class ConvBlockImpl : public torch::nn::Module {
public:
    ConvBlockImpl(std::int64_t inChannels, std::int64_t outChannels);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Conv3d m_conv1{nullptr};
    torch::nn::BatchNorm3d m_norm1{nullptr};
    torch::nn::Conv3d m_conv2{nullptr};
    torch::nn::BatchNorm3d m_norm2{nullptr};
};
TORCH_MODULE(ConvBlock);

class UNet3dImpl : public torch::nn::Module {
public:
    explicit UNet3dImpl(const UNetConfig& config);
    /// x: [N, inChannels, D, H, W] with D, H, W multiples of config.sizeMultiple(); returns logits
    /// [N, outChannels, D, H, W].
    torch::Tensor forward(torch::Tensor x);
    const UNetConfig& config() const { return m_config; }

private:
    UNetConfig m_config;
    std::vector<ConvBlock> m_down;
    std::vector<torch::nn::ConvTranspose3d> m_up;
    std::vector<ConvBlock> m_decode;
    torch::nn::Conv3d m_head{nullptr};
};
TORCH_MODULE(UNet3d);

} // namespace nuclei3d
