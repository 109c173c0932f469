#pragma once
// The watershed's priority queue: a radix heap (Ahuja, Mehlhorn, Orlin & Tarjan 1990) over 32-bit
// keys, for monotone use (no key pushed below the last one popped), as in flooding. Entries of
// equal key come out first in, first out, which makes the flooding order, and so the watershed,
// deterministic. An entry is 8 bytes (key, voxel index); the age is implicit in the bucket order.
#include "filters/VoxelIndex.h"

#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

namespace nuclei3d {

class RadixQueue {
public:
    struct Entry {
        std::uint32_t key;
        VoxelIndex index;
    };

    /// Order-preserving map of a float onto 32-bit keys (NaN sorts as +infinity, -0 as +0).
    static std::uint32_t keyOf(float value) {
        if (std::isnan(value))
            value = std::numeric_limits<float>::infinity();
        if (value == 0.0f)
            value = 0.0f;
        std::uint32_t bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
    }

    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    /// Empties the queue for a new flood, keeping its memory.
    void reset() {
        for (auto& bucket : m_buckets)
            bucket.clear();
        m_head = 0;
        m_size = 0;
        m_last = 0;
    }

    void push(std::uint32_t key, VoxelIndex index) {
        assert(key >= m_last);
        m_buckets[bucketOf(key)].push_back({key, index});
        ++m_size;
    }

    Entry pop() {
        assert(m_size > 0);
        if (m_head == m_buckets[0].size()) {
            m_buckets[0].clear();
            m_head = 0;
            refill();
        }
        --m_size;
        return m_buckets[0][m_head++];
    }

private:
    /// Bucket 0 holds keys equal to the last popped key; bucket b > 0 those whose highest bit that
    /// differs from it is bit b - 1.
    std::size_t bucketOf(std::uint32_t key) const {
        const std::uint32_t diff = key ^ m_last;
        return diff == 0 ? 0 : static_cast<std::size_t>(highestBit(diff)) + 1;
    }
    static int highestBit(std::uint32_t v) { // v != 0
#if defined(__GNUC__) || defined(__clang__)
        return 31 - __builtin_clz(v);
#else
        int bit = 0;
        while (v >>= 1)
            ++bit;
        return bit;
#endif
    }
    /// Moves the smallest non-empty bucket down around its minimum. The moves keep each bucket in
    /// push order: a bucket only receives entries while it is empty, and all of them are older
    /// than anything pushed into it later.
    void refill() {
        std::size_t b = 1;
        while (m_buckets[b].empty())
            ++b;
        std::vector<Entry>& source = m_buckets[b];
        std::uint32_t smallest = source.front().key;
        for (const Entry& e : source)
            smallest = std::min(smallest, e.key);
        m_last = smallest;
        for (const Entry& e : source)
            m_buckets[bucketOf(e.key)].push_back(e); // always into a bucket below b
        source.clear();
    }

    std::array<std::vector<Entry>, 33> m_buckets;
    std::size_t m_head = 0; // next entry of bucket 0 to pop
    std::size_t m_size = 0;
    std::uint32_t m_last = 0;
};

} // namespace nuclei3d
