#pragma once
// Toolkit-free progress reporting and cancellation for long work in core/.
//
// Threads: a CancelToken may be cancelled from any thread (and from a signal handler: it is one
// lock-free atomic). A ProgressSink is called on the worker thread that does the work; a sink that
// forwards to a UI must hand over by queued signal itself. A Progress is used by one thread.
#include <atomic>
#include <string>

namespace nuclei3d {

class CancelToken {
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() noexcept { m_cancelled.store(false, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    /// fraction in [0, 1] of the whole job; returns false to ask the work to stop.
    virtual bool update(double fraction, const std::string& step) = 0;
};

/// What a compute function receives: a view on a sub-range [begin, end] of the job's progress,
/// plus the cancel token. Cheap to copy; both pointers may be null.
class Progress {
public:
    Progress() = default;
    Progress(ProgressSink* sink, const CancelToken* token, double begin = 0.0, double end = 1.0)
        : m_sink(sink), m_token(token), m_begin(begin), m_end(end) {}

    /// A child covering [from, to] of this range (both in 0..1 of this range).
    Progress sub(double from, double to) const {
        const double span = m_end - m_begin;
        return Progress(m_sink, m_token, m_begin + span * from, m_begin + span * to);
    }

    /// Reports local progress in [0, 1]; throws Cancelled if the user asked to stop.
    void report(double localFraction, const std::string& step) const;
    /// Throws Cancelled if the user asked to stop; cheap enough for inner loops.
    void checkCancelled() const;
    bool cancelled() const { return m_token && m_token->isCancelled(); }

private:
    ProgressSink* m_sink = nullptr;
    const CancelToken* m_token = nullptr;
    double m_begin = 0.0;
    double m_end = 1.0;
};

} // namespace nuclei3d
