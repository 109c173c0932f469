// The evaluation view and the training monitor as widgets: the tables fill from evaluation
// details, a row click reports the nucleus's centroid (also after sorting), and the training
// monitor's chart draws the rows it is fed, live, one series per term.
#include "model/EvaluationDetails.h"
#include "model/EvaluationScoreModel.h"
#include "model/LossCurveModel.h"
#include "views/EvaluationPanel.h"
#include "views/TrainingMonitor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;

class TestEvaluationAndTraining : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void evaluationTablesFillAndRowsJump() {
        Volume<std::uint32_t> gt(Shape{30, 10, 4}, 0u), pred(Shape{30, 10, 4}, 0u);
        for (std::size_t z = 0; z < 4; ++z)
            for (std::size_t y = 0; y < 4; ++y)
                for (std::size_t x = 0; x < 4; ++x) {
                    gt.at(x, y, z) = 1;
                    pred.at(x, y, z) = 1;
                    gt.at(x + 20, y + 5, z) = 2; // missed
                }
        auto details = std::make_shared<EvaluationDetails>(evaluateInDetail(pred, gt, EvaluationOptions{0}));
        EvaluationPanel panel;
        panel.show();
        panel.setDetails(details, "labels");
        QCOMPARE(panel.scoreTable()->model()->rowCount(), 11);
        QCOMPARE(panel.scoreModel()->index(0, EvaluationScoreModel::Recall).data(Qt::UserRole).toDouble(), 0.5);
        QCOMPARE(panel.nucleusTable()->model()->rowCount(), 2);
        QSignalSpy chosen(&panel, &EvaluationPanel::nucleusChosen);
        // Sorted by verdict, the false negative (verdict 3) comes first.
        panel.activateRow(0);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toDouble(), 21.5);
        QCOMPARE(chosen.at(0).at(1).toDouble(), 6.5);
        const QModelIndex second = panel.nucleusTable()->model()->index(1, 0);
        QTest::mouseClick(panel.nucleusTable()->viewport(), Qt::LeftButton, {},
                          panel.nucleusTable()->visualRect(second).center());
        QVERIFY(chosen.count() >= 2);
        QCOMPARE(chosen.last().at(0).toDouble(), 1.5);
        panel.clear();
        QCOMPARE(panel.scoreTable()->model()->rowCount(), 0);
    }
    void trainingMonitorDrawsRowsLive() {
        TrainingMonitor monitor;
        monitor.show();
        monitor.model()->addRow(1, {{"loss", 1.0}, {"dice", 0.6}});
        monitor.model()->addRow(2, {{"loss", 0.8}, {"dice", 0.5}});
        QCOMPARE(monitor.pointCount("loss"), 2);
        QCOMPARE(monitor.pointCount("dice"), 2);
        monitor.model()->addRow(3, {{"loss", 0.7}, {"validation_loss", 0.9}});
        QCOMPARE(monitor.pointCount("loss"), 3);
        QCOMPARE(monitor.pointCount("validation_loss"), 1);
        QCOMPARE(monitor.pointCount("dice"), 2);
    }
    void trainingMonitorFollowsALossFile() {
        QTemporaryDir dir;
        const QString file = dir.filePath("loss.csv");
        TrainingMonitor monitor;
        monitor.followFile(file); // not there yet: waits
        QCOMPARE(monitor.pointCount("loss"), 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("step,loss,main,dice,contour,validation_loss\n1,0.9,0.5,0.3,0.1,\n");
        f.flush();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.pointCount("loss"), 1, 5000); // the timer reads it
        f.write("2,0.8,0.4,0.3,0.1,0.95\n");
        f.flush();
        monitor.poll();
        QCOMPARE(monitor.pointCount("loss"), 2);
        QCOMPARE(monitor.pointCount("validation_loss"), 1);
        monitor.followFile(QString());
        QCOMPARE(monitor.pointCount("loss"), 0);
    }
};

QTEST_MAIN(TestEvaluationAndTraining)
#include "TestEvaluationAndTraining.moc"
