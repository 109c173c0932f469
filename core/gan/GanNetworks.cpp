#include "gan/GanNetworks.h"

#include "unet/FastConv.h"

#include <ATen/ops/mkldnn_convolution.h>

#include <algorithm>

namespace nuclei3d {
namespace {

namespace F = torch::nn::functional;

torch::Tensor reflectPad(const torch::Tensor& x, std::int64_t p) {
    return F::pad(x, F::PadFuncOptions({p, p, p, p}).mode(torch::kReflect));
}

torch::Tensor instanceNorm(const torch::Tensor& x) {
    // No affine parameters and no running statistics, as in CycleGAN: each slice is normalised on
    // its own in training and inference alike.
    return F::instance_norm(x, F::InstanceNormFuncOptions().eps(1e-5));
}

} // namespace

GanConvImpl::GanConvImpl(std::int64_t in, std::int64_t out, std::int64_t kernel, std::int64_t stride,
                         std::int64_t padding)
    : m_stride(stride), m_padding(padding) {
    m_conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                                           .stride(stride).padding(padding)));
    // CycleGAN's initialisation: N(0, 0.02) weights, zero bias.
    torch::NoGradGuard noGrad;
    m_conv->weight.normal_(0.0, 0.02);
    m_conv->bias.zero_();
}

torch::Tensor GanConvImpl::forward(const torch::Tensor& x) {
    if (!useOneDnn(x))
        return m_conv->forward(x);
    const std::vector<std::int64_t> pad(2, m_padding), stride(2, m_stride), one(2, 1);
    return at::mkldnn_convolution(x.contiguous(), m_conv->weight.contiguous(), m_conv->bias, pad, stride, one, 1);
}

ResidualBlockImpl::ResidualBlockImpl(std::int64_t channels) {
    m_conv1 = register_module("conv1", GanConv(channels, channels, 3, 1, 0));
    m_conv2 = register_module("conv2", GanConv(channels, channels, 3, 1, 0));
}

torch::Tensor ResidualBlockImpl::forward(const torch::Tensor& x) {
    torch::Tensor y = torch::relu(instanceNorm(m_conv1->forward(reflectPad(x, 1))));
    y = instanceNorm(m_conv2->forward(reflectPad(y, 1)));
    return x + y;
}

ResnetGeneratorImpl::ResnetGeneratorImpl(std::int64_t inChannels, std::int64_t outChannels, std::int64_t filters,
                                         int downsamplings, int blocks) {
    m_stem = register_module("stem", GanConv(inChannels, filters, 7, 1, 0));
    std::int64_t channels = filters;
    for (int i = 0; i < downsamplings; ++i, channels *= 2)
        m_down.push_back(register_module("down" + std::to_string(i), GanConv(channels, channels * 2, 3, 2, 1)));
    for (int i = 0; i < blocks; ++i)
        m_blocks.push_back(register_module("block" + std::to_string(i), ResidualBlock(channels)));
    for (int i = 0; i < downsamplings; ++i, channels /= 2)
        m_up.push_back(register_module("up" + std::to_string(i), GanConv(channels, channels / 2, 3, 1, 1)));
    m_head = register_module("head", GanConv(channels, outChannels, 7, 1, 0));
}

torch::Tensor ResnetGeneratorImpl::forward(const torch::Tensor& input) {
    torch::Tensor x = torch::relu(instanceNorm(m_stem->forward(reflectPad(input, 3))));
    for (auto& down : m_down)
        x = torch::relu(instanceNorm(down->forward(x)));
    for (auto& block : m_blocks)
        x = block->forward(x);
    for (auto& up : m_up) {
        x = F::interpolate(x, F::InterpolateFuncOptions()
                                  .scale_factor(std::vector<double>{2.0, 2.0})
                                  .mode(torch::kNearest));
        x = torch::relu(instanceNorm(up->forward(x)));
    }
    return torch::tanh(m_head->forward(reflectPad(x, 3)));
}

PatchDiscriminatorImpl::PatchDiscriminatorImpl(std::int64_t inChannels, std::int64_t filters, int layers) {
    // pix2pix's PatchGAN: 4x4 convolutions, stride 2 but in the last layer, width doubling up to 8x.
    std::int64_t channels = filters;
    m_layers.push_back(register_module("layer0", GanConv(inChannels, filters, 4, 2, 1)));
    m_normalise.push_back(false);
    for (int i = 1; i < layers; ++i) {
        const std::int64_t next = filters * std::min<std::int64_t>(std::int64_t{1} << i, 8);
        const std::int64_t stride = i < layers - 1 ? 2 : 1;
        m_layers.push_back(register_module("layer" + std::to_string(i), GanConv(channels, next, 4, stride, 1)));
        m_normalise.push_back(true);
        channels = next;
    }
    m_head = register_module("head", GanConv(channels, 1, 4, 1, 1));
}

torch::Tensor PatchDiscriminatorImpl::forward(const torch::Tensor& input) {
    torch::Tensor x = input;
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        x = m_layers[i]->forward(x);
        if (m_normalise[i])
            x = instanceNorm(x);
        x = F::leaky_relu(x, F::LeakyReLUFuncOptions().negative_slope(0.2));
    }
    return m_head->forward(x);
}

GanNetworks::GanNetworks(const GanNetworkConfig& c, std::uint64_t seed, torch::Device device) : config(c) {
    torch::manual_seed(seed);
    const std::int64_t gf = c.generatorFilters;
    g1 = ResnetGenerator(1, 1, gf, c.downsamplings, c.generatorBlocks);
    g2 = ResnetGenerator(1, 1, gf, c.downsamplings, c.generatorBlocks);
    d1 = PatchDiscriminator(1, c.discriminatorFilters, c.discriminatorLayers);
    d2 = PatchDiscriminator(1, c.discriminatorFilters, c.discriminatorLayers);
    if (usesPredictors(c.mode)) {
        p1 = ResnetGenerator(c.predictorSlices, 1, gf, c.downsamplings, c.generatorBlocks);
        p2 = ResnetGenerator(c.predictorSlices, 1, gf, c.downsamplings, c.generatorBlocks);
    }
    if (c.mode == GanMode::SpCycleGan)
        segmentor = ResnetGenerator(1, 1, gf, c.downsamplings, c.generatorBlocks);
    for (auto& [name, module] : all()) {
        (void)name;
        module->to(device);
        module->train();
    }
}

std::vector<std::pair<std::string, torch::nn::Module*>> GanNetworks::all() {
    std::vector<std::pair<std::string, torch::nn::Module*>> list{{"G1", g1.get()}, {"G2", g2.get()}};
    if (p1)
        list.emplace_back("P1", p1.get());
    if (p2)
        list.emplace_back("P2", p2.get());
    if (segmentor)
        list.emplace_back("S", segmentor.get());
    list.emplace_back("D1", d1.get());
    list.emplace_back("D2", d2.get());
    return list;
}

std::vector<torch::Tensor> GanNetworks::generatorParameters() {
    std::vector<torch::Tensor> out;
    for (const ResnetGenerator& net : {g1, g2, p1, p2, segmentor})
        if (net) // the networks a mode does not use are empty holders
            for (const auto& p : net->parameters())
                out.push_back(p);
    return out;
}

std::vector<torch::Tensor> GanNetworks::discriminatorParameters() {
    std::vector<torch::Tensor> out;
    for (auto* net : {d1.get(), d2.get()})
        for (const auto& p : net->parameters())
            out.push_back(p);
    return out;
}

torch::Tensor stackSlices(const torch::Tensor& slices) {
    return slices.reshape({1, slices.size(0), slices.size(2), slices.size(3)});
}

} // namespace nuclei3d
