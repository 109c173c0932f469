// TaskRunner: work runs off the calling thread, progress arrives on it, and cancel and failure
// end the task with the right signal.
#include "model/TaskRunner.h"
#include "pipeline/Error.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace nuclei3d;
using namespace nuclei3d::ui;

class TestTaskRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsOnAWorkerAndReportsProgress() {
        TaskRunner runner;
        QSignalSpy finished(&runner, &TaskRunner::finished);
        QSignalSpy progress(&runner, &TaskRunner::progressChanged);
        std::thread::id workerId;
        QVERIFY(runner.start("t", [&](const Progress& p) {
            workerId = std::this_thread::get_id();
            for (int i = 0; i <= 10; ++i)
                p.report(i / 10.0, "step");
        }));
        QVERIFY(finished.wait(5000));
        QVERIFY(workerId != std::this_thread::get_id());
        QCOMPARE(progress.count(), 11);
        QCOMPARE(progress.last().at(0).toDouble(), 1.0);
    }
    void cancelWhileRunning() {
        TaskRunner runner;
        QSignalSpy cancelled(&runner, &TaskRunner::cancelled);
        QSignalSpy finished(&runner, &TaskRunner::finished);
        std::atomic<bool> started{false};
        runner.start("long", [&](const Progress& p) {
            started = true;
            for (;;) { // would run forever without cancel
                p.report(0.5, "waiting");
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
        QTRY_VERIFY(started.load());
        QVERIFY(!runner.start("second", [](const Progress&) {}));
        runner.cancel();
        QVERIFY(cancelled.wait(5000));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!runner.isRunning());
    }
    void failureCarriesTheMessage() {
        TaskRunner runner;
        QSignalSpy failed(&runner, &TaskRunner::failed);
        runner.start("bad", [](const Progress&) { throw FileError("x.tif", "not a TIFF file"); });
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), QString("x.tif: not a TIFF file"));
    }
    void failureWithoutTextStillFails() {
        // An exception with an empty what() (or none derived from std::exception) once ended a
        // job as "finished" with no results: it must read as a failure with a message.
        struct Silent : std::exception {
            const char* what() const noexcept override { return ""; }
        };
        for (int kind = 0; kind < 2; ++kind) {
            TaskRunner runner;
            QSignalSpy failed(&runner, &TaskRunner::failed);
            QSignalSpy finished(&runner, &TaskRunner::finished);
            runner.start("silent", [kind](const Progress&) {
                if (kind == 0)
                    throw Silent();
                throw 42;
            });
            QVERIFY(failed.wait(5000));
            QVERIFY(!failed.first().at(0).toString().trimmed().isEmpty());
            QCOMPARE(finished.count(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestTaskRunner)
#include "TestTaskRunner.moc"
