#include "filters/ConnectedComponents.h"

#include "filters/Neighbourhood.h"
#include "filters/ParallelProgress.h"
#include "filters/VoxelIndex.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <vector>

namespace nuclei3d {
namespace {

/// Union-find over provisional labels where a set's root is always its smallest label. Labels are
/// created in raster order, so the root is the label of the set's first voxel.
class Equivalences {
  public:
    Equivalences() : m_parent(1, 0) {}
    std::uint32_t create() {
        const auto label = static_cast<std::uint32_t>(m_parent.size());
        m_parent.push_back(label);
        return label;
    }
    std::uint32_t find(std::uint32_t a) {
        while (m_parent[a] != a) {
            m_parent[a] = m_parent[m_parent[a]]; // path halving
            a = m_parent[a];
        }
        return a;
    }
    std::uint32_t join(std::uint32_t a, std::uint32_t b) {
        a = find(a);
        b = find(b);
        if (a < b)
            m_parent[b] = a;
        else
            m_parent[a] = b;
        return std::min(a, b);
    }
    std::uint32_t size() const { return static_cast<std::uint32_t>(m_parent.size() - 1); }
    void resize(std::uint32_t labels) {
        m_parent.resize(static_cast<std::size_t>(labels) + 1);
        for (std::uint32_t i = 0; i <= labels; ++i)
            m_parent[i] = i;
    }
    /// Numbers the sets 1..n in order of their roots and returns, per label, its set's number.
    std::vector<std::uint32_t> compact(std::uint32_t& sets) {
        std::vector<std::uint32_t> number(m_parent.size(), 0);
        sets = 0;
        for (std::size_t i = 1; i < m_parent.size(); ++i) {
            const std::uint32_t root = m_parent[i] == i ? static_cast<std::uint32_t>(i) : find(m_parent[i]);
            number[i] = root == i ? ++sets : number[root]; // root < i, so it is numbered already
        }
        return number;
    }

  private:
    std::vector<std::uint32_t> m_parent;
};

struct Slab {
    std::size_t z0 = 0, z1 = 0;        // slices [z0, z1)
    std::vector<std::uint32_t> number; // provisional label -> component number within the slab
    std::uint32_t components = 0;
    std::uint32_t first = 0; // global number of the slab's first component, minus one
};

/// First pass on one slab: provisional labels from the neighbours already visited inside the slab.
void labelSlab(const Volume<std::uint8_t>& mask, Volume<std::uint32_t>& out, Slab& slab,
               const Neighbourhood& before, bool full, ParallelProgress& progress) {
    Equivalences eq;
    const std::size_t nx = mask.sizeX();
    const std::uint8_t* in = mask.data();
    std::uint32_t* lab = out.data();
    for (std::size_t z = slab.z0; z < slab.z1; ++z) {
        for (std::size_t y = 0; y < mask.sizeY(); ++y) {
            const std::uint8_t rowBits = before.rowBits(y, z, slab.z0, slab.z1);
            const std::size_t start = mask.index(0, y, z);
            for (std::size_t x = 0; x < nx; ++x) {
                const std::size_t i = start + x;
                if (in[i] == 0)
                    continue;
                const std::uint8_t bits = before.withX(rowBits, x);
                std::uint32_t label = 0;
                if (full && x > 0 && lab[i - 1] != 0) {
                    // 26-connected: the left neighbour already touches every earlier neighbour
                    // except those at x + 1, so only those can bring a new label.
                    label = lab[i - 1];
                    for (int k = 0; k < before.size(); ++k) {
                        if (before.dx(k) != 1 || !before.isOpen(k, bits))
                            continue;
                        const std::uint32_t other = lab[i + before.offset(k)];
                        if (other != 0 && other != label)
                            label = eq.join(label, other);
                    }
                } else {
                    before.forEach(i, bits, [&](std::size_t j) {
                        const std::uint32_t other = lab[j];
                        if (other == 0 || other == label)
                            return;
                        label = label == 0 ? other : eq.join(label, other);
                    });
                    if (label == 0)
                        label = eq.create();
                }
                lab[i] = label;
            }
        }
        progress.advance(1);
    }
    slab.number = eq.compact(slab.components);
}

} // namespace

Labelling connectedComponents(const Volume<std::uint8_t>& mask, Connectivity connectivity,
                              const Progress& progress) {
    requireVoxelIndexRange(mask.shape(), "connected components");
    Labelling result;
    result.labels = Volume<std::uint32_t>(mask.shape(), 0, mask.spacing());
    if (mask.empty())
        return result;
    const std::size_t nz = mask.sizeZ();
    const Neighbourhood before(mask.shape(), connectivity, NeighbourHalf::Before);
    const bool full = connectivity == Connectivity::TwentySix;

    // Slabs of whole slices; the partition (hence the result) does not depend on how many there are.
    const std::size_t slabCount = std::min<std::size_t>(nz, static_cast<std::size_t>(threadCount()) * 2);
    std::vector<Slab> slabs(slabCount);
    for (std::size_t s = 0; s < slabCount; ++s) {
        slabs[s].z0 = nz * s / slabCount;
        slabs[s].z1 = nz * (s + 1) / slabCount;
    }
    ParallelProgress tracker(progress.sub(0.0, 0.8), nz, "connected components");
    parallelFor(0, slabCount, [&](std::size_t b, std::size_t e) {
        for (std::size_t s = b; s < e; ++s)
            labelSlab(mask, result.labels, slabs[s], before, full, tracker);
    });

    // Join components across slab borders: every voxel of a slab's first slice with its
    // neighbours in the slice before. Numbers stay in raster order because slabs are in z order.
    std::uint32_t total = 0;
    for (Slab& slab : slabs) {
        slab.first = total;
        total += slab.components;
    }
    Equivalences global;
    global.resize(total);
    const std::uint32_t* lab = result.labels.data();
    const std::uint8_t* in = mask.data();
    auto globalOf = [&](const Slab& slab, std::size_t i) { return slab.first + slab.number[lab[i]]; };
    for (std::size_t s = 1; s < slabCount; ++s) {
        const std::size_t z = slabs[s].z0;
        for (std::size_t y = 0; y < mask.sizeY(); ++y) {
            const std::uint8_t rowBits = before.rowBits(y, z);
            for (std::size_t x = 0; x < mask.sizeX(); ++x) {
                const std::size_t i = mask.index(x, y, z);
                if (in[i] == 0)
                    continue;
                const std::uint8_t bits = before.withX(rowBits, x);
                for (int k = 0; k < before.size(); ++k) {
                    if (before.dz(k) != -1 || !before.isOpen(k, bits))
                        continue;
                    const std::size_t j = i + before.offset(k);
                    if (in[j] != 0)
                        global.join(globalOf(slabs[s], i), globalOf(slabs[s - 1], j));
                }
            }
        }
    }
    progress.report(0.85, "connected components");
    const std::vector<std::uint32_t> numbering = global.compact(result.count);

    ParallelProgress relabel(progress.sub(0.85, 1.0), nz, "connected components");
    parallelFor(0, slabCount, [&](std::size_t b, std::size_t e) {
        for (std::size_t s = b; s < e; ++s) {
            const Slab& slab = slabs[s];
            std::vector<std::uint32_t> map(slab.number.size());
            for (std::size_t l = 1; l < map.size(); ++l)
                map[l] = numbering[slab.first + slab.number[l]];
            std::uint32_t* dst = result.labels.data();
            const std::size_t sliceSize = mask.shape().sliceSize();
            for (std::size_t z = slab.z0; z < slab.z1; ++z) {
                for (std::size_t i = z * sliceSize; i < (z + 1) * sliceSize; ++i)
                    dst[i] = map[dst[i]];
                relabel.advance(1);
            }
        }
    });
    return result;
}

} // namespace nuclei3d
