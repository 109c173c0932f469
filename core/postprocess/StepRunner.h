#pragma once
// Runs the named steps of a multi-step computation (stage 5, the classical baseline) one after the
// other, each on its own sub-range of the caller's progress, and tells an optional observer when
// each step starts and ends. The benchmark observes to time every step and read the peak memory;
// everyone else passes no observer.
#include "pipeline/Progress.h"

#include <functional>
#include <string>

namespace nuclei3d {

/// Called on the thread that runs the computation, before and after each step (not after a step
/// that threw).
class StepObserver {
  public:
    virtual ~StepObserver() = default;
    virtual void stepStarted(const std::string& step) = 0;
    virtual void stepFinished(const std::string& step) = 0;
};

class StepRunner {
  public:
    /// The steps' weights add up to totalWeight: a step of weight w covers w / totalWeight of progress.
    StepRunner(const Progress& progress, StepObserver* observer, double totalWeight)
        : m_progress(progress), m_observer(observer), m_total(totalWeight > 0 ? totalWeight : 1.0) {}

    /// Runs body(sub-progress) as the step `name`; results travel through the body's captures.
    void run(const std::string& name, double weight, const std::function<void(const Progress&)>& body) {
        const double from = m_done / m_total;
        m_done += weight;
        const double to = m_done < m_total ? m_done / m_total : 1.0;
        const Progress sub = m_progress.sub(from, to);
        sub.report(0.0, name);
        if (m_observer)
            m_observer->stepStarted(name);
        body(sub);
        if (m_observer)
            m_observer->stepFinished(name);
        sub.report(1.0, name);
    }

  private:
    Progress m_progress;
    StepObserver* m_observer;
    double m_total;
    double m_done = 0.0;
};

} // namespace nuclei3d
