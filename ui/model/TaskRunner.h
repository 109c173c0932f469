#pragma once
// Runs one piece of long core work on a worker thread and reports its end on the UI thread:
// finished, failed (with the core error message) or cancelled. The seed of the job queue.
//
// Threads: create, start() and cancel() on the UI thread; `work` runs on the worker thread and must
// not touch widgets; every signal is delivered on the thread that owns this object.
#include "model/ProgressRelay.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>

namespace nuclei3d::ui {

class TaskRunner : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(const Progress&)>;

    explicit TaskRunner(QObject* parent = nullptr);
    ~TaskRunner() override;

    /// Starts work on a new thread; returns false if a task is already running.
    bool start(const QString& title, Work work);
    void cancel();
    bool isRunning() const;
    /// Blocks until the running task has ended (used on shutdown, after cancel()).
    void wait();
    QString title() const { return m_title; }

Q_SIGNALS:
    void progressChanged(double fraction, const QString& step);
    void finished();
    void failed(const QString& message);
    void cancelled();

private:
    void onThreadFinished();
    /// Orders everything the worker did (its writes of the outcome, its last use of the relay)
    /// before what this thread does next (why: the comment in start()).
    void joinWorkerMemory() const;

    QThread* m_thread = nullptr;
    ProgressRelay* m_relay = nullptr;
    QString m_title;
    QString m_error;
    bool m_wasCancelled = false;
    std::atomic<bool> m_workerReturned{false};
};

} // namespace nuclei3d::ui
