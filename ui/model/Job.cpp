#include "model/Job.h"

#include <QTime>

namespace nuclei3d::ui {

Job::Job(int id, const QString& title, JobKind kind, Work work, QObject* parent)
    : QObject(parent), m_id(id), m_title(title), m_kind(kind), m_work(std::move(work)),
      m_runner(new TaskRunner(this)) {
    connect(m_runner, &TaskRunner::progressChanged, this, &Job::onProgress);
    connect(m_runner, &TaskRunner::finished, this, [this] { end(JobState::Finished, {}); });
    connect(m_runner, &TaskRunner::failed, this,
            [this](const QString& message) { end(JobState::Failed, message); });
    connect(m_runner, &TaskRunner::cancelled, this, [this] { end(JobState::Cancelled, {}); });
    appendLog(tr("Queued"));
}

qint64 Job::elapsedMs() const {
    if (m_endedAfterMs >= 0)
        return m_endedAfterMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

qint64 Job::remainingMs() const {
    // Below 1 % (or in the first second) the rate says too little to be worth showing.
    const qint64 elapsed = elapsedMs();
    if (!isActive() || m_fraction < 0.01 || elapsed < 1000)
        return -1;
    return static_cast<qint64>(static_cast<double>(elapsed) * (1.0 - m_fraction) / m_fraction);
}

void Job::start() {
    if (m_state != JobState::Queued)
        return;
    m_clock.start();
    setState(JobState::Running);
    appendLog(tr("Started"));
    m_runner->start(m_title, std::move(m_work));
    m_work = nullptr;
}

void Job::cancel() {
    if (m_state == JobState::Queued) {
        m_work = nullptr;
        end(JobState::Cancelled, {});
    } else if (m_state == JobState::Running) {
        setState(JobState::Cancelling);
        appendLog(tr("Cancelling..."));
        m_runner->cancel();
    }
}

void Job::setState(JobState state) {
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Job::appendLog(const QString& line) {
    const QString stamped = QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + line;
    m_log.append(stamped);
    Q_EMIT logAppended(stamped);
}

void Job::onProgress(double fraction, const QString& step) {
    // A report can still arrive after cancel() asked the work to stop; it does not revive the job.
    if (hasEnded())
        return;
    m_fraction = fraction;
    if (step != m_step && !step.isEmpty())
        appendLog(step); // the log keeps the steps, not every percent
    m_step = step;
    Q_EMIT progressChanged(fraction, step);
}

void Job::end(JobState state, const QString& message) {
    m_endedAfterMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_error = message;
    if (state == JobState::Finished) {
        m_fraction = 1.0;
        m_step.clear(); // the last step's name would read as if it were still going on
    }
    switch (state) {
    case JobState::Finished:
        appendLog(tr("Finished"));
        break;
    case JobState::Failed:
        appendLog(tr("Failed: %1").arg(message));
        break;
    default:
        appendLog(tr("Cancelled"));
        break;
    }
    setState(state);
    if (state == JobState::Finished)
        Q_EMIT finished();
    else if (state == JobState::Failed)
        Q_EMIT failed(message);
    else
        Q_EMIT cancelled();
    Q_EMIT ended();
}

} // namespace nuclei3d::ui
