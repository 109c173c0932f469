#include "gan/Realism.h"

#include "pipeline/Error.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace nuclei3d {

std::vector<double> intensityHistogram(const Volume<float>& v, std::size_t bins) {
    std::vector<double> h(bins, 0.0);
    if (v.voxelCount() == 0 || bins == 0)
        return h;
    for (std::size_t i = 0; i < v.voxelCount(); ++i) {
        const double x = std::clamp(static_cast<double>(v[i]), 0.0, 1.0);
        h[std::min(bins - 1, static_cast<std::size_t>(x * double(bins)))] += 1.0;
    }
    for (double& x : h)
        x /= double(v.voxelCount());
    return h;
}

std::vector<double> radialPowerSpectrum(const Volume<float>& v, std::size_t window) {
    const Shape s = v.shape();
    if (window < 4 || s.x < window || s.y < window)
        throw Error("power spectrum: the volume is smaller than one " + std::to_string(window) + " pixel window");
    const auto n = static_cast<std::int64_t>(window);
    std::vector<torch::Tensor> tiles;
    for (std::size_t z = 0; z < s.z; ++z)
        for (std::size_t y0 = 0; y0 + window <= s.y; y0 += window)
            for (std::size_t x0 = 0; x0 + window <= s.x; x0 += window) {
                torch::Tensor t = torch::empty({n, n}, torch::kFloat);
                float* dst = t.data_ptr<float>();
                for (std::size_t y = 0; y < window; ++y) {
                    const float* src = &v.at(x0, y0 + y, z);
                    std::copy(src, src + window, dst + y * window);
                }
                tiles.push_back(t);
            }
    torch::Tensor stack = torch::stack(tiles).to(torch::kDouble);
    stack = stack - stack.mean({1, 2}, true);
    const torch::Tensor power = torch::fft::fft2(stack).abs().pow(2).mean(0); // [n, n]
    const auto half = window / 2;
    std::vector<double> sum(half + 1, 0.0), count(half + 1, 0.0);
    const double* p = power.contiguous().data_ptr<double>();
    for (std::int64_t ky = 0; ky < n; ++ky)
        for (std::int64_t kx = 0; kx < n; ++kx) {
            const double fy = double(ky <= n / 2 ? ky : ky - n), fx = double(kx <= n / 2 ? kx : kx - n);
            const auto r = static_cast<std::size_t>(std::lround(std::sqrt(fx * fx + fy * fy)));
            if (r <= half) {
                sum[r] += p[ky * n + kx];
                count[r] += 1.0;
            }
        }
    double total = 0.0;
    for (std::size_t r = 0; r <= half; ++r) {
        sum[r] = count[r] > 0 ? sum[r] / count[r] : 0.0;
        if (r >= 1)
            total += sum[r];
    }
    for (double& x : sum)
        x = total > 0 ? x / total : 0.0;
    return sum;
}

RealismFigures compareRealism(const Volume<float>& synthetic, const std::vector<Volume<float>>& real,
                              std::size_t window) {
    if (real.empty())
        throw Error("realism check: no real volume");
    RealismFigures f;
    const std::vector<double> hs = intensityHistogram(synthetic);
    std::vector<double> hr(hs.size(), 0.0);
    for (const auto& r : real) {
        const std::vector<double> h = intensityHistogram(r);
        for (std::size_t i = 0; i < h.size(); ++i)
            hr[i] += h[i] / double(real.size());
    }
    for (std::size_t i = 0; i < hs.size(); ++i)
        f.histogramDistance += 0.5 * std::abs(hs[i] - hr[i]);

    const std::vector<double> ss = radialPowerSpectrum(synthetic, window);
    std::vector<double> sr(ss.size(), 0.0);
    for (const auto& r : real) {
        const std::vector<double> s = radialPowerSpectrum(r, window);
        for (std::size_t i = 0; i < s.size(); ++i)
            sr[i] += s[i] / double(real.size());
    }
    // A floor keeps an empty frequency band (a constant image) from giving log(0).
    constexpr double floor = 1e-12;
    for (std::size_t i = 1; i < ss.size(); ++i)
        f.spectrumDistance += std::abs(std::log10(ss[i] + floor) - std::log10(sr[i] + floor));
    f.spectrumDistance /= double(ss.size() - 1);
    return f;
}

} // namespace nuclei3d
