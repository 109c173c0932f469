#pragma once
// Internal (includes torch): the networks of METHOD.md stage 2. All work on 2D slices [N, C, H, W]
// with intensities in [-1, 1]:
// - ResnetGenerator: G1 (A -> B), G2 (B -> A), the predictors P1, P2 (S slices stacked as channels
//   -> the next slice) and the SpCycleGAN segmentor. 7x7 stem, stride-2 downsampling, residual
//   blocks, nearest upsampling + 3x3 convolution (no transposed convolution: no checkerboard, and
//   the op stays on oneDNN), instance normalisation, tanh output.
// - PatchDiscriminator: D1 (judges A slices), D2 (judges B slices); least-squares patch scores.
// Convolutions go through oneDNN on the CPU (LibTorch 1.13 sends small-batch convolutions to a slow
// reference path otherwise, see unet/FastConv.h).
#include "gan/GanConfig.h"

#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

namespace nuclei3d {

class GanConvImpl : public torch::nn::Module {
public:
    GanConvImpl(std::int64_t in, std::int64_t out, std::int64_t kernel, std::int64_t stride, std::int64_t padding);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::Conv2d m_conv{nullptr};
    std::int64_t m_stride;
    std::int64_t m_padding;
};
TORCH_MODULE(GanConv);

class ResidualBlockImpl : public torch::nn::Module {
public:
    explicit ResidualBlockImpl(std::int64_t channels);
    torch::Tensor forward(const torch::Tensor& x);

private:
    GanConv m_conv1{nullptr};
    GanConv m_conv2{nullptr};
};
TORCH_MODULE(ResidualBlock);

class ResnetGeneratorImpl : public torch::nn::Module {
public:
    ResnetGeneratorImpl(std::int64_t inChannels, std::int64_t outChannels, std::int64_t filters,
                        int downsamplings, int blocks);
    /// x: [N, inChannels, H, W], H and W multiples of 2^downsamplings; returns [N, outChannels, H, W].
    torch::Tensor forward(const torch::Tensor& x);

private:
    GanConv m_stem{nullptr};
    std::vector<GanConv> m_down;
    std::vector<ResidualBlock> m_blocks;
    std::vector<GanConv> m_up;
    GanConv m_head{nullptr};
};
TORCH_MODULE(ResnetGenerator);

class PatchDiscriminatorImpl : public torch::nn::Module {
public:
    PatchDiscriminatorImpl(std::int64_t inChannels, std::int64_t filters, int layers);
    /// x: [N, inChannels, H, W]; returns one score per patch [N, 1, h, w].
    torch::Tensor forward(const torch::Tensor& x);

private:
    std::vector<GanConv> m_layers;
    std::vector<bool> m_normalise;
    GanConv m_head{nullptr};
};
TORCH_MODULE(PatchDiscriminator);

/// The networks of one mode (predictors only in the Recycle-GAN modes, the segmentor only in
/// SpCycleGAN), created on `device` from torch's global generator seeded with `seed`.
struct GanNetworks {
    GanNetworks(const GanNetworkConfig& config, std::uint64_t seed, torch::Device device);
    GanNetworkConfig config;
    ResnetGenerator g1{nullptr}, g2{nullptr}, p1{nullptr}, p2{nullptr}, segmentor{nullptr};
    PatchDiscriminator d1{nullptr}, d2{nullptr};

    /// (name, module) of every network present: G1, G2, P1, P2, S, D1, D2.
    std::vector<std::pair<std::string, torch::nn::Module*>> all();
    std::vector<torch::Tensor> generatorParameters();     ///< G1, G2, P1, P2, segmentor
    std::vector<torch::Tensor> discriminatorParameters(); ///< D1, D2
};

/// [S, 1, H, W] slices -> [1, S, H, W]: consecutive slices stacked as channels for a predictor.
torch::Tensor stackSlices(const torch::Tensor& slices);

} // namespace nuclei3d
