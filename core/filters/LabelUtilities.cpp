#include "filters/LabelUtilities.h"

#include "filters/ParallelProgress.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <utility>

namespace nuclei3d {
namespace {

/// Calls body(begin, end) on threadCount() contiguous parts of [0, count), each knowing its part
/// number, so per-part tables can be merged afterwards in a fixed order.
template <typename Body> std::size_t forEachPart(std::size_t count, Body&& body) {
    const std::size_t parts = std::max<std::size_t>(
        1, std::min<std::size_t>(static_cast<std::size_t>(threadCount()), count / 65536));
    parallelFor(0, parts, [&](std::size_t b, std::size_t e) {
        for (std::size_t p = b; p < e; ++p)
            body(p, count * p / parts, count * (p + 1) / parts);
    });
    return parts;
}

/// Ids too large for a table indexed by id: the distinct ids, sorted, found run by run.
std::vector<std::uint32_t> distinctIds(const Volume<std::uint32_t>& labels) {
    std::vector<std::uint32_t> ids;
    std::uint32_t previous = 0;
    for (std::uint32_t v : labels.storage())
        if (v != previous) {
            if (v != 0)
                ids.push_back(v);
            previous = v;
        }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

/// Whether a table indexed by id costs no more than the volume itself (or is small anyway).
bool idsFitTable(std::uint32_t largest, const Volume<std::uint32_t>& labels) {
    return largest <= std::max<std::size_t>(labels.voxelCount(), 1u << 16);
}

/// Rewrites every voxel through table[id] (in parallel; the table is read only).
void remap(Volume<std::uint32_t>& labels, const std::vector<std::uint32_t>& table, const Progress& progress,
           const char* step) {
    ParallelProgress tracker(progress, labels.voxelCount(), step);
    constexpr std::size_t kBatch = 1 << 20;
    parallelFor(0, (labels.voxelCount() + kBatch - 1) / kBatch, [&](std::size_t b, std::size_t e) {
        std::uint32_t* data = labels.data();
        for (std::size_t batch = b; batch < e; ++batch) {
            const std::size_t end = std::min(labels.voxelCount(), (batch + 1) * kBatch);
            for (std::size_t i = batch * kBatch; i < end; ++i)
                data[i] = table[data[i]];
            tracker.advance(end - batch * kBatch);
        }
    });
}

/// The same through a sorted id list and its new values (for sparse ids).
void remapSparse(Volume<std::uint32_t>& labels, const std::vector<std::uint32_t>& ids,
                 const std::vector<std::uint32_t>& values, const Progress& progress) {
    progress.checkCancelled();
    parallelFor(0, labels.voxelCount(), [&](std::size_t b, std::size_t e) {
        std::uint32_t* data = labels.data();
        std::uint32_t from = 0, to = 0; // runs of one id are common: look each run up once
        for (std::size_t i = b; i < e; ++i) {
            const std::uint32_t v = data[i];
            if (v == 0)
                continue;
            if (v != from) {
                from = v;
                to = values[static_cast<std::size_t>(std::lower_bound(ids.begin(), ids.end(), v) -
                                                     ids.begin())];
            }
            data[i] = to;
        }
    });
}

} // namespace

std::uint32_t maxLabel(const Volume<std::uint32_t>& labels) {
    std::vector<std::uint32_t> partMax(static_cast<std::size_t>(threadCount()) + 1, 0);
    forEachPart(labels.voxelCount(), [&](std::size_t part, std::size_t b, std::size_t e) {
        const std::uint32_t* data = labels.data();
        std::uint32_t m = 0;
        for (std::size_t i = b; i < e; ++i)
            m = std::max(m, data[i]);
        partMax[part] = m;
    });
    return *std::max_element(partMax.begin(), partMax.end());
}

std::vector<std::uint64_t> objectSizes(const Volume<std::uint32_t>& labels) {
    const std::uint32_t largest = maxLabel(labels);
    if (!idsFitTable(largest, labels))
        throw Error("object sizes: label ids exceed the voxel count; relabel them first");
    const std::size_t tableSize = static_cast<std::size_t>(largest) + 1;
    // One table per part, merged in part order; a part only pays when its table is small next to
    // the voxels it counts.
    const std::size_t parts =
        std::max<std::size_t>(1, std::min<std::size_t>(static_cast<std::size_t>(threadCount()),
                                                       labels.voxelCount() / (4 * tableSize + 65536)));
    std::vector<std::vector<std::uint64_t>> tables(parts, std::vector<std::uint64_t>(tableSize, 0));
    parallelFor(0, parts, [&](std::size_t b, std::size_t e) {
        for (std::size_t p = b; p < e; ++p) {
            std::vector<std::uint64_t>& counts = tables[p];
            const std::uint32_t* data = labels.data();
            const std::size_t end = labels.voxelCount() * (p + 1) / parts;
            for (std::size_t i = labels.voxelCount() * p / parts; i < end; ++i)
                ++counts[data[i]];
        }
    });
    for (std::size_t p = 1; p < parts; ++p)
        for (std::size_t id = 0; id < tableSize; ++id)
            tables[0][id] += tables[p][id];
    return std::move(tables[0]);
}

std::uint32_t removeSmallObjects(Volume<std::uint32_t>& labels, std::uint64_t minVoxels,
                                 const Progress& progress) {
    progress.checkCancelled();
    if (labels.empty())
        return 0;
    const std::uint32_t largest = maxLabel(labels);
    std::uint32_t removed = 0;
    if (idsFitTable(largest, labels)) {
        const std::vector<std::uint64_t> sizes = objectSizes(labels);
        std::vector<std::uint32_t> keep(sizes.size(), 0);
        for (std::size_t id = 1; id < sizes.size(); ++id) {
            if (sizes[id] >= minVoxels)
                keep[id] = static_cast<std::uint32_t>(id);
            else if (sizes[id] > 0)
                ++removed;
        }
        if (removed > 0)
            remap(labels, keep, progress, "removing small objects");
        return removed;
    }
    const std::vector<std::uint32_t> ids = distinctIds(labels);
    std::vector<std::uint64_t> sizes(ids.size(), 0);
    for (std::uint32_t v : labels.storage())
        if (v != 0)
            ++sizes[static_cast<std::size_t>(std::lower_bound(ids.begin(), ids.end(), v) - ids.begin())];
    std::vector<std::uint32_t> values(ids.size());
    for (std::size_t k = 0; k < ids.size(); ++k) {
        values[k] = sizes[k] >= minVoxels ? ids[k] : 0;
        removed += values[k] == 0 ? 1 : 0;
    }
    if (removed > 0)
        remapSparse(labels, ids, values, progress);
    return removed;
}

std::uint32_t relabelConsecutive(Volume<std::uint32_t>& labels, const Progress& progress) {
    progress.checkCancelled();
    if (labels.empty())
        return 0;
    const std::uint32_t largest = maxLabel(labels);
    std::uint32_t count = 0;
    if (idsFitTable(largest, labels)) {
        // First appearance needs raster order, so this scan is serial; it looks at each run once.
        std::vector<std::uint32_t> table(static_cast<std::size_t>(largest) + 1, 0);
        std::uint32_t previous = 0;
        for (std::uint32_t v : labels.storage())
            if (v != previous) {
                if (v != 0 && table[v] == 0)
                    table[v] = ++count;
                previous = v;
            }
        bool identity = true;
        for (std::size_t id = 0; id < table.size() && identity; ++id)
            identity = table[id] == id || table[id] == 0;
        if (!identity)
            remap(labels, table, progress, "relabelling");
        return count;
    }
    // Sparse ids: first index of each run, ordered by id, the first per id kept, then numbered.
    std::vector<std::pair<std::uint32_t, std::size_t>> firsts; // (id, first index)
    std::uint32_t previous = 0;
    for (std::size_t i = 0; i < labels.voxelCount(); ++i) {
        const std::uint32_t v = labels[i];
        if (v != previous) {
            if (v != 0)
                firsts.emplace_back(v, i);
            previous = v;
        }
    }
    std::stable_sort(firsts.begin(), firsts.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    firsts.erase(std::unique(firsts.begin(), firsts.end(),
                             [](const auto& a, const auto& b) { return a.first == b.first; }),
                 firsts.end());
    std::vector<std::size_t> order(firsts.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return firsts[a].second < firsts[b].second; });
    std::vector<std::uint32_t> ids(firsts.size()), values(firsts.size());
    for (std::size_t k = 0; k < firsts.size(); ++k)
        ids[k] = firsts[k].first;
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        values[order[rank]] = static_cast<std::uint32_t>(rank + 1);
    count = static_cast<std::uint32_t>(firsts.size());
    remapSparse(labels, ids, values, progress);
    return count;
}

} // namespace nuclei3d
