#include "filters/Watershed.h"

#include "filters/Neighbourhood.h"
#include "filters/VoxelIndex.h"
#include "filters/WatershedLevels.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <array>
#include <mutex>
#include <utility>
#include <vector>

namespace nuclei3d {
namespace {

// One 16-bit cell per voxel holds all the flood asks of a neighbour: its six border bits (so the
// flood needs no division to find its neighbours) and its level, or kTaken once it is claimed (or
// when it is outside the mask). One load answers "free?" and "which bucket?".
constexpr std::uint16_t kBorderBits = 0x3F;
constexpr unsigned kLevelShift = 6;
constexpr std::uint16_t kTaken = 0x3FF;
static_assert(kWatershedLevels <= kTaken, "levels 0 .. kWatershedLevels - 1 must stay below kTaken");
// Two slabs of even number must not reach a common voxel (one slice up and down from each).
static_assert(kWatershedSlabSlices >= 2, "slabs of one slice would share voxels");

/// Sorts voxel indices ascending (LSD radix sort, 11 bits a pass); `buffer` is reused scratch.
void sortIndices(VoxelIndex* a, std::size_t n, unsigned indexBits, std::vector<VoxelIndex>& buffer) {
    if (n < 256) {
        std::sort(a, a + n);
        return;
    }
    if (buffer.size() < n)
        buffer.resize(n);
    VoxelIndex* src = a;
    VoxelIndex* dst = buffer.data();
    for (unsigned shift = 0; shift < indexBits; shift += 11) {
        std::array<std::size_t, 2049> count{};
        for (std::size_t i = 0; i < n; ++i)
            ++count[((src[i] >> shift) & 2047u) + 1];
        for (std::size_t d = 1; d < count.size(); ++d)
            count[d] += count[d - 1];
        for (std::size_t i = 0; i < n; ++i)
            dst[count[(src[i] >> shift) & 2047u]++] = src[i];
        std::swap(src, dst);
    }
    if (src != a)
        std::copy(src, src + n, a);
}

/// What one worker queued while flooding some slabs of a layer.
struct Pushed {
    std::vector<VoxelIndex> sameLevel;                         // the next layer of this level
    std::vector<std::pair<VoxelIndex, std::uint16_t>> higher; // for the bucket of a higher level
};

/// Meyer's flooding, level by level, one bucket per level. Every voxel is queued once: in the
/// bucket of its own level when that is above the level being flooded, else in the next layer of
/// the current level. A bucket is released once its level is flooded: only the flood's front is
/// ever queued (9 M of the 43 M mask voxels at most on the benchmark's volume). Each layer is
/// sorted into raster order before it floods: a priority queue's order jumps between all the
/// fronts of the volume and misses the cache at every voxel, a sorted layer sweeps the volume
/// (about 4x less CPU per voxel at 512 x 512 x 415).
/// Parallel: slabs of kWatershedSlabSlices slices of even number touch no common voxel (a voxel
/// reaches one slice up and down), so they flood side by side, then the odd ones.
class LevelFlood {
  public:
    LevelFlood(std::uint16_t* cells, std::uint32_t* labels, const Shape& shape, const Neighbourhood& nb,
               std::size_t levels, std::size_t maskVoxels)
        : m_cells(cells), m_labels(labels), m_nb(nb), m_slice(shape.sliceSize()), m_row(shape.x),
          m_count(shape.voxelCount()), m_slabs((shape.z + kWatershedSlabSlices - 1) / kWatershedSlabSlices),
          m_maskVoxels(maskVoxels), m_buckets(levels) {
        while (m_indexBits > 1 && ((m_count - 1) >> (m_indexBits - 1)) == 0)
            --m_indexBits;
    }

    /// Queues a marker voxel.
    void addMarker(VoxelIndex p, std::uint16_t level) { m_buckets[level].push_back(p); }

    void run(const Progress& progress, WatershedReport& report) {
        const std::size_t total = std::max<std::size_t>(1, m_maskVoxels);
        std::size_t done = 0;
        for (std::size_t level = 0; level < m_buckets.size(); ++level) {
            m_level = static_cast<std::uint16_t>(level);
            m_layer.swap(m_buckets[level]);
            std::vector<VoxelIndex>().swap(m_buckets[level]); // what m_layer held before
            while (!m_layer.empty()) {
                progress.checkCancelled();
                sortIndices(m_layer.data(), m_layer.size(), m_indexBits, m_sortBuffer);
                report.parallelLayers += floodLayer() ? 1 : 0;
                ++report.layers;
                done += m_layer.size();
                m_layer.swap(m_next);
                m_next.clear();
            }
            progress.report(static_cast<double>(done) / static_cast<double>(total), "watershed");
        }
    }

  private:
    static constexpr std::size_t kPrefetchDistance = 8;
    // Layers smaller than this flood on the calling thread (same order, so the same result).
    static constexpr std::size_t kParallelLayer = 1 << 15;

    /// Floods m_layer (sorted) into m_next and the higher buckets; returns whether it used threads.
    bool floodLayer() {
        // Where each slab's voxels start in the sorted layer.
        std::vector<std::size_t>& bounds = m_slabBounds;
        bounds.resize(m_slabs + 1);
        for (std::size_t s = 0; s <= m_slabs; ++s) {
            const auto first = static_cast<VoxelIndex>(std::min(m_count, s * kWatershedSlabSlices * m_slice));
            bounds[s] = static_cast<std::size_t>(
                std::lower_bound(m_layer.begin(), m_layer.end(), first) - m_layer.begin());
        }
        const std::size_t even = (m_slabs + 1) / 2, odd = m_slabs / 2;
        for (std::size_t parity = 0; parity < 2; ++parity) {
            const std::size_t slabs = parity == 0 ? even : odd;
            auto body = [&](std::size_t b, std::size_t e) {
                Pushed pushed;
                for (std::size_t k = b; k < e; ++k) {
                    const std::size_t s = 2 * k + parity;
                    visitAll(m_layer.data() + bounds[s], bounds[s + 1] - bounds[s], pushed);
                }
                const std::lock_guard<std::mutex> lock(m_merge);
                m_next.insert(m_next.end(), pushed.sameLevel.begin(), pushed.sameLevel.end());
                for (const auto& [q, level] : pushed.higher)
                    m_buckets[level].push_back(q);
            };
            if (m_layer.size() < kParallelLayer)
                body(0, slabs);
            else
                parallelFor(0, slabs, body);
        }
        return m_layer.size() >= kParallelLayer;
    }

    void visitAll(const VoxelIndex* list, std::size_t n, Pushed& pushed) const {
        for (std::size_t k = 0; k < n; ++k) {
            if (k + kPrefetchDistance < n)
                prefetchAround(list[k + kPrefetchDistance]);
            visit(list[k], pushed);
        }
    }

    void visit(std::size_t p, Pushed& pushed) const {
        const std::uint32_t label = m_labels[p];
        m_nb.forEach(p, static_cast<std::uint8_t>(m_cells[p] & kBorderBits), [&](std::size_t q) {
            const std::uint16_t cell = m_cells[q];
            const auto level = static_cast<std::uint16_t>(cell >> kLevelShift);
            if (level == kTaken)
                return;
            m_cells[q] = static_cast<std::uint16_t>(cell | (kTaken << kLevelShift));
            m_labels[q] = label;
            if (level <= m_level)
                pushed.sameLevel.push_back(static_cast<VoxelIndex>(q));
            else
                pushed.higher.emplace_back(static_cast<VoxelIndex>(q), level);
        });
    }

    // Still bound by memory latency (a layer is sparse): the voxels a few visits ahead are known,
    // so their neighbourhoods are fetched early.
    void prefetchAround(std::size_t p) const {
#if defined(__GNUC__) || defined(__clang__)
        const std::size_t reach = m_slice + m_row + 1;
        __builtin_prefetch(m_labels + p);
        if (p < reach || p + reach >= m_count) // first or last slice
            return;
        for (std::size_t dz = 0; dz < 3; ++dz)
            for (std::size_t dy = 0; dy < 3; ++dy)
                __builtin_prefetch(m_cells + p - reach + dz * m_slice + dy * m_row, 1);
#else
        (void)p;
#endif
    }

    std::uint16_t* m_cells;
    std::uint32_t* m_labels;
    const Neighbourhood& m_nb;
    std::size_t m_slice, m_row, m_count, m_slabs;
    unsigned m_indexBits = 32;
    std::size_t m_maskVoxels;
    std::vector<std::vector<VoxelIndex>> m_buckets; // per level
    std::vector<VoxelIndex> m_layer, m_next, m_sortBuffer;
    std::vector<std::size_t> m_slabBounds;
    std::mutex m_merge;
    std::uint16_t m_level = 0;
};

struct MarkerVoxel {
    VoxelIndex index;
    std::uint16_t level;
};

} // namespace

Volume<std::uint32_t> watershed(const Volume<float>& landscape, Volume<std::uint32_t> markers,
                                const Volume<std::uint8_t>* mask, Connectivity connectivity,
                                const Progress& progress, WatershedReport* report) {
    if (markers.shape() != landscape.shape() || (mask && mask->shape() != landscape.shape()))
        throw Error("watershed: the landscape, markers and mask differ in size");
    requireVoxelIndexRange(landscape.shape(), "watershed");
    Volume<std::uint32_t> out = std::move(markers);
    out.setSpacing(landscape.spacing());
    WatershedReport done;
    if (report)
        *report = done;
    if (out.empty())
        return out;
    const Shape& shape = landscape.shape();
    const std::uint8_t* m = mask ? mask->data() : nullptr;
    const Neighbourhood nb(shape, connectivity);

    const WatershedLevels levels(landscape, m, kWatershedLevels, progress.sub(0.0, 0.05));
    done.levels = levels.count();
    done.quantised = levels.quantised();

    // The cells, the number of mask voxels (for progress) and the marker voxels per slice (joined
    // in raster order below).
    std::vector<std::uint16_t> cells(shape.voxelCount());
    std::size_t maskVoxels = 0;
    std::vector<std::vector<MarkerVoxel>> markerSlices(shape.z);
    std::mutex merge;
    std::uint32_t* lab = out.data();
    const float* f = landscape.data();
    const Progress setup = progress.sub(0.05, 0.15);
    parallelForReporting(shape.z, setup, "watershed", [&](std::size_t zb, std::size_t ze) {
        std::size_t mine = 0;
        for (std::size_t z = zb; z < ze; ++z)
            for (std::size_t y = 0; y < shape.y; ++y) {
                const std::uint8_t rowBits = nb.rowBits(y, z);
                const std::size_t start = landscape.index(0, y, z);
                for (std::size_t x = 0; x < shape.x; ++x) {
                    const std::size_t i = start + x;
                    const std::uint8_t bits = nb.withX(rowBits, x);
                    if (m != nullptr && m[i] == 0) {
                        lab[i] = 0; // a marker outside the mask is ignored
                        cells[i] = static_cast<std::uint16_t>(bits | (kTaken << kLevelShift));
                        continue;
                    }
                    const std::uint16_t level = levels.levelOf(f[i]);
                    ++mine;
                    if (lab[i] != 0) {
                        markerSlices[z].push_back({static_cast<VoxelIndex>(i), level});
                        cells[i] = static_cast<std::uint16_t>(bits | (kTaken << kLevelShift));
                    } else {
                        cells[i] = static_cast<std::uint16_t>(bits | (level << kLevelShift));
                    }
                }
            }
        const std::lock_guard<std::mutex> lock(merge);
        maskVoxels += mine;
    });

    LevelFlood flood(cells.data(), lab, shape, nb, levels.count(), maskVoxels);
    for (auto& slice : markerSlices) {
        for (const MarkerVoxel& v : slice)
            flood.addMarker(v.index, v.level);
        std::vector<MarkerVoxel>().swap(slice);
    }
    flood.run(progress.sub(0.15, 1.0), done);
    progress.report(1.0, "watershed");
    if (report)
        *report = done;
    return out;
}

Volume<std::uint32_t> watershedDownhill(Volume<float> heights, Volume<std::uint32_t> markers,
                                        const Volume<std::uint8_t>* mask, Connectivity connectivity,
                                        const Progress& progress) {
    parallelFor(
        0, heights.voxelCount(),
        [&](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i)
                heights[i] = -heights[i];
        },
        1 << 16);
    return watershed(heights, std::move(markers), mask, connectivity, progress);
}

} // namespace nuclei3d
