#include "unet/UnetBenchmark.h"

#include "unet/TorchThreads.h"
#include "unet/UNet3d.h"

#include <chrono>
#include <cstdio>

namespace nuclei3d {
namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

std::string benchmarkUnet(int depth, int baseFilters, const Progress& progress) {
    applyTorchThreads();
    const torch::Device device = defaultTorchDevice();
    torch::manual_seed(0);
    UNetConfig config;
    config.depth = depth;
    config.baseFilters = baseFilters;
    UNet3d net(config);
    net->to(device);
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(1e-4));
    const torch::Tensor x = torch::rand({2, 1, 64, 64, 64}).to(device);
    const torch::Tensor y = (torch::rand({2, 1, 64, 64, 64}) > 0.5).to(torch::kFloat).to(device);
    auto step = [&] {
        optimizer.zero_grad();
        torch::binary_cross_entropy_with_logits(net->forward(x), y).backward();
        optimizer.step();
    };
    progress.report(0.0, "U-Net training warm-up");
    step();
    const int steps = 3;
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < steps; ++i) {
        progress.report(0.1 + 0.6 * i / steps, "U-Net training step");
        step();
    }
    if (device.is_cuda())
        torch::cuda::synchronize();
    const double trainStep = secondsSince(start) / steps;

    net->eval();
    double inference = 0.0;
    {
        torch::InferenceMode guard;
        const torch::Tensor v = torch::rand({1, 1, 128, 128, 128}).to(device);
        progress.report(0.7, "U-Net inference warm-up");
        net->forward(v);
        progress.report(0.85, "U-Net inference");
        start = std::chrono::steady_clock::now();
        torch::Tensor out = net->forward(v);
        if (device.is_cuda())
            torch::cuda::synchronize();
        inference = secondsSince(start);
    }
    progress.report(1.0, "U-Net benchmark done");
    char line[320];
    std::snprintf(line, sizeof line,
                  "train_step_s=%.3f train_voxels_per_s=%.0f infer128_s=%.3f infer_voxels_per_s=%.0f "
                  "threads=%d base=%d depth=%d device=%s",
                  trainStep, 2.0 * 64 * 64 * 64 / trainStep, inference, 128.0 * 128 * 128 / inference,
                  torch::get_num_threads(), baseFilters, depth, device.is_cuda() ? "cuda" : "cpu");
    return line;
}

} // namespace nuclei3d
