#pragma once
// A first-in first-out queue of 32-bit voxel indices for the flooding filters: a ring buffer that
// doubles when full, so a long flood costs a few allocations instead of one per block of entries.
#include "filters/VoxelIndex.h"

#include <cstddef>
#include <vector>

namespace nuclei3d {

class IndexQueue {
  public:
    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }

    void push(VoxelIndex index) {
        if (m_size == m_ring.size())
            grow();
        m_ring[(m_head + m_size) & (m_ring.size() - 1)] = index;
        ++m_size;
    }
    VoxelIndex pop() {
        const VoxelIndex index = m_ring[m_head];
        m_head = (m_head + 1) & (m_ring.size() - 1);
        --m_size;
        return index;
    }

  private:
    void grow() {
        std::vector<VoxelIndex> bigger(m_ring.empty() ? 1024 : m_ring.size() * 2);
        for (std::size_t k = 0; k < m_size; ++k)
            bigger[k] = m_ring[(m_head + k) & (m_ring.size() - 1)];
        m_ring.swap(bigger);
        m_head = 0;
    }

    std::vector<VoxelIndex> m_ring; // capacity is always a power of two
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

} // namespace nuclei3d
