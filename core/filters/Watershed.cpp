#include "filters/Watershed.h"

#include "filters/Neighbourhood.h"
#include "filters/ParallelProgress.h"
#include "filters/RadixQueue.h"
#include "filters/VoxelIndex.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace nuclei3d {
namespace {

// A state byte per voxel: its six border bits (so the flood needs no division to find its
// neighbours), whether it is still free to be claimed, and whether the search for connected
// parts of the mask has yet to visit it.
constexpr std::uint8_t kBorderBits = 0x3F;
constexpr std::uint8_t kFree = 0x40;
constexpr std::uint8_t kUnvisited = 0x80;

/// One connected part of the mask that holds markers: its marker voxels that can spread are
/// markerVoxels[begin, end), and it has `voxels` voxels in all.
struct Part {
    std::size_t begin = 0, end = 0;
    std::size_t voxels = 0;
};

class Flood {
  public:
    Flood(const Volume<float>& landscape, std::uint32_t* labels, std::uint8_t* state, const Neighbourhood& nb)
        : m_landscape(landscape.data()), m_labels(labels), m_state(state), m_nb(nb),
          m_count(landscape.voxelCount()), m_slice(landscape.shape().sliceSize()), m_row(landscape.sizeX()) {}

    /// Meyer's flooding from the given marker voxels (in raster order). Touches only voxels
    /// connected to them through the mask, so disjoint parts of the mask can flood side by side.
    void run(const VoxelIndex* markers, std::size_t count, RadixQueue& queue,
             const Progress& progress) const {
        queue.reset();
        for (std::size_t k = 0; k < count; ++k)
            queue.push(RadixQueue::keyOf(m_landscape[markers[k]]), markers[k]);
        std::size_t popped = 0;
        [[maybe_unused]] const std::size_t reach = m_slice + m_row + 1;
        while (!queue.empty()) {
            const RadixQueue::Entry e = queue.pop();
            const std::size_t p = e.index;
#if defined(__GNUC__) || defined(__clang__)
            const std::size_t ahead = queue.peek(kPrefetchDistance, e.index);
            if (ahead >= reach && ahead + reach < m_count) { // not in the first or last slice
                for (std::size_t dz = 0; dz < 3; ++dz)
                    for (std::size_t dy = 0; dy < 3; ++dy) {
                        const std::size_t at = ahead - reach + dz * m_slice + dy * m_row;
                        __builtin_prefetch(m_state + at);
                        __builtin_prefetch(m_landscape + at);
                    }
                __builtin_prefetch(m_labels + ahead);
            }
#endif
            const std::uint32_t label = m_labels[p];
            m_nb.forEach(p, m_state[p] & kBorderBits, [&](std::size_t q) {
                if ((m_state[q] & kFree) == 0)
                    return;
                m_state[q] &= static_cast<std::uint8_t>(~kFree);
                m_labels[q] = label;
                queue.push(std::max(e.key, RadixQueue::keyOf(m_landscape[q])), static_cast<VoxelIndex>(q));
            });
            if ((++popped & 0xFFFFF) == 0)
                progress.checkCancelled();
        }
    }

    /// Whether a marker voxel has a free neighbour (one without would do nothing in the queue).
    bool canSpread(std::size_t p) const {
        return m_nb.any(p, m_state[p] & kBorderBits,
                        [&](std::size_t q) { return (m_state[q] & kFree) != 0; });
    }

  private:
    // The flood is bound by memory latency: the queue order jumps across the volume. Fetching the
    // neighbourhood of an entry a few pops ahead overlaps those misses. (Written out in run():
    // GCC deems a function that only prefetches free of effects and drops its calls.)
    static constexpr std::size_t kPrefetchDistance = 6;

    const float* m_landscape;
    std::uint32_t* m_labels;
    std::uint8_t* m_state;
    const Neighbourhood& m_nb;
    std::size_t m_count, m_slice, m_row;
};

} // namespace

Volume<std::uint32_t> watershed(const Volume<float>& landscape, Volume<std::uint32_t> markers,
                                const Volume<std::uint8_t>* mask, Connectivity connectivity,
                                const Progress& progress) {
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

    ParallelProgress setup(progress.sub(0.0, 0.05), landscape.sizeZ(), "watershed");
    parallelFor(0, landscape.sizeZ(), [&](std::size_t zb, std::size_t ze) {
        for (std::size_t z = zb; z < ze; ++z) {
            for (std::size_t y = 0; y < landscape.sizeY(); ++y) {
                const std::uint8_t rowBits = nb.rowBits(y, z);
                const std::size_t start = landscape.index(0, y, z);
                for (std::size_t x = 0; x < landscape.sizeX(); ++x) {
                    const std::size_t i = start + x;
                    std::uint8_t bits = nb.withX(rowBits, x);
                    if (m == nullptr || m[i] != 0)
                        bits |= static_cast<std::uint8_t>(kUnvisited | (lab[i] == 0 ? kFree : 0));
                    else
                        lab[i] = 0; // a marker outside the mask is ignored
                    st[i] = bits;
                }
            }
            setup.advance(1);
        }
    });

    // The flood order is global (lowest first), which jumps all over the volume and misses the
    // cache at every step. Parts of the mask that do not touch flood independently, so each is
    // flooded on its own: its voxels stay in cache, parts run in parallel, and the result is the
    // same as one global flood (each part sees its own entries in the same order).
    const Flood flood(landscape, lab, st, nb);
    std::vector<VoxelIndex> markerVoxels;
    std::vector<Part> parts;
    if (m == nullptr) {
        Part whole;
        for (std::size_t p = 0; p < out.voxelCount(); ++p)
            if (lab[p] != 0 && flood.canSpread(p))
                markerVoxels.push_back(static_cast<VoxelIndex>(p));
        whole.end = markerVoxels.size();
        whole.voxels = out.voxelCount();
        parts.push_back(whole);
    } else {
        const Progress finding = progress.sub(0.05, 0.3);
        std::vector<VoxelIndex> stack;
        std::size_t sinceReport = 0;
        for (std::size_t seed = 0; seed < out.voxelCount(); ++seed) {
            if ((st[seed] & kUnvisited) == 0)
                continue;
            Part part;
            part.begin = markerVoxels.size();
            bool hasFree = false;
            st[seed] &= static_cast<std::uint8_t>(~kUnvisited);
            stack.push_back(static_cast<VoxelIndex>(seed));
            while (!stack.empty()) {
                const std::size_t p = stack.back();
                stack.pop_back();
                ++part.voxels;
                hasFree = hasFree || (st[p] & kFree) != 0;
                if (lab[p] != 0 && flood.canSpread(p))
                    markerVoxels.push_back(static_cast<VoxelIndex>(p));
                nb.forEach(p, st[p] & kBorderBits, [&](std::size_t q) {
                    if (st[q] & kUnvisited) {
                        st[q] &= static_cast<std::uint8_t>(~kUnvisited);
                        stack.push_back(static_cast<VoxelIndex>(q));
                    }
                });
            }
            part.end = markerVoxels.size();
            if (part.end > part.begin && hasFree) {
                std::sort(markerVoxels.begin() + static_cast<std::ptrdiff_t>(part.begin), markerVoxels.end());
                parts.push_back(part);
            } else {
                markerVoxels.resize(part.begin); // nothing to flood here
            }
            sinceReport += part.voxels;
            if (sinceReport > (1u << 22)) {
                sinceReport = 0;
                finding.report(static_cast<double>(seed) / static_cast<double>(out.voxelCount()),
                               "watershed");
            }
        }
    }

    std::size_t total = 0;
    for (const Part& part : parts)
        total += part.voxels;
    ParallelProgress flooding(progress.sub(0.3, 1.0), total, "watershed");
    parallelFor(0, parts.size(), [&](std::size_t b, std::size_t e) {
        RadixQueue queue;
        for (std::size_t k = b; k < e; ++k) {
            const Part& part = parts[k];
            flood.run(markerVoxels.data() + part.begin, part.end - part.begin, queue, progress);
            flooding.advance(part.voxels);
        }
    });
    progress.report(1.0, "watershed");
    return out;
}

} // namespace nuclei3d
