#include "filters/Watershed.h"

#include "filters/Neighbourhood.h"
#include "filters/ParallelProgress.h"
#include "filters/RadixQueue.h"
#include "filters/VoxelIndex.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <utility>

namespace nuclei3d {
namespace {
// A state byte per voxel: its six border bits (so the flood needs no division to find its
// neighbours) and whether it is still free to be claimed.
constexpr std::uint8_t kBorderBits = 0x3F;
constexpr std::uint8_t kFree = 0x40;
} // namespace

Volume<std::uint32_t> watershed(const Volume<float>& landscape, Volume<std::uint32_t> markers,
                                const Volume<std::uint8_t>* mask, Connectivity connectivity, const Progress& progress) {
    if (markers.shape() != landscape.shape() || (mask && mask->shape() != landscape.shape()))
        throw Error("watershed: the landscape, markers and mask differ in size");
    requireVoxelIndexRange(landscape.shape(), "watershed");
    Volume<std::uint32_t> out = std::move(markers);
    out.setSpacing(landscape.spacing());
    if (out.empty())
        return out;
    const Neighbourhood nb(landscape.shape(), connectivity);
    Volume<std::uint8_t> state(landscape.shape(), 0);
    std::uint8_t* st = state.data();
    std::uint32_t* lab = out.data();
    const std::uint8_t* m = mask ? mask->data() : nullptr;

    std::vector<std::size_t> freePerSlice(landscape.sizeZ(), 0);
    ParallelProgress setup(progress.sub(0.0, 0.1), landscape.sizeZ(), "watershed");
    parallelFor(0, landscape.sizeZ(), [&](std::size_t zb, std::size_t ze) {
        for (std::size_t z = zb; z < ze; ++z) {
            std::size_t freeCount = 0;
            for (std::size_t y = 0; y < landscape.sizeY(); ++y) {
                const std::uint8_t rowBits = nb.rowBits(y, z);
                const std::size_t start = landscape.index(0, y, z);
                for (std::size_t x = 0; x < landscape.sizeX(); ++x) {
                    const std::size_t i = start + x;
                    std::uint8_t bits = nb.withX(rowBits, x);
                    if (m == nullptr || m[i] != 0) {
                        if (lab[i] == 0) {
                            bits |= kFree;
                            ++freeCount;
                        }
                    } else {
                        lab[i] = 0; // a marker outside the mask is ignored
                    }
                    st[i] = bits;
                }
            }
            freePerSlice[z] = freeCount;
            setup.advance(1);
        }
    });
    std::size_t freeVoxels = 0;
    for (std::size_t f : freePerSlice)
        freeVoxels += f;

    // Markers enter in raster order; one with no free neighbour would do nothing, so it stays out.
    RadixQueue queue;
    for (std::size_t p = 0; p < out.voxelCount(); ++p) {
        if (lab[p] == 0)
            continue;
        if (nb.any(p, st[p] & kBorderBits, [&](std::size_t q) { return (st[q] & kFree) != 0; }))
            queue.push(RadixQueue::keyOf(landscape[p]), static_cast<VoxelIndex>(p));
    }
    progress.report(0.15, "watershed");

    const Progress flooding = progress.sub(0.15, 1.0);
    std::size_t claimed = 0;
    std::size_t sinceReport = 0;
    while (!queue.empty()) {
        const RadixQueue::Entry e = queue.pop();
        const std::size_t p = e.index;
        const std::uint32_t label = lab[p];
        nb.forEach(p, st[p] & kBorderBits, [&](std::size_t q) {
            if ((st[q] & kFree) == 0)
                return;
            st[q] &= static_cast<std::uint8_t>(~kFree);
            lab[q] = label;
            queue.push(std::max(e.key, RadixQueue::keyOf(landscape[q])), static_cast<VoxelIndex>(q));
            ++claimed;
        });
        if (++sinceReport == (1u << 20)) {
            sinceReport = 0;
            flooding.report(static_cast<double>(claimed) / static_cast<double>(std::max<std::size_t>(1, freeVoxels)),
                            "watershed");
        }
    }
    flooding.report(1.0, "watershed");
    return out;
}

} // namespace nuclei3d
