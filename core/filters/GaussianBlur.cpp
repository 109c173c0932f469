#include "filters/GaussianBlur.h"

#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>

namespace nuclei3d {
namespace {

// Positions -r .. n-1+r of a line of n voxels mapped into [0, n) by mirroring about the outer voxel
// faces. The pattern repeats every 2n, so a line shorter than the kernel folds as often as needed.
std::vector<std::size_t> mirroredIndices(std::size_t n, std::size_t r) {
    std::vector<std::size_t> indices(n + 2 * r);
    const auto period = static_cast<std::int64_t>(2 * n);
    for (std::size_t j = 0; j < indices.size(); ++j) {
        std::int64_t m = (static_cast<std::int64_t>(j) - static_cast<std::int64_t>(r)) % period;
        if (m < 0)
            m += period;
        if (m >= static_cast<std::int64_t>(n))
            m = period - 1 - m;
        indices[j] = static_cast<std::size_t>(m);
    }
    return indices;
}

// The two row kernels every pass is built from. They run over whole contiguous rows so the compiler
// vectorises them, and each output value is summed in the same order (centre, then pairs k = 1..r)
// in every pass, so the bits never depend on how the work was split between threads.
void startRow(float* out, const float* centre, float weight, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = weight * centre[i];
}

void addPair(float* out, const float* before, const float* after, float weight, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] += weight * (before[i] + after[i]);
}

// Blurs `count` rows of `length` floats stored back to back in `rows` across the row index (the
// blur runs along y or z while whole x-rows are accumulated), writing row i to out + i * outStride.
void blurAcrossRows(const float* rows, std::size_t count, std::size_t length,
                    const std::vector<float>& weights, const std::vector<std::size_t>& mirror, float* out,
                    std::size_t outStride) {
    const std::size_t r = weights.size() - 1;
    for (std::size_t i = 0; i < count; ++i) {
        float* target = out + i * outStride;
        startRow(target, rows + i * length, weights[0], length);
        for (std::size_t k = 1; k <= r; ++k)
            addPair(target, rows + mirror[i + r - k] * length, rows + mirror[i + r + k] * length, weights[k],
                    length);
    }
}


void blurX(Volume<float>& v, const std::vector<float>& weights, const Progress& progress) {
    const std::size_t nx = v.sizeX(), ny = v.sizeY(), r = weights.size() - 1;
    const std::vector<std::size_t> mirror = mirroredIndices(nx, r);
    parallelForReporting(v.sizeZ(), progress, "blurring along x", [&](std::size_t z0, std::size_t z1) {
        std::vector<float> padded(nx + 2 * r); // the row with its mirrored margins
        for (std::size_t z = z0; z < z1; ++z)
            for (std::size_t y = 0; y < ny; ++y) {
                float* row = v.slice(z) + y * nx;
                for (std::size_t j = 0; j < padded.size(); ++j)
                    padded[j] = row[mirror[j]];
                const float* centre = padded.data() + r;
                startRow(row, centre, weights[0], nx);
                for (std::size_t k = 1; k <= r; ++k)
                    addPair(row, centre - k, centre + k, weights[k], nx);
            }
    });
}

void blurY(Volume<float>& v, const std::vector<float>& weights, const Progress& progress) {
    const std::size_t nx = v.sizeX(), ny = v.sizeY();
    const std::vector<std::size_t> mirror = mirroredIndices(ny, weights.size() - 1);
    parallelForReporting(v.sizeZ(), progress, "blurring along y", [&](std::size_t z0, std::size_t z1) {
        std::vector<float> plane(nx * ny); // the slice's input, since the output overwrites it
        for (std::size_t z = z0; z < z1; ++z) {
            std::copy(v.slice(z), v.slice(z) + plane.size(), plane.begin());
            blurAcrossRows(plane.data(), ny, nx, weights, mirror, v.slice(z), nx);
        }
    });
}

void blurZ(Volume<float>& v, const std::vector<float>& weights, const Progress& progress) {
    const std::size_t nx = v.sizeX(), nz = v.sizeZ(), sliceSize = v.shape().sliceSize();
    const std::vector<std::size_t> mirror = mirroredIndices(nz, weights.size() - 1);
    parallelForReporting(v.sizeY(), progress, "blurring along z", [&](std::size_t y0, std::size_t y1) {
        // The xz plane at one y: its x-rows are gathered from every slice, then blurred across.
        std::vector<float> plane(nx * nz);
        for (std::size_t y = y0; y < y1; ++y) {
            float* first = v.data() + y * nx;
            for (std::size_t z = 0; z < nz; ++z)
                std::copy(first + z * sliceSize, first + z * sliceSize + nx,
                          plane.begin() + static_cast<std::ptrdiff_t>(z * nx));
            blurAcrossRows(plane.data(), nz, nx, weights, mirror, first, sliceSize);
        }
    });
}

void checkSigma(double sigma, const char* axis) {
    if (!std::isfinite(sigma) || sigma < 0)
        throw Error(std::string("Gaussian blur: sigma along ") + axis + " must be 0 or positive (got " +
                    std::to_string(sigma) + " voxels)");
}

} // namespace

std::vector<float> gaussianKernelHalf(double sigma) {
    if (!(sigma > 0))
        return {};
    // Truncated at 4 sigma: the dropped tails hold about 6e-5 of the mass.
    const auto r = static_cast<std::size_t>(std::floor(4.0 * sigma));
    std::vector<double> w(r + 1);
    double sum = 0;
    for (std::size_t k = 0; k <= r; ++k) {
        const double d = static_cast<double>(k);
        w[k] = std::exp(-0.5 * d * d / (sigma * sigma));
        sum += k == 0 ? w[k] : 2 * w[k];
    }
    std::vector<float> weights(r + 1);
    for (std::size_t k = 0; k <= r; ++k)
        weights[k] = static_cast<float>(w[k] / sum);
    return weights;
}

void gaussianBlur(Volume<float>& v, double sigmaX, double sigmaY, double sigmaZ, const Progress& progress) {
    checkSigma(sigmaX, "x");
    checkSigma(sigmaY, "y");
    checkSigma(sigmaZ, "z");
    const std::vector<float> wx = gaussianKernelHalf(sigmaX);
    const std::vector<float> wy = gaussianKernelHalf(sigmaY);
    const std::vector<float> wz = gaussianKernelHalf(sigmaZ);
    // An axis is left alone when its kernel is a single tap or the volume is one voxel thick along it:
    // mirrored, every tap then reads the voxel itself and the weights sum to 1.
    const bool doX = wx.size() > 1 && v.sizeX() > 1;
    const bool doY = wy.size() > 1 && v.sizeY() > 1;
    const bool doZ = wz.size() > 1 && v.sizeZ() > 1;
    const int passes = int{doX} + int{doY} + int{doZ};
    if (v.empty() || passes == 0) {
        progress.report(1.0, "blurring");
        return;
    }
    int done = 0;
    auto next = [&] {
        const double share = 1.0 / passes;
        const Progress sub = progress.sub(done * share, (done + 1) * share);
        ++done;
        return sub;
    };
    if (doX)
        blurX(v, wx, next());
    if (doY)
        blurY(v, wy, next());
    if (doZ)
        blurZ(v, wz, next());
}

} // namespace nuclei3d
