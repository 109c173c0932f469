// bench_unet [threads] [base] [depth]: prints benchmarkUnet()'s line, for side-by-side runs with
// ../shared/peers/unet3d_torch.py until `nuclei3d-cli bench unet` calls the same function.
#include "pipeline/Parallel.h"
#include "unet/UnetBenchmark.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    nuclei3d::setThreadCount(argc > 1 ? std::atoi(argv[1]) : 2);
    const int base = argc > 2 ? std::atoi(argv[2]) : 16;
    const int depth = argc > 3 ? std::atoi(argv[3]) : 4;
    std::printf("%s\n", nuclei3d::benchmarkUnet(depth, base).c_str());
    return 0;
}
