#include "gan/GanLosses.h"

#include "filters/DistanceTransform.h"
#include "gan/GanNetworks.h"

#include <cmath>

namespace nuclei3d {

torch::Tensor lsganGeneratorLoss(const torch::Tensor& fake) { return (fake - 1.0).pow(2).mean(); }

torch::Tensor lsganDiscriminatorLoss(const torch::Tensor& real, const torch::Tensor& fake) {
    return 0.5 * ((real - 1.0).pow(2).mean() + fake.pow(2).mean());
}

torch::Tensor l1Loss(const torch::Tensor& a, const torch::Tensor& b) { return (a - b).abs().mean(); }

torch::Tensor recurrentLoss(const SliceNet& predictor, const torch::Tensor& run) {
    const std::int64_t s = run.size(0) - 1;
    return l1Loss(predictor(stackSlices(run.slice(0, 0, s))), run.slice(0, s, s + 1));
}

torch::Tensor recycleLoss(const torch::Tensor& mappedRun, const SliceNet& predictor, const SliceNet& back,
                          const torch::Tensor& run) {
    const std::int64_t s = run.size(0) - 1;
    return l1Loss(back(predictor(stackSlices(mappedRun.slice(0, 0, s)))), run.slice(0, s, s + 1));
}

torch::Tensor geometryLoss(const torch::Tensor& generated, const torch::Tensor& reference) {
    // Stride 1 with zero padding keeps the size; count_include_pad false keeps edges unbiased.
    const torch::Tensor smooth = torch::avg_pool2d(generated, {5, 5}, {1, 1}, {2, 2}, false, false);
    const torch::Tensor g = smooth - smooth.mean();
    const torch::Tensor r = reference - reference.mean();
    // The epsilon under the root keeps a constant side at correlation 0 (loss 1) instead of 0/0, and
    // its gradient finite (the root's slope at 0 is infinite: a constant G1 output would turn every
    // weight into NaN).
    const torch::Tensor correlation = (g * r).mean() / (g.pow(2).mean() * r.pow(2).mean() + 1e-12).sqrt();
    return 1.0 - correlation;
}

torch::Tensor boundaryDistance(const torch::Tensor& mask) {
    const torch::Tensor m = mask.detach().to(torch::kCPU).to(torch::kUInt8).contiguous();
    const std::int64_t n = m.size(0), h = m.size(2), w = m.size(3);
    torch::Tensor out = torch::zeros({n, 1, h, w}, torch::kFloat);
    const std::size_t pixels = static_cast<std::size_t>(h * w);
    for (std::int64_t i = 0; i < n; ++i) {
        const std::uint8_t* src = m[i].data_ptr<std::uint8_t>();
        Volume<std::uint8_t> inside(Shape{static_cast<std::size_t>(w), static_cast<std::size_t>(h), 1});
        Volume<std::uint8_t> outside(inside.shape());
        std::size_t count = 0;
        for (std::size_t k = 0; k < pixels; ++k) {
            inside[k] = src[k] ? 1 : 0;
            outside[k] = src[k] ? 0 : 1;
            count += inside[k];
        }
        if (count == 0 || count == pixels)
            continue; // no boundary in this slice
        const Volume<float> dIn = distanceTransform(inside, Spacing{});
        const Volume<float> dOut = distanceTransform(outside, Spacing{});
        float* dst = out[i].data_ptr<float>();
        for (std::size_t k = 0; k < pixels; ++k)
            dst[k] = dIn[k] + dOut[k];
    }
    return out.to(mask.device());
}

torch::Tensor contourLoss(const torch::Tensor& p, const torch::Tensor& q) {
    torch::Tensor weight;
    {
        torch::NoGradGuard noGrad;
        const torch::Tensor dq = boundaryDistance(q > 0.5);
        const torch::Tensor dp = boundaryDistance(p.detach() > 0.5);
        weight = dq * dq + dp * dp;
    }
    return torch::sqrt(((p - q).pow(2) * weight).mean() + 1e-8);
}

} // namespace nuclei3d
