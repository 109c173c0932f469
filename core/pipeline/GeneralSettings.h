#pragma once
// The "general" stage of the schema: how many CPU threads core/ and LibTorch use, and where the
// networks run. Both are process-wide (the CLI runs one command; the window's jobs share one
// choice), so they are applied once from the final parameters rather than passed to every stage.
#include "pipeline/ParameterSet.h"

#include <string>

namespace nuclei3d {

enum class ComputeDevice {
    Auto, ///< CUDA when this LibTorch has it and a GPU is visible, else the CPU
    Cpu,
    Cuda, ///< CUDA or a clear error, never a silent fall-back to the CPU
};

ComputeDevice computeDeviceFrom(const std::string& name); ///< "auto", "cpu" or "cuda"; Error otherwise
void setComputeDevice(ComputeDevice device);
ComputeDevice computeDevice();

/// general.threads (setThreadCount) and general.device (setComputeDevice) for the work that follows.
void applyGeneralParameters(const ParameterSet& parameters);

} // namespace nuclei3d
