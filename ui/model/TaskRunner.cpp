#include "model/TaskRunner.h"

#include "pipeline/Error.h"

#include <exception>
#include <new>
#include <typeinfo>

namespace nuclei3d::ui {

TaskRunner::TaskRunner(QObject* parent) : QObject(parent) {}

TaskRunner::~TaskRunner() {
    cancel();
    if (m_thread) {
        m_thread->wait();
        joinWorkerMemory();
        delete m_thread; // its queued finished() will never be delivered to a dead receiver
    }
}

bool TaskRunner::start(const QString& title, Work work) {
    if (isRunning())
        return false;
    m_title = title;
    m_error.clear();
    m_wasCancelled = false;
    m_workerReturned.store(false, std::memory_order_relaxed);
    delete m_relay;
    m_relay = new ProgressRelay(this);
    connect(m_relay, &ProgressRelay::progressChanged, this, &TaskRunner::progressChanged);
    ProgressRelay* relay = m_relay;
    // The lambda writes m_error/m_wasCancelled and uses the relay on the worker; this thread reads
    // the outcome and may delete the relay only after joinWorkerMemory(). QThread::finished and
    // QThread::wait() order them too, but through Qt's futex-based mutexes, which a
    // ThreadSanitizer build cannot see (Debian's Qt is not instrumented); the release store below
    // and the acquire load in joinWorkerMemory() state the order in C++ terms that it checks.
    m_thread = QThread::create([this, relay, work = std::move(work)] {
        try {
            work(Progress(relay, &relay->token()));
        } catch (const Cancelled&) {
            m_wasCancelled = true;
        } catch (const std::bad_alloc&) {
            m_error = tr("Out of memory: the volume is too large for this computer.");
        } catch (const std::exception& e) {
            m_error = QString::fromStdString(e.what());
            // A library error with no text must still read as a failure, never as success.
            if (m_error.trimmed().isEmpty())
                m_error = tr("Failed with an error that has no message (%1).").arg(QString::fromLatin1(typeid(e).name()));
        } catch (...) {
            m_error = tr("Failed with an unknown error (not a standard exception).");
        }
        m_workerReturned.store(true, std::memory_order_release);
    });
    connect(m_thread, &QThread::finished, this, &TaskRunner::onThreadFinished);
    m_thread->start();
    return true;
}

void TaskRunner::cancel() {
    if (m_relay)
        m_relay->cancel();
}

// Busy until the end has been reported on this thread, not merely until the worker returned, so
// that nobody starts new work between the worker's end and the result being taken over.
bool TaskRunner::isRunning() const { return m_thread != nullptr; }

void TaskRunner::wait() {
    if (m_thread) {
        m_thread->wait();
        joinWorkerMemory();
    }
}

void TaskRunner::joinWorkerMemory() const {
    // Called only once the worker has returned (after QThread::finished or wait()), so the load
    // sees the store; the acquire makes the worker's writes visible here.
    const bool returned = m_workerReturned.load(std::memory_order_acquire);
    Q_ASSERT(returned);
    Q_UNUSED(returned);
}

void TaskRunner::onThreadFinished() {
    joinWorkerMemory();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_wasCancelled)
        Q_EMIT cancelled();
    else if (!m_error.isEmpty())
        Q_EMIT failed(m_error);
    else
        Q_EMIT finished();
}

} // namespace nuclei3d::ui
