#include "pipeline/GeneralSettings.h"

#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <atomic>

namespace nuclei3d {
namespace {
std::atomic<ComputeDevice> g_device{ComputeDevice::Auto};
}

ComputeDevice computeDeviceFrom(const std::string& name) {
    if (name == "auto")
        return ComputeDevice::Auto;
    if (name == "cpu")
        return ComputeDevice::Cpu;
    if (name == "cuda")
        return ComputeDevice::Cuda;
    throw Error("general.device must be auto, cpu or cuda, not \"" + name + "\"");
}

void setComputeDevice(ComputeDevice device) { g_device.store(device); }

ComputeDevice computeDevice() { return g_device.load(); }

void applyGeneralParameters(const ParameterSet& parameters) {
    setThreadCount(static_cast<int>(parameters.integer("general.threads")));
    setComputeDevice(computeDeviceFrom(parameters.text("general.device")));
}

} // namespace nuclei3d
