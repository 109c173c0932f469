// The job panel: a started job appears with its state and a cancel button; the button cancels it,
// and the log of the selected job follows what the job reports.
#include "model/Job.h"
#include "model/JobListModel.h"
#include "model/JobQueue.h"
#include "pipeline/Error.h"
#include "views/JobPanel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace nuclei3d;
using namespace nuclei3d::ui;

class TestJobPanel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void startAndCancelAJob() {
        JobQueue queue(1);
        JobPanel panel(&queue);
        panel.show();
        std::atomic<bool> started{false};
        Job* job = queue.submit("endless", JobKind::Device, [&started](const Progress& p) {
            started = true;
            for (;;) {
                p.report(0.25, "working");
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        QPushButton* cancel = panel.cancelButton(0);
        QVERIFY(cancel);
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY(started.load());
        QTRY_VERIFY(panel.logText().contains("working"));
        const QModelIndex state = panel.model()->index(0, JobListModel::StateColumn);
        QCOMPARE(state.data().toString(), QString("Running"));

        QSignalSpy cancelled(job, &Job::cancelled);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(cancelled.count() == 1 || cancelled.wait(5000));
        QCOMPARE(state.data().toString(), QString("Cancelled"));
        QVERIFY(panel.logText().endsWith("Cancelled"));
    }
    void cancelAQueuedJobAndClear() {
        JobQueue queue(1);
        JobPanel panel(&queue);
        std::atomic<bool> release{false};
        queue.submit("first", JobKind::Device, [&release](const Progress& p) {
            while (!release.load()) {
                p.checkCancelled();
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        Job* second = queue.submit("second", JobKind::Device, [](const Progress&) {});
        QCOMPARE(panel.model()->index(1, JobListModel::StateColumn).data().toString(), QString("Queued"));
        panel.cancelButton(1)->click();
        QCOMPARE(second->state(), JobState::Cancelled);
        release = true;
        QTRY_VERIFY(!queue.isBusy());
        panel.selectRow(0);
        QVERIFY(panel.logText().contains("Finished"));
        queue.removeEnded();
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(panel.logText().isEmpty());
    }
    void failureShowsInTheLog() {
        JobQueue queue;
        JobPanel panel(&queue);
        Job* job =
            queue.submit("bad", JobKind::Cpu, [](const Progress&) { throw Error("the input is empty"); });
        QSignalSpy ended(job, &Job::ended);
        QVERIFY(ended.wait(5000));
        QCOMPARE(panel.model()->index(0, JobListModel::StateColumn).data().toString(), QString("Failed"));
        QVERIFY(panel.logText().contains("the input is empty"));
        QVERIFY(!panel.cancelButton(0)->isEnabled());
    }
};

QTEST_MAIN(TestJobPanel)
#include "TestJobPanel.moc"
