#pragma once
// Runs jobs on worker threads in submission order with two separate pools (Kdenlive's idea): one
// device (GPU/training) job at a time, and up to cpuSlots() CPU jobs beside it. A queued device job
// never holds up CPU jobs behind it, nor the other way round.
//
// Threads: create, submit, cancel and read on the UI thread only; jobs' signals arrive there too.
#include "model/Job.h"

#include <QList>
#include <QObject>

namespace nuclei3d::ui {

class JobQueue : public QObject {
    Q_OBJECT
  public:
    /// cpuSlots <= 0 picks defaultCpuSlots().
    explicit JobQueue(int cpuSlots = 0, QObject* parent = nullptr);
    ~JobQueue() override;

    /// Half the hardware threads (at least 1): each job may itself use several threads.
    static int defaultCpuSlots();
    int cpuSlots() const { return m_cpuSlots; }

    /// Adds a job and starts it at once if its pool has room. The queue owns the job; connect to
    /// its finished() to take results.
    Job* submit(const QString& title, JobKind kind, Job::Work work);

    const QList<Job*>& jobs() const { return m_jobs; }
    int activeCount(JobKind kind) const;
    /// Any job queued, running or cancelling.
    bool isBusy() const;
    /// Cancels every job that has not ended.
    void cancelAll();
    /// Forgets ended jobs (the panel's "Clear finished").
    void removeEnded();

  Q_SIGNALS:
    void jobAboutToBeAdded(int row);
    void jobAdded(nuclei3d::ui::Job* job);
    void jobChanged(nuclei3d::ui::Job* job);
    void aboutToRemoveEnded();
    void endedRemoved();
    /// Emitted when the last job has ended and none is queued.
    void idle();

  private:
    void schedule();
    void onJobEnded();

    QList<Job*> m_jobs;
    int m_cpuSlots;
    int m_nextId = 1;
};

} // namespace nuclei3d::ui
