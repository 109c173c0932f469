#include "unet/TorchThreads.h"

#include "pipeline/Parallel.h"

namespace nuclei3d {

void applyTorchThreads() {
    const int threads = threadCount();
    if (torch::get_num_threads() != threads)
        torch::set_num_threads(threads);
}

torch::Device defaultTorchDevice() {
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

} // namespace nuclei3d
