#include "filters/Maxima.h"

#include "filters/ConnectedComponents.h"
#include "filters/MorphologicalReconstruction.h"
#include "filters/Neighbourhood.h"
#include "filters/ParallelProgress.h"
#include "filters/VoxelIndex.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <cmath>
#include <vector>

namespace nuclei3d {
namespace {

enum Flag : std::uint8_t { kOutside = 0, kNotMaximum = 1, kMaximum = 2 };

/// 255 on the voxels of regional maxima, 0 elsewhere.
Volume<std::uint8_t> maximaMask(const Volume<float>& f, const Volume<std::uint8_t>* mask,
                                Connectivity connectivity, const Progress& progress) {
    if (mask && mask->shape() != f.shape())
        throw Error("regional maxima: the mask differs in size from the volume");
    requireVoxelIndexRange(f.shape(), "regional maxima");
    Volume<std::uint8_t> flags(f.shape(), kOutside, f.spacing());
    if (f.empty())
        return flags;
    const Neighbourhood nb(f.shape(), connectivity);
    const float* v = f.data();
    const std::uint8_t* m = mask ? mask->data() : nullptr;
    std::uint8_t* flag = flags.data();
    auto inside = [&](std::size_t i) { return (m == nullptr || m[i] != 0) && !std::isnan(v[i]); };

    // Pass 1 (parallel): a voxel with a higher neighbour is certainly not on a maximum.
    ParallelProgress tracker(progress.sub(0.0, 0.9), f.sizeZ(), "regional maxima");
    parallelFor(0, f.sizeZ(), [&](std::size_t zb, std::size_t ze) {
        for (std::size_t z = zb; z < ze; ++z) {
            for (std::size_t y = 0; y < f.sizeY(); ++y) {
                const std::uint8_t rowBits = nb.rowBits(y, z);
                const std::size_t start = f.index(0, y, z);
                for (std::size_t x = 0; x < f.sizeX(); ++x) {
                    const std::size_t p = start + x;
                    if (!inside(p))
                        continue;
                    const float vp = v[p];
                    const bool higher = nb.any(p, nb.withX(rowBits, x),
                                               [&](std::size_t q) { return v[q] > vp && inside(q); });
                    flag[p] = higher ? kNotMaximum : kMaximum;
                }
            }
            tracker.advance(1);
        }
    });
    // Pass 2 (serial, touches only the few candidates): a plateau with one voxel that is not a
    // maximum is not a maximum anywhere, so demote every candidate plateau that touches such a voxel.
    std::vector<VoxelIndex> stack;
    for (std::size_t p = 0; p < f.voxelCount(); ++p) {
        if (flag[p] != kMaximum)
            continue;
        const float vp = v[p];
        if (!nb.any(p, nb.bitsOfIndex(p),
                    [&](std::size_t q) { return flag[q] == kNotMaximum && v[q] == vp; }))
            continue;
        flag[p] = kNotMaximum;
        stack.push_back(static_cast<VoxelIndex>(p));
        while (!stack.empty()) {
            const std::size_t s = stack.back();
            stack.pop_back();
            nb.forEach(s, nb.bitsOfIndex(s), [&](std::size_t q) {
                if (flag[q] == kMaximum && v[q] == vp) {
                    flag[q] = kNotMaximum;
                    stack.push_back(static_cast<VoxelIndex>(q));
                }
            });
        }
    }
    progress.checkCancelled();
    parallelFor(0, f.voxelCount(), [&](std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i)
            flag[i] = flag[i] == kMaximum ? 255 : 0;
    });
    return flags;
}

} // namespace

Volume<std::uint32_t> regionalMaxima(const Volume<float>& f, const Volume<std::uint8_t>* mask,
                                     Connectivity connectivity, const Progress& progress) {
    const Volume<std::uint8_t> maxima = maximaMask(f, mask, connectivity, progress.sub(0.0, 0.7));
    return connectedComponents(maxima, connectivity, progress.sub(0.7, 1.0)).labels;
}

Volume<std::uint32_t> hMaximaMarkers(const Volume<float>& f, float h, const Volume<std::uint8_t>* mask,
                                     Connectivity connectivity, const Progress& progress) {
    if (!(h >= 0.0f))
        throw Error("h-maxima: h must be zero or positive");
    if (mask && mask->shape() != f.shape())
        throw Error("h-maxima: the mask differs in size from the volume");
    if (h == 0.0f)
        return regionalMaxima(f, mask, connectivity, progress);
    Volume<std::uint8_t> maxima;
    {
        Volume<float> raised(f.shape(), 0.0f, f.spacing());
        parallelFor(0, f.voxelCount(), [&](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i)
                raised[i] = f[i] - h;
        });
        reconstructByDilation(raised, f, mask, connectivity, progress.sub(0.0, 0.6));
        maxima = maximaMask(raised, mask, connectivity, progress.sub(0.6, 0.8));
    } // the reconstruction is freed before the labels are allocated: this bounds peak memory
    return connectedComponents(maxima, connectivity, progress.sub(0.8, 1.0)).labels;
}

} // namespace nuclei3d
