#include "model/JobQueue.h"

#include <QThread>

#include <algorithm>

namespace nuclei3d::ui {

JobQueue::JobQueue(int cpuSlots, QObject* parent)
    : QObject(parent), m_cpuSlots(cpuSlots > 0 ? cpuSlots : defaultCpuSlots()) {}

JobQueue::~JobQueue() {
    // Ask everything to stop first so the jobs' destructors (which join their threads) wait on
    // workers that are already winding down, not one after another at full length.
    for (Job* job : m_jobs)
        if (job->isActive())
            job->m_runner->cancel();
}

int JobQueue::defaultCpuSlots() {
    return std::max(1, QThread::idealThreadCount() / 2);
}

Job* JobQueue::submit(const QString& title, JobKind kind, Job::Work work) {
    auto* job = new Job(m_nextId++, title, kind, std::move(work), this);
    auto changed = [this, job] { Q_EMIT jobChanged(job); };
    connect(job, &Job::stateChanged, this, changed);
    connect(job, &Job::progressChanged, this, changed);
    connect(job, &Job::ended, this, &JobQueue::onJobEnded);
    Q_EMIT jobAboutToBeAdded(static_cast<int>(m_jobs.size()));
    m_jobs.append(job);
    Q_EMIT jobAdded(job);
    schedule();
    return job;
}

int JobQueue::activeCount(JobKind kind) const {
    return static_cast<int>(std::count_if(m_jobs.begin(), m_jobs.end(),
                                          [kind](Job* j) { return j->kind() == kind && j->isActive(); }));
}

bool JobQueue::isBusy() const {
    return std::any_of(m_jobs.begin(), m_jobs.end(), [](Job* j) { return !j->hasEnded(); });
}

void JobQueue::cancelAll() {
    // Queued ones first, so that cancelling a running job does not start the next queued one.
    const QList<Job*> jobs = m_jobs;
    for (Job* job : jobs)
        if (job->state() == JobState::Queued)
            job->cancel();
    for (Job* job : jobs)
        job->cancel();
}

void JobQueue::removeEnded() {
    Q_EMIT aboutToRemoveEnded();
    QList<Job*> kept;
    for (Job* job : std::as_const(m_jobs)) {
        if (job->hasEnded())
            job->deleteLater(); // a caller may still be inside one of its signals
        else
            kept.append(job);
    }
    m_jobs = kept;
    Q_EMIT endedRemoved();
}

void JobQueue::schedule() {
    int device = activeCount(JobKind::Device);
    int cpu = activeCount(JobKind::Cpu);
    const QList<Job*> jobs = m_jobs;
    for (Job* job : jobs) {
        if (job->state() != JobState::Queued)
            continue;
        if (job->kind() == JobKind::Device && device < 1) {
            ++device;
            job->start();
        } else if (job->kind() == JobKind::Cpu && cpu < m_cpuSlots) {
            ++cpu;
            job->start();
        }
    }
}

void JobQueue::onJobEnded() {
    schedule();
    if (!isBusy())
        Q_EMIT idle();
}

} // namespace nuclei3d::ui
