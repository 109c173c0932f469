#pragma once
// The watershed's priority queue: a radix queue over 32-bit keys with one byte per level (four
// levels of 256 buckets), for monotone use (no key pushed below the last one popped), as in
// flooding. An entry sits in the level of the highest byte in which its key differs from the last
// key popped, so it moves at most three times before it is popped (a binary radix heap moves it up
// to 32 times, a binary heap costs log n per operation). Entries of equal key come out first in,
// first out, which makes the flooding order, and so the watershed, deterministic. An entry is 8
// bytes (key, voxel index); its age is implicit in the bucket order.
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
        for (auto& level : m_buckets)
            for (auto& bucket : level)
                bucket.clear();
        for (auto& used : m_used)
            used.fill(0);
        m_current.clear();
        m_head = 0;
        m_size = 0;
        m_last = 0;
    }

    void push(std::uint32_t key, VoxelIndex index) {
        assert(key >= m_last);
        place({key, index});
        ++m_size;
    }

    Entry pop() {
        assert(m_size > 0);
        if (m_head == m_current.size()) {
            m_current.clear();
            m_head = 0;
            refill();
        }
        --m_size;
        return m_current[m_head++];
    }

    /// The voxel that pop() will return `ahead` calls from now, when that is already known (it is
    /// among the entries of the current key); otherwise `fallback`. Lets the flood prefetch.
    VoxelIndex peek(std::size_t ahead, VoxelIndex fallback) const {
        const std::size_t at = m_head + ahead;
        return at < m_current.size() ? m_current[at].index : fallback;
    }

  private:
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
    static int lowestBit(std::uint64_t v) { // v != 0
#if defined(__GNUC__) || defined(__clang__)
        return __builtin_ctzll(v);
#else
        int bit = 0;
        while ((v & 1) == 0) {
            v >>= 1;
            ++bit;
        }
        return bit;
#endif
    }

    void place(const Entry& e) {
        if (e.key == m_last) {
            m_current.push_back(e);
            return;
        }
        const int level = highestBit(e.key ^ m_last) / 8;
        const unsigned slot = (e.key >> (8 * level)) & 0xFFu;
        m_buckets[static_cast<std::size_t>(level)][slot].push_back(e);
        m_used[static_cast<std::size_t>(level)][slot / 64] |= std::uint64_t{1} << (slot % 64);
    }

    /// Makes the smallest keys current. A lower level, and a lower bucket within a level, holds
    /// smaller keys. Moving a bucket down keeps push order: buckets only receive moved entries
    /// while they (and every lower level) are empty, and those entries are older than anything
    /// pushed later.
    void refill() {
        for (std::size_t level = 0; level < 4; ++level)
            for (std::size_t word = 0; word < 4; ++word) {
                std::uint64_t& used = m_used[level][word];
                if (used == 0)
                    continue;
                const std::size_t slot = word * 64 + static_cast<std::size_t>(lowestBit(used));
                used &= used - 1;
                std::vector<Entry>& source = m_buckets[level][slot];
                if (level == 0) {
                    m_last = source.front().key; // one key per bucket at level 0
                    m_current.swap(source);
                    return;
                }
                std::uint32_t smallest = source.front().key;
                for (const Entry& e : source)
                    smallest = std::min(smallest, e.key);
                m_last = smallest;
                for (const Entry& e : source)
                    place(e); // always into m_current or a lower level
                // Release, not just clear: a high-level bucket can hold millions of entries once,
                // and keeping that capacity for the whole flood cost ~280 MiB at 512x512x415.
                std::vector<Entry>().swap(source);
                return;
            }
        assert(false && "pop() on an empty queue");
    }

    std::array<std::array<std::vector<Entry>, 256>, 4> m_buckets;
    std::array<std::array<std::uint64_t, 4>, 4> m_used{}; // which buckets hold entries
    std::vector<Entry> m_current;                         // entries of key m_last, popped from m_head
    std::size_t m_head = 0;
    std::size_t m_size = 0;
    std::uint32_t m_last = 0;
};

} // namespace nuclei3d
