#include "unet/FastConv.h"

#include <ATen/Context.h>
#include <ATen/ops/mkldnn_convolution.h>

namespace nuclei3d {

bool useOneDnn(const torch::Tensor& x) {
    return x.device().is_cpu() && x.scalar_type() == torch::kFloat && at::hasMKLDNN() &&
           at::globalContext().userEnabledMkldnn();
}

torch::Tensor conv3dFast(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                         std::int64_t padding) {
    if (!useOneDnn(x))
        return torch::conv3d(x, weight, bias, 1, padding);
    const std::vector<std::int64_t> pad(3, padding);
    const std::vector<std::int64_t> one(3, 1);
    return at::mkldnn_convolution(x.contiguous(), weight.contiguous(), bias, pad, one, one, 1);
}

torch::Tensor upConv2Fast(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) {
    const std::int64_t n = x.size(0);
    const std::int64_t cout = weight.size(1);
    const std::int64_t d = x.size(2);
    const std::int64_t h = x.size(3);
    const std::int64_t w = x.size(4);
    // [Cin, Cout, a, b, c] -> [Cout*8, Cin, 1, 1, 1] with output channel co*8 + a*4 + b*2 + c.
    const torch::Tensor pointWeight =
        weight.permute({1, 2, 3, 4, 0}).reshape({cout * 8, weight.size(0), 1, 1, 1});
    const torch::Tensor pointBias = bias.defined() ? bias.repeat_interleave(8) : bias;
    const torch::Tensor y = conv3dFast(x, pointWeight, pointBias, 0);
    // [N, Cout, a, b, c, D, H, W] -> [N, Cout, D, a, H, b, W, c] -> [N, Cout, 2D, 2H, 2W]
    return y.view({n, cout, 2, 2, 2, d, h, w})
        .permute({0, 1, 5, 2, 6, 3, 7, 4})
        .reshape({n, cout, 2 * d, 2 * h, 2 * w});
}

} // namespace nuclei3d
