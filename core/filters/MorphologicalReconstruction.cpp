#include "filters/MorphologicalReconstruction.h"

#include "filters/IndexQueue.h"
#include "filters/Neighbourhood.h"
#include "filters/ParallelProgress.h"
#include "filters/VoxelIndex.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <vector>

namespace nuclei3d {
namespace {

struct Slab {
    std::size_t z0 = 0, z1 = 0;
    std::vector<VoxelIndex> pending; // voxels that may still raise a neighbour after the scans
};

class Reconstruction {
  public:
    Reconstruction(Volume<float>& marker, const Volume<float>& mask, const Volume<std::uint8_t>* domain,
                   Connectivity connectivity)
        : m_shape(marker.shape()), m_j(marker.data()), m_i(mask.data()),
          m_d(domain ? domain->data() : nullptr), m_before(m_shape, connectivity, NeighbourHalf::Before),
          m_after(m_shape, connectivity, NeighbourHalf::After), m_all(m_shape, connectivity) {}

    bool inside(std::size_t i) const { return m_d == nullptr || m_d[i] != 0; }

    void clip(std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i)
            if (inside(i))
                m_j[i] = std::min(m_j[i], m_i[i]);
    }

    /// Raster then anti-raster scan of one slab, seeing only neighbours inside the slab.
    void scan(Slab& slab, ParallelProgress& progress) {
        const std::size_t nx = m_shape.x, ny = m_shape.y;
        for (std::size_t z = slab.z0; z < slab.z1; ++z) {
            for (std::size_t y = 0; y < ny; ++y) {
                const std::uint8_t rowBits = m_before.rowBits(y, z, slab.z0, slab.z1);
                const std::size_t start = (z * ny + y) * nx;
                for (std::size_t x = 0; x < nx; ++x) {
                    const std::size_t p = start + x;
                    if (!inside(p))
                        continue;
                    // Stop looking once a neighbour reaches the mask: the result is the mask then.
                    float m = m_j[p];
                    const float ip = m_i[p];
                    if (m >= ip)
                        continue;
                    m_before.any(p, m_before.withX(rowBits, x), [&](std::size_t q) {
                        if (inside(q) && m_j[q] > m)
                            m = m_j[q];
                        return m >= ip;
                    });
                    m_j[p] = std::min(m, ip);
                }
            }
            progress.advance(1);
        }
        for (std::size_t z = slab.z1; z-- > slab.z0;) {
            for (std::size_t y = ny; y-- > 0;) {
                const std::uint8_t rowBits = m_after.rowBits(y, z, slab.z0, slab.z1);
                const std::size_t start = (z * ny + y) * nx;
                for (std::size_t x = nx; x-- > 0;) {
                    const std::size_t p = start + x;
                    if (!inside(p))
                        continue;
                    const std::uint8_t bits = m_after.withX(rowBits, x);
                    float m = m_j[p];
                    const float ip = m_i[p];
                    if (m < ip)
                        m_after.any(p, bits, [&](std::size_t q) {
                            if (inside(q) && m_j[q] > m)
                                m = m_j[q];
                            return m >= ip;
                        });
                    const float jp = std::min(m, ip);
                    m_j[p] = jp;
                    if (m_after.any(p, bits, [&](std::size_t q) {
                            return inside(q) && m_j[q] < jp && m_j[q] < m_i[q];
                        }))
                        slab.pending.push_back(static_cast<VoxelIndex>(p));
                }
            }
            progress.advance(1);
        }
    }

    /// The scans never looked across slab borders; queue each pair there that can still spread.
    void joinBorder(const Slab& slab, std::vector<VoxelIndex>& pending) const {
        const std::size_t z = slab.z0;
        for (std::size_t y = 0; y < m_shape.y; ++y) {
            const std::uint8_t rowBits = m_before.rowBits(y, z);
            for (std::size_t x = 0; x < m_shape.x; ++x) {
                const std::size_t p = (z * m_shape.y + y) * m_shape.x + x;
                if (!inside(p))
                    continue;
                const std::uint8_t bits = m_before.withX(rowBits, x);
                for (int k = 0; k < m_before.size(); ++k) {
                    if (m_before.dz(k) != -1 || !m_before.isOpen(k, bits))
                        continue;
                    const std::size_t q = p + m_before.offset(k);
                    if (!inside(q))
                        continue;
                    if (m_j[q] < m_j[p] && m_j[q] < m_i[q])
                        pending.push_back(static_cast<VoxelIndex>(p));
                    if (m_j[p] < m_j[q] && m_j[p] < m_i[p])
                        pending.push_back(static_cast<VoxelIndex>(q));
                }
            }
        }
    }

    void flood(IndexQueue& queue, const Progress& progress) {
        std::size_t popped = 0;
        while (!queue.empty()) {
            const std::size_t p = queue.pop();
            if ((++popped & 0xFFFFF) == 0)
                progress.checkCancelled();
            const float jp = m_j[p];
            m_all.forEach(p, m_all.bitsOfIndex(p), [&](std::size_t q) {
                if (inside(q) && m_j[q] < jp && m_j[q] < m_i[q]) {
                    m_j[q] = std::min(jp, m_i[q]);
                    queue.push(static_cast<VoxelIndex>(q));
                }
            });
        }
    }

  private:
    Shape m_shape;
    float* m_j;
    const float* m_i;
    const std::uint8_t* m_d;
    Neighbourhood m_before, m_after, m_all;
};

} // namespace

void reconstructByDilation(Volume<float>& marker, const Volume<float>& mask,
                           const Volume<std::uint8_t>* domain, Connectivity connectivity,
                           const Progress& progress) {
    if (marker.shape() != mask.shape() || (domain && domain->shape() != mask.shape()))
        throw Error("morphological reconstruction: the volumes differ in size");
    requireVoxelIndexRange(mask.shape(), "morphological reconstruction");
    if (marker.empty())
        return;
    Reconstruction r(marker, mask, domain, connectivity);
    const std::size_t slice = mask.shape().sliceSize();
    parallelFor(0, mask.sizeZ(), [&](std::size_t zb, std::size_t ze) { r.clip(zb * slice, ze * slice); });

    // One slab per thread: every slab border costs queue work afterwards, so no more than needed.
    const std::size_t nz = mask.sizeZ();
    const std::size_t slabCount = std::min<std::size_t>(nz, static_cast<std::size_t>(threadCount()));
    std::vector<Slab> slabs(slabCount);
    for (std::size_t s = 0; s < slabCount; ++s) {
        slabs[s].z0 = nz * s / slabCount;
        slabs[s].z1 = nz * (s + 1) / slabCount;
    }
    ParallelProgress tracker(progress.sub(0.0, 0.8), 2 * nz, "reconstruction");
    parallelFor(0, slabCount, [&](std::size_t b, std::size_t e) {
        for (std::size_t s = b; s < e; ++s)
            r.scan(slabs[s], tracker);
    });
    progress.report(0.8, "reconstruction");

    IndexQueue queue;
    for (std::size_t s = 0; s < slabCount; ++s) {
        if (s > 0)
            r.joinBorder(slabs[s], slabs[s].pending);
        for (VoxelIndex p : slabs[s].pending)
            queue.push(p);
        std::vector<VoxelIndex>().swap(slabs[s].pending);
    }
    r.flood(queue, progress);
    progress.report(1.0, "reconstruction");
}

} // namespace nuclei3d
