#pragma once
// Progress and cancel for work spread over parallelFor. Progress is meant for one thread, so only
// the thread that created this object talks to the sink; every worker adds its share to an atomic
// count and checks the cancel token (a lock-free read), so a cancel stops all workers at their
// next batch.
#include "pipeline/Progress.h"

#include <atomic>
#include <cstddef>
#include <string>
#include <thread>

namespace nuclei3d {

class ParallelProgress {
  public:
    ParallelProgress(const Progress& progress, std::size_t totalUnits, std::string step)
        : m_progress(progress), m_total(totalUnits == 0 ? 1 : totalUnits), m_step(std::move(step)),
          m_owner(std::this_thread::get_id()) {}

    /// Records `units` finished units of work; throws Cancelled when the user asked to stop.
    void advance(std::size_t units) {
        const std::size_t done = m_done.fetch_add(units, std::memory_order_relaxed) + units;
        if (std::this_thread::get_id() == m_owner)
            m_progress.report(static_cast<double>(done) / static_cast<double>(m_total), m_step);
        else
            m_progress.checkCancelled();
    }

  private:
    Progress m_progress;
    std::size_t m_total;
    std::string m_step;
    std::thread::id m_owner;
    std::atomic<std::size_t> m_done{0};
};

} // namespace nuclei3d
