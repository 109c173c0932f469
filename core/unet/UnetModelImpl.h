#pragma once
// Internal (includes torch): what a UnetModel holds.
#include "unet/UNet3d.h"
#include "unet/UnetModel.h"

#include <limits>
#include <string>

namespace nuclei3d {

struct UnetModel::Impl {
    Impl(const UNetConfig& c, UnetTask t) : config(c), task(t), net(c), device(torch::kCPU) {}
    UNetConfig config;
    UnetTask task;
    UNet3d net;
    torch::Device device;
    double percentileLow = 1.0;
    double percentileHigh = 99.8;
    double inputCeiling = std::numeric_limits<double>::infinity();
    std::string parametersJson;
};

/// Stores / restores everything but the optimizer: shared by model files and training checkpoints.
void writeModelArchive(const UnetModel& model, torch::serialize::OutputArchive& archive);
/// Throws FileError naming `file` for a missing key, a wrong format or mismatched tensors.
UnetModel readModelArchive(torch::serialize::InputArchive& archive, const std::filesystem::path& file);

} // namespace nuclei3d
