#include "unet/TorchThreads.h"

#include "unet/ComputeBackend.h"

#include "pipeline/Error.h"
#include "pipeline/GeneralSettings.h"
#include "pipeline/Parallel.h"

namespace nuclei3d {

void applyTorchThreads() {
    const int threads = threadCount();
    if (torch::get_num_threads() != threads)
        torch::set_num_threads(threads);
}

torch::Device defaultTorchDevice() {
    const bool cuda = torch::cuda::is_available();
    switch (computeDevice()) {
    case ComputeDevice::Cpu:
        return torch::Device(torch::kCPU);
    case ComputeDevice::Cuda:
        if (!cuda)
            throw Error("general.device is cuda, but this build of LibTorch has no CUDA or no GPU is visible; "
                        "choose auto or cpu");
        return torch::Device(torch::kCUDA);
    case ComputeDevice::Auto:
        break;
    }
    return cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

bool networksRunOnGpu() { return defaultTorchDevice().is_cuda(); }

} // namespace nuclei3d
