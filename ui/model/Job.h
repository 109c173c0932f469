#pragma once
// One unit of long work in the JobQueue: its title, kind, state, progress, timing and log. The work
// itself runs on a worker thread through a TaskRunner; this object lives on the UI thread.
//
// Threads: every method is for the thread that owns the job (the UI thread); the Work function runs
// on a worker thread, must not touch widgets and hands results over through state it owns (for
// example a shared_ptr captured by the caller) that is read only after finished().
#include "model/JobState.h"
#include "model/TaskRunner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace nuclei3d::ui {

class Job : public QObject {
    Q_OBJECT
  public:
    using Work = TaskRunner::Work;

    Job(int id, const QString& title, JobKind kind, Work work, QObject* parent = nullptr);

    int id() const { return m_id; }
    QString title() const { return m_title; }
    JobKind kind() const { return m_kind; }
    JobState state() const { return m_state; }
    double fraction() const { return m_fraction; }
    QString step() const { return m_step; }
    QStringList log() const { return m_log; }
    QString errorMessage() const { return m_error; }
    /// Running or cancelling: a worker thread is busy with it.
    bool isActive() const { return m_state == JobState::Running || m_state == JobState::Cancelling; }
    bool hasEnded() const { return isEndState(m_state); }
    /// Milliseconds since the job started (frozen at its end); 0 while queued.
    qint64 elapsedMs() const;
    /// Estimate from the progress so far; -1 while unknown (queued, ended or too early to say).
    qint64 remainingMs() const;

    /// Queued: ends at once as cancelled. Running: asks the work to stop (state cancelling); the
    /// cancelled() signal follows when the worker has returned.
    void cancel();

  Q_SIGNALS:
    void stateChanged(nuclei3d::ui::JobState state);
    void progressChanged(double fraction, const QString& step);
    void logAppended(const QString& line);
    /// The work returned normally: results the caller captured may be taken now.
    void finished();
    /// The work threw; the message is the core error's text, shown as it is.
    void failed(const QString& message);
    void cancelled();
    /// After any of finished, failed or cancelled (the queue schedules on it).
    void ended();

  private:
    friend class JobQueue;
    /// Called by the queue when a slot is free.
    void start();
    void setState(JobState state);
    void appendLog(const QString& line);
    void onProgress(double fraction, const QString& step);
    void end(JobState state, const QString& message);

    int m_id;
    QString m_title;
    JobKind m_kind;
    Work m_work;
    TaskRunner* m_runner;
    JobState m_state = JobState::Queued;
    double m_fraction = 0.0;
    QString m_step;
    QStringList m_log;
    QString m_error;
    QElapsedTimer m_clock;
    qint64 m_endedAfterMs = -1;
};

} // namespace nuclei3d::ui
