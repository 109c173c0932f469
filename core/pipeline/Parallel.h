#pragma once
// Minimal data-parallel loop for core/ (no Qt, no OpenMP so results never depend on a runtime).
// Work is split into contiguous chunks; each index is processed exactly once, so any loop whose
// iterations write disjoint outputs gives the same result on any thread count.
#include <cstddef>
#include <functional>
#include <string>

namespace nuclei3d {

class Progress;

/// Threads used by core/ computations; 0 means "all hardware threads". Set from general.threads
/// (applyGeneralParameters) before work starts; work already running picks a change up at its next loop.
void setThreadCount(int threads);
int threadCount();

/// Calls body(begin, end) on sub-ranges of [begin, end) from up to threadCount() threads and
/// returns when all are done. Exceptions thrown by body are rethrown (the first one) in the caller.
void parallelFor(std::size_t begin, std::size_t end,
                 const std::function<void(std::size_t, std::size_t)>& body,
                 std::size_t minChunk = 1);

/// parallelFor over [0, n) in a few blocks, reporting `step` between blocks from the calling
/// thread (a Progress belongs to one thread), so that a long pass shows progress and honours cancel.
void parallelForReporting(std::size_t n, const Progress& progress, const std::string& step,
                          const std::function<void(std::size_t, std::size_t)>& body);

} // namespace nuclei3d
