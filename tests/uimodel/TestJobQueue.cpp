// JobQueue: device jobs one at a time, CPU jobs in parallel up to the bound, cancel while queued
// and while running, failures carry the core's message, and the states and signals in between.
#include "model/Job.h"
#include "model/JobListModel.h"
#include "model/JobQueue.h"
#include "pipeline/Error.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace nuclei3d;
using namespace nuclei3d::ui;

namespace {

// Work that runs until released (or cancelled), counting how many such works run at once.
struct Gate {
    std::atomic<bool> open{false};
    std::atomic<int> running{0};
    std::atomic<int> peak{0};

    Job::Work work() {
        return [this](const Progress& progress) {
            const int now = ++running;
            int seen = peak.load();
            while (now > seen && !peak.compare_exchange_weak(seen, now)) {
            }
            while (!open.load()) {
                try {
                    progress.report(0.5, "waiting");
                } catch (...) {
                    --running;
                    throw;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            --running;
        };
    }
};

} // namespace

class TestJobQueue : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void deviceJobsRunOneAtATime() {
        JobQueue queue(4);
        Gate gate;
        Job* a = queue.submit("a", JobKind::Device, gate.work());
        Job* b = queue.submit("b", JobKind::Device, gate.work());
        Job* c = queue.submit("c", JobKind::Device, gate.work());
        QCOMPARE(a->state(), JobState::Running);
        QCOMPARE(b->state(), JobState::Queued);
        QCOMPARE(c->state(), JobState::Queued);
        QTRY_COMPARE(gate.running.load(), 1);
        QTest::qWait(50);
        QCOMPARE(gate.running.load(), 1);
        gate.open = true;
        QSignalSpy idle(&queue, &JobQueue::idle);
        QVERIFY(idle.wait(5000));
        QCOMPARE(gate.peak.load(), 1);
        for (Job* job : {a, b, c})
            QCOMPARE(job->state(), JobState::Finished);
    }
    void cpuJobsRunInParallelUpToTheBound() {
        JobQueue queue(2);
        Gate gate;
        QList<Job*> jobs;
        for (int i = 0; i < 5; ++i)
            jobs.append(queue.submit(QString("cpu %1").arg(i), JobKind::Cpu, gate.work()));
        QTRY_COMPARE(gate.running.load(), 2);
        QCOMPARE(queue.activeCount(JobKind::Cpu), 2);
        QCOMPARE(jobs[2]->state(), JobState::Queued);
        gate.open = true;
        QTRY_VERIFY(!queue.isBusy());
        QCOMPARE(gate.peak.load(), 2);
    }
    void deviceAndCpuPoolsAreSeparate() {
        JobQueue queue(1);
        Gate gate;
        Job* device = queue.submit("train", JobKind::Device, gate.work());
        Job* queuedDevice = queue.submit("train 2", JobKind::Device, gate.work());
        Job* cpu = queue.submit("open", JobKind::Cpu, gate.work());
        // The waiting device job does not hold up the CPU job submitted after it.
        QCOMPARE(device->state(), JobState::Running);
        QCOMPARE(queuedDevice->state(), JobState::Queued);
        QCOMPARE(cpu->state(), JobState::Running);
        QTRY_COMPARE(gate.running.load(), 2);
        gate.open = true;
        QTRY_VERIFY(!queue.isBusy());
    }
    void cancelWhileQueued() {
        JobQueue queue(1);
        Gate gate;
        Job* running = queue.submit("first", JobKind::Device, gate.work());
        std::atomic<bool> ran{false};
        Job* queued = queue.submit("second", JobKind::Device, [&ran](const Progress&) { ran = true; });
        QSignalSpy cancelled(queued, &Job::cancelled);
        queued->cancel();
        QCOMPARE(queued->state(), JobState::Cancelled);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(queued->elapsedMs(), qint64{0});
        gate.open = true;
        QTRY_COMPARE(running->state(), JobState::Finished);
        QVERIFY(!ran.load());
    }
    void cancelWhileRunning() {
        JobQueue queue(1);
        Gate gate;
        Job* job = queue.submit("long", JobKind::Device, gate.work());
        Job* next = queue.submit("next", JobKind::Device, [](const Progress&) {});
        QSignalSpy states(job, &Job::stateChanged);
        QSignalSpy cancelled(job, &Job::cancelled);
        QSignalSpy finished(job, &Job::finished);
        QTRY_COMPARE(gate.running.load(), 1);
        job->cancel();
        QCOMPARE(job->state(), JobState::Cancelling);
        QVERIFY(cancelled.wait(5000));
        QCOMPARE(job->state(), JobState::Cancelled);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(states.count(), 2);
        QCOMPARE(states.at(0).at(0).value<JobState>(), JobState::Cancelling);
        QCOMPARE(states.at(1).at(0).value<JobState>(), JobState::Cancelled);
        QVERIFY(job->log().last().endsWith("Cancelled"));
        // The slot it freed goes to the next job.
        QTRY_COMPARE(next->state(), JobState::Finished);
    }
    void failureCarriesTheCoreMessage() {
        JobQueue queue;
        Job* job = queue.submit("read", JobKind::Cpu,
                                [](const Progress&) { throw FileError("x.tif", "not a TIFF file"); });
        QSignalSpy failed(job, &Job::failed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), QString("x.tif: not a TIFF file"));
        QCOMPARE(job->state(), JobState::Failed);
        QCOMPARE(job->errorMessage(), QString("x.tif: not a TIFF file"));
        QVERIFY(job->log().last().contains("not a TIFF file"));
    }
    void statesProgressAndLog() {
        JobQueue queue;
        Job* job = queue.submit("steps", JobKind::Cpu, [](const Progress& p) {
            p.report(0.0, "placing");
            p.report(0.5, "placing");
            p.report(0.9, "blurring");
        });
        QSignalSpy states(job, &Job::stateChanged);
        QSignalSpy progress(job, &Job::progressChanged);
        QSignalSpy ended(job, &Job::ended);
        QCOMPARE(job->state(), JobState::Running);
        QVERIFY(ended.wait(5000));
        QCOMPARE(states.count(), 1);
        QCOMPARE(states.first().at(0).value<JobState>(), JobState::Finished);
        QCOMPARE(progress.count(), 3);
        QCOMPARE(job->fraction(), 1.0);
        QCOMPARE(job->remainingMs(), qint64{-1});
        QVERIFY(job->elapsedMs() >= 0);
        // One log line per step, not per report.
        const QStringList log = job->log();
        QCOMPARE(log.size(), 5);
        QVERIFY(log[2].endsWith("placing"));
        QVERIFY(log[3].endsWith("blurring"));
        QVERIFY(log[4].endsWith("Finished"));
    }
    void cancelAllEndsEverything() {
        JobQueue queue(1);
        Gate gate;
        QList<Job*> jobs;
        for (int i = 0; i < 3; ++i) {
            jobs.append(queue.submit("d", JobKind::Device, gate.work()));
            jobs.append(queue.submit("c", JobKind::Cpu, gate.work()));
        }
        QTRY_COMPARE(gate.running.load(), 2);
        QSignalSpy idle(&queue, &JobQueue::idle);
        queue.cancelAll();
        QVERIFY(idle.count() == 1 || idle.wait(5000));
        for (Job* job : jobs)
            QCOMPARE(job->state(), JobState::Cancelled);
        QCOMPARE(gate.peak.load(), 2);
    }
    void listModelFollowsTheQueue() {
        JobQueue queue(1);
        JobListModel model(&queue);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Gate gate;
        Job* job = queue.submit("shown", JobKind::Device, gate.work());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, JobListModel::TitleColumn)).toString(), QString("shown"));
        QCOMPARE(model.data(model.index(0, JobListModel::StateColumn)).toString(), QString("Running"));
        QCOMPARE(model.jobAt(0), job);
        QTRY_COMPARE(model.data(model.index(0, 0), JobListModel::FractionRole).toDouble(), 0.5);
        gate.open = true;
        QTRY_COMPARE(model.data(model.index(0, JobListModel::StateColumn)).toString(), QString("Finished"));
        queue.removeEnded();
        QCOMPARE(model.rowCount(), 0);
    }
    void formatsDurations() {
        QCOMPARE(JobListModel::formatDuration(-1), QString("-"));
        QCOMPARE(JobListModel::formatDuration(65000), QString("1:05"));
        QCOMPARE(JobListModel::formatDuration(3723000), QString("1:02:03"));
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "TestJobQueue.moc"
