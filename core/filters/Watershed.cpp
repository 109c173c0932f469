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
    /// Floods the volume of the given shape held at these pointers (the whole volume, or a brick's
    /// local copy).
    Flood(const float* landscape, std::uint32_t* labels, std::uint8_t* state, const Shape& shape,
          const Neighbourhood& nb)
        : m_landscape(landscape), m_labels(labels), m_state(state), m_nb(nb), m_count(shape.voxelCount()),
          m_slice(shape.sliceSize()), m_row(shape.x) {}

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


/// A voxel that carries a marker (inside the mask), by global index: the input of every brick.
struct MarkerVoxel {
    VoxelIndex index;
    std::uint32_t label;
};

/// Voxels [x0, x1) x [y0, y1) x [z0, z1).
struct Box {
    std::size_t x0 = 0, x1 = 0, y0 = 0, y1 = 0, z0 = 0, z1 = 0;
    Shape shape() const { return Shape{x1 - x0, y1 - y0, z1 - z0}; }
    bool contains(std::size_t x, std::size_t y, std::size_t z) const {
        return x >= x0 && x < x1 && y >= y0 && y < y1 && z >= z0 && z < z1;
    }
};

/// The fixed grid of bricks over a volume: brick cores tile it without overlap.
class BrickGrid {
  public:
    BrickGrid(const Shape& volume, const Shape& brick)
        : m_volume(volume), m_brick{std::max<std::size_t>(1, brick.x), std::max<std::size_t>(1, brick.y),
                                    std::max<std::size_t>(1, brick.z)} {
        m_nx = (volume.x + m_brick.x - 1) / m_brick.x;
        m_ny = (volume.y + m_brick.y - 1) / m_brick.y;
        m_nz = (volume.z + m_brick.z - 1) / m_brick.z;
    }
    std::size_t count() const { return m_nx * m_ny * m_nz; }
    std::size_t brickOf(std::size_t x, std::size_t y, std::size_t z) const {
        return x / m_brick.x + m_nx * (y / m_brick.y + m_ny * (z / m_brick.z));
    }
    Box core(std::size_t k) const {
        const std::size_t bx = k % m_nx, by = (k / m_nx) % m_ny, bz = k / (m_nx * m_ny);
        Box b;
        b.x0 = bx * m_brick.x;
        b.x1 = std::min(m_volume.x, b.x0 + m_brick.x);
        b.y0 = by * m_brick.y;
        b.y1 = std::min(m_volume.y, b.y0 + m_brick.y);
        b.z0 = bz * m_brick.z;
        b.z1 = std::min(m_volume.z, b.z0 + m_brick.z);
        return b;
    }
    Box extended(std::size_t k, std::size_t halo) const {
        Box b = core(k);
        b.x0 = b.x0 > halo ? b.x0 - halo : 0;
        b.y0 = b.y0 > halo ? b.y0 - halo : 0;
        b.z0 = b.z0 > halo ? b.z0 - halo : 0;
        b.x1 = std::min(m_volume.x, b.x1 + halo);
        b.y1 = std::min(m_volume.y, b.y1 + halo);
        b.z1 = std::min(m_volume.z, b.z1 + halo);
        return b;
    }

  private:
    Shape m_volume, m_brick;
    std::size_t m_nx = 0, m_ny = 0, m_nz = 0;
};

/// Calls f(x, y, z) for the voxels just outside each face of `core` that lie in the volume, in a
/// fixed order (the seam between this brick and its six face neighbours).
template <typename F> void forSeam(const Box& core, const Shape& volume, F&& f) {
    auto plane = [&](std::size_t fixed, int axis) {
        if (axis == 0)
            for (std::size_t z = core.z0; z < core.z1; ++z)
                for (std::size_t y = core.y0; y < core.y1; ++y)
                    f(fixed, y, z);
        else if (axis == 1)
            for (std::size_t z = core.z0; z < core.z1; ++z)
                for (std::size_t x = core.x0; x < core.x1; ++x)
                    f(x, fixed, z);
        else
            for (std::size_t y = core.y0; y < core.y1; ++y)
                for (std::size_t x = core.x0; x < core.x1; ++x)
                    f(x, y, fixed);
    };
    if (core.x0 > 0)
        plane(core.x0 - 1, 0);
    if (core.x1 < volume.x)
        plane(core.x1, 0);
    if (core.y0 > 0)
        plane(core.y0 - 1, 1);
    if (core.y1 < volume.y)
        plane(core.y1, 1);
    if (core.z0 > 0)
        plane(core.z0 - 1, 2);
    if (core.z1 < volume.z)
        plane(core.z1, 2);
}

/// One thread's local copy of a brick with its halo, reused from brick to brick.
struct BrickBuffers {
    std::vector<float> landscape;
    std::vector<std::uint32_t> labels;
    std::vector<std::uint8_t> state;
    std::vector<VoxelIndex> starts;
    RadixQueue queue;
};

/// Floods the extended box `ext` of one brick on its own (its outer faces act as the volume's
/// border), writes the labels of `core` into out and the labels its flood gave the seam voxels into
/// seam. Reads only the landscape, the mask and the marker list, so bricks run side by side.
void floodBrick(const Volume<float>& landscape, const std::uint8_t* mask, const std::vector<MarkerVoxel>& markers,
                Connectivity connectivity, const Box& core, const Box& ext, BrickBuffers& buf,
                std::uint32_t* out, std::vector<std::uint32_t>& seam, const Progress& progress) {
    const Shape local = ext.shape();
    const Shape& volume = landscape.shape();
    const std::size_t n = local.voxelCount();
    buf.landscape.resize(n);
    buf.labels.assign(n, 0);
    buf.state.resize(n);
    const Neighbourhood nb(local, connectivity);
    for (std::size_t z = ext.z0; z < ext.z1; ++z)
        for (std::size_t y = ext.y0; y < ext.y1; ++y) {
            const std::size_t g = landscape.index(ext.x0, y, z);
            const std::size_t l = local.x * ((y - ext.y0) + local.y * (z - ext.z0));
            std::copy(landscape.data() + g, landscape.data() + g + local.x, buf.landscape.data() + l);
            const std::uint8_t rowBits = nb.rowBits(y - ext.y0, z - ext.z0);
            for (std::size_t x = 0; x < local.x; ++x) {
                std::uint8_t bits = nb.withX(rowBits, x);
                if (mask == nullptr || mask[g + x] != 0)
                    bits |= kFree;
                buf.state[l + x] = bits;
            }
        }
    // The marker list is in raster order, so the markers of the box come in its local raster order,
    // the order in which the global flood queues them.
    buf.starts.clear();
    const auto first = std::lower_bound(markers.begin(), markers.end(), landscape.index(0, 0, ext.z0),
                                        [](const MarkerVoxel& m, std::size_t i) { return m.index < i; });
    const std::size_t endIndex = ext.z1 * volume.sliceSize();
    for (auto it = first; it != markers.end() && it->index < endIndex; ++it) {
        const std::size_t x = it->index % volume.x, y = (it->index / volume.x) % volume.y,
                          z = it->index / volume.sliceSize();
        if (!ext.contains(x, y, z))
            continue;
        const std::size_t l = (x - ext.x0) + local.x * ((y - ext.y0) + local.y * (z - ext.z0));
        buf.labels[l] = it->label;
        buf.state[l] &= static_cast<std::uint8_t>(~kFree);
        buf.starts.push_back(static_cast<VoxelIndex>(l));
    }
    const Flood flood(buf.landscape.data(), buf.labels.data(), buf.state.data(), local, nb);
    buf.starts.erase(std::remove_if(buf.starts.begin(), buf.starts.end(),
                                    [&](VoxelIndex l) { return !flood.canSpread(l); }),
                     buf.starts.end());
    flood.run(buf.starts.data(), buf.starts.size(), buf.queue, progress);

    auto localIndex = [&](std::size_t x, std::size_t y, std::size_t z) {
        return (x - ext.x0) + local.x * ((y - ext.y0) + local.y * (z - ext.z0));
    };
    for (std::size_t z = core.z0; z < core.z1; ++z)
        for (std::size_t y = core.y0; y < core.y1; ++y) {
            const std::uint32_t* from = buf.labels.data() + localIndex(core.x0, y, z);
            std::copy(from, from + (core.x1 - core.x0), out + landscape.index(core.x0, y, z));
        }
    seam.clear();
    forSeam(core, volume, [&](std::size_t x, std::size_t y, std::size_t z) {
        seam.push_back(buf.labels[localIndex(x, y, z)]);
    });
}

/// Floods the bricks listed in `which` (each with the given halo) into out, keeping each one's seam
/// labels in seams[k].
void floodBricks(const Volume<float>& landscape, const std::uint8_t* mask, const std::vector<MarkerVoxel>& markers,
                 Connectivity connectivity, const BrickGrid& grid, const std::vector<std::size_t>& which,
                 std::size_t halo, std::uint32_t* out, std::vector<std::vector<std::uint32_t>>& seams,
                 const Progress& progress) {
    ParallelProgress flooding(progress, which.size(), "watershed");
    parallelFor(
        0, which.size(),
        [&](std::size_t b, std::size_t e) {
            BrickBuffers buf;
            for (std::size_t i = b; i < e; ++i) {
                const std::size_t k = which[i];
                floodBrick(landscape, mask, markers, connectivity, grid.core(k), grid.extended(k, halo), buf,
                           out, seams[k], progress);
                flooding.advance(1);
            }
        },
        1);
}

/// Compares every brick's seam labels with what its neighbours decided there. Returns the number of
/// disagreeing seam voxels and marks both bricks of each disagreement in `suspect`.
std::size_t checkSeams(const Shape& volume, const BrickGrid& grid,
                       const std::vector<std::vector<std::uint32_t>>& seams, const std::uint32_t* out,
                       std::vector<char>& suspect) {
    std::vector<std::size_t> mismatches(grid.count(), 0);
    std::vector<std::vector<std::size_t>> blamed(grid.count());
    parallelFor(0, grid.count(), [&](std::size_t b, std::size_t e) {
        for (std::size_t k = b; k < e; ++k) {
            std::size_t at = 0;
            forSeam(grid.core(k), volume, [&](std::size_t x, std::size_t y, std::size_t z) {
                if (seams[k][at++] != out[x + volume.x * (y + volume.y * z)]) {
                    ++mismatches[k];
                    const std::size_t other = grid.brickOf(x, y, z);
                    if (blamed[k].empty() || blamed[k].back() != other)
                        blamed[k].push_back(other);
                }
            });
        }
    });
    std::size_t total = 0;
    for (std::size_t k = 0; k < grid.count(); ++k) {
        total += mismatches[k];
        if (mismatches[k] != 0)
            suspect[k] = 1;
        for (std::size_t other : blamed[k])
            suspect[other] = 1;
    }
    return total;
}

} // namespace

Volume<std::uint32_t> watershedSerial(const Volume<float>& landscape, Volume<std::uint32_t> markers,
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
    const Flood flood(landscape.data(), lab, st, landscape.shape(), nb);
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


Volume<std::uint32_t> watershed(const Volume<float>& landscape, Volume<std::uint32_t> markers,
                                const Volume<std::uint8_t>* mask, Connectivity connectivity,
                                const Progress& progress, const WatershedTiling& tiling,
                                WatershedReport* report) {
    if (markers.shape() != landscape.shape() || (mask && mask->shape() != landscape.shape()))
        throw Error("watershed: the landscape, markers and mask differ in size");
    requireVoxelIndexRange(landscape.shape(), "watershed");
    WatershedReport done;
    Volume<std::uint32_t> out = std::move(markers);
    out.setSpacing(landscape.spacing());
    if (out.empty()) {
        if (report)
            *report = done;
        return out;
    }
    const Shape& shape = landscape.shape();
    const std::uint8_t* m = mask ? mask->data() : nullptr;

    // The marker voxels, in raster order, before the bricks overwrite the markers with labels.
    std::vector<std::vector<MarkerVoxel>> perSlice(shape.z);
    parallelFor(0, shape.z, [&](std::size_t zb, std::size_t ze) {
        for (std::size_t z = zb; z < ze; ++z) {
            const std::size_t begin = z * shape.sliceSize(), end = begin + shape.sliceSize();
            for (std::size_t i = begin; i < end; ++i)
                if (out[i] != 0 && (m == nullptr || m[i] != 0))
                    perSlice[z].push_back({static_cast<VoxelIndex>(i), out[i]});
        }
    });
    std::vector<MarkerVoxel> list;
    for (auto& slice : perSlice) {
        list.insert(list.end(), slice.begin(), slice.end());
        std::vector<MarkerVoxel>().swap(slice);
    }
    progress.report(0.05, "watershed");

    const BrickGrid grid(shape, tiling.brick);
    done.bricks = grid.count();
    std::vector<std::vector<std::uint32_t>> seams(grid.count());
    std::vector<std::size_t> which(grid.count());
    for (std::size_t k = 0; k < which.size(); ++k)
        which[k] = k;
    if (grid.count() == 1) {
        // One brick is the whole volume: its flood is the global one.
        done.attempts = 1;
        floodBricks(landscape, m, list, connectivity, grid, which, 0, out.data(), seams, progress.sub(0.05, 1.0));
        if (report)
            *report = done;
        return out;
    }
    // All bricks with the halo; then, up to twice, only the bricks on a disagreeing seam again with
    // twice the halo; then the serial flood. Which bricks those are depends on the data alone.
    std::size_t halo = std::max<std::size_t>(1, tiling.halo);
    const double ends[] = {0.7, 0.8, 0.85};
    double from = 0.05;
    for (int attempt = 0; attempt < 3; ++attempt, halo *= 2) {
        floodBricks(landscape, m, list, connectivity, grid, which, halo, out.data(), seams,
                    progress.sub(from, ends[attempt]));
        from = ends[attempt];
        done.attempts = static_cast<std::size_t>(attempt) + 1;
        done.lastHalo = halo;
        done.refloodedBricks += attempt == 0 ? 0 : which.size();
        std::vector<char> suspect(grid.count(), 0);
        const std::size_t mismatches = checkSeams(shape, grid, seams, out.data(), suspect);
        done.seamMismatches += mismatches;
        if (mismatches == 0) {
            progress.report(1.0, "watershed");
            if (report)
                *report = done;
            return out;
        }
        which.clear();
        for (std::size_t k = 0; k < grid.count(); ++k)
            if (suspect[k])
                which.push_back(k);
    }
    done.serialFallback = true;
    std::fill(out.storage().begin(), out.storage().end(), 0u);
    for (const MarkerVoxel& v : list)
        out[v.index] = v.label;
    out = watershedSerial(landscape, std::move(out), mask, connectivity, progress.sub(0.85, 1.0));
    if (report)
        *report = done;
    return out;
}

} // namespace nuclei3d
