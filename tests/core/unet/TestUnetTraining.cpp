// Training: a tiny run lowers the loss and writes its log, checkpoints resume to exactly the same
// weights as an uninterrupted run, and a cancel leaves a loadable checkpoint.
#include "UnetTestSupport.h"

#include "pipeline/Error.h"
#include "unet/TorchThreads.h"
#include "unet/UnetModelImpl.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <string>

using namespace nuclei3d;

namespace {

std::filesystem::path path(const QTemporaryDir& dir) { return dir.path().toStdString(); }

double maxDifference(const UnetModel& a, const UnetModel& b) {
    const auto pa = a.impl().net->named_parameters();
    const auto pb = b.impl().net->named_parameters();
    double worst = 0.0;
    for (const auto& p : pa)
        worst = std::max(worst, (p.value() - pb[p.key()]).abs().max().item<double>());
    return worst;
}

class CancelAtStep : public ProgressSink {
public:
    explicit CancelAtStep(std::string step) : m_step(std::move(step)) {}
    bool update(double, const std::string& text) override { return text.rfind(m_step, 0) != 0; }

private:
    std::string m_step;
};

} // namespace

class TestUnetTraining : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // One thread: steps this small are all synchronisation on a busy machine, and one thread
        // makes the resume comparison independent of the thread pool.
        setThreadCount(1);
        m_pairs = test::tinyPairs();
        QCOMPARE(m_pairs.size(), std::size_t{8});
    }

    void tinyRunLowersTheLoss() {
        QTemporaryDir dir;
        const UnetTrainResult result = trainUnet(m_pairs, test::tinyTraining(30), path(dir), "{}");
        QCOMPARE(result.steps, std::int64_t{30});
        QVERIFY(result.validationLoss >= 0.0);
        std::ifstream log(lossLogFile(path(dir)));
        std::string line;
        std::getline(log, line);
        QCOMPARE(line, std::string("step,loss,main,dice,contour,validation_loss"));
        std::vector<double> losses;
        while (std::getline(log, line))
            losses.push_back(std::stod(line.substr(line.find(',') + 1)));
        QCOMPARE(losses.size(), std::size_t{30});
        const double first = (losses[0] + losses[1] + losses[2]) / 3.0;
        const double last = (losses[27] + losses[28] + losses[29]) / 3.0;
        QVERIFY2(last < 0.8 * first, (std::to_string(first) + " -> " + std::to_string(last)).c_str());
        const UnetModel model = UnetModel::load(modelFile(path(dir)));
        QVERIFY(model.config() == test::tinyTraining(1).net);
        QCOMPARE(model.parametersJson(), std::string("{}"));
        // The brightest training voxel lies above the 99.8th percentile that maps to 1.
        QVERIFY2(std::isfinite(model.inputCeiling()) && model.inputCeiling() >= 1.0,
                 std::to_string(model.inputCeiling()).c_str());
    }

    void resumeContinuesIdentically() {
        QTemporaryDir straight, interrupted;
        trainUnet(m_pairs, test::tinyTraining(10), path(straight), "{}");
        trainUnet(m_pairs, test::tinyTraining(5), path(interrupted), "{}");
        const UnetTrainResult resumed = trainUnet(m_pairs, test::tinyTraining(10), path(interrupted), "{}");
        QCOMPARE(resumed.steps, std::int64_t{10});
        const UnetModel a = UnetModel::load(modelFile(path(straight)));
        const UnetModel b = UnetModel::load(modelFile(path(interrupted)));
        QVERIFY(maxDifference(a, b) < 1e-5);
    }

    void resumingAFinishedRunReportsItsLastLoss() {
        QTemporaryDir dir;
        const UnetTrainResult trained = trainUnet(m_pairs, test::tinyTraining(4), path(dir), "{}");
        QVERIFY(trained.lastLoss > 0.0);
        // Nothing is left to do, so no step runs: the loss comes from the log, not 0.
        const UnetTrainResult again = trainUnet(m_pairs, test::tinyTraining(4), path(dir), "{}");
        QCOMPARE(again.steps, std::int64_t{4});
        QVERIFY(std::abs(again.lastLoss - trained.lastLoss) < 1e-4 * trained.lastLoss);
    }

    void badAugmentationGainsAreRefused() {
        QTemporaryDir dir;
        UnetTrainSettings s = test::tinyTraining(1);
        s.gainMin = 1.1;
        s.gainMax = 1.0;
        QVERIFY_THROWS_EXCEPTION(Error, trainUnet(m_pairs, s, path(dir), "{}"));
        s.gainMin = 0.0;
        QVERIFY_THROWS_EXCEPTION(Error, trainUnet(m_pairs, s, path(dir), "{}"));
        QVERIFY(!std::filesystem::exists(checkpointFile(path(dir))));
    }

    void resumingAnotherArchitectureIsRefused() {
        QTemporaryDir dir;
        trainUnet(m_pairs, test::tinyTraining(5), path(dir), "{}");
        UnetTrainSettings wider = test::tinyTraining(10);
        wider.net.baseFilters = 6;
        QVERIFY_THROWS_EXCEPTION(FileError, trainUnet(m_pairs, wider, path(dir), "{}"));
    }

    void cancelKeepsALoadableCheckpoint() {
        QTemporaryDir dir;
        CancelAtStep sink("step 8/");
        CancelToken token;
        QVERIFY_THROWS_EXCEPTION(Cancelled, trainUnet(m_pairs, test::tinyTraining(20), path(dir), "{}",
                                                      Progress(&sink, &token)));
        QVERIFY(!std::filesystem::exists(modelFile(path(dir))));
        const UnetModel model = loadCheckpointModel(checkpointFile(path(dir)));
        QVERIFY(model.config() == test::tinyTraining(1).net);
        // The checkpoint holds step 7; training on finishes the run.
        const UnetTrainResult result = trainUnet(m_pairs, test::tinyTraining(9), path(dir), "{}");
        QCOMPARE(result.steps, std::int64_t{9});
    }

private:
    std::vector<TrainingPair> m_pairs;
};

QTEST_APPLESS_MAIN(TestUnetTraining)
#include "TestUnetTraining.moc"
