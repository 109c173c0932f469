// run's M1 with retries: another seed is trained while the foreground overlap is below the limit,
// in its own folder; the best-overlapping M1 and its I_seg are kept; a resumed call makes the same
// choice without training; an ensemble averages its members, whose seeds never overlap; stale retry
// folders are emptied.
#include "../unet/UnetTestSupport.h"

#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "run/ForegroundAgreement.h"
#include "run/SegmenterRetry.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace nuclei3d;

namespace {

namespace fs = std::filesystem;

fs::path toPath(const QTemporaryDir& dir) { return fs::path(dir.path().toStdString()); }

// A microscope picture of other synthetic nuclei than the pairs' as the "real" image.
Volume<float> realImage() {
    SynthSettings s;
    s.shape = Shape{24, 24, 24};
    s.count = 6;
    s.radiusMin = 3.0;
    s.radiusMax = 5.0;
    s.seed = 11;
    const SynthResult synth = generateSynthetic(s);
    MicroscopeSettings m;
    m.seed = 11;
    return simulateMicroscope(synth.instances, synth.nuclei.size(), m);
}

TileSettings smallTiles() {
    TileSettings t;
    t.tileSize = 16;
    t.overlap = 4;
    return t;
}

} // namespace

class TestSegmenterRetry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setThreadCount(2); }

    void retriesWithTheNextSeedsAndKeepsTheBestOverlap() {
        QTemporaryDir dir;
        const std::vector<TrainingPair> pairs = test::tinyPairs();
        const UnetTrainSettings training = test::tinyTraining(3); // seed 3
        const Volume<float> image = realImage();
        SegmenterRetrySettings retry;
        retry.attempts = 3;
        retry.retryBelow = 1.5; // never reached: every attempt is made
        const SegmenterChoice choice =
            trainSegmenterWithRetries(pairs, training, image, smallTiles(), retry, toPath(dir), "{}");

        QCOMPARE(choice.attempts.size(), std::size_t(3));
        const fs::path expected[] = {toPath(dir) / "m1", toPath(dir) / "m1_seed4", toPath(dir) / "m1_seed5"};
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(choice.attempts[i].seed, std::uint64_t(3 + i));
            QCOMPARE(choice.attempts[i].folder, expected[i]);
            QVERIFY(fs::exists(modelFile(expected[i])));
            QCOMPARE(choice.attempts[i].training.steps, std::int64_t(3));
        }
        const auto best = std::max_element(choice.attempts.begin(), choice.attempts.end(),
                                           [](const auto& a, const auto& b) { return a.agreement < b.agreement; });
        QCOMPARE(choice.usedAttempts(), std::vector<std::size_t>{std::size_t(best - choice.attempts.begin())});
        for (const SegmenterAttempt& attempt : choice.attempts)
            QCOMPARE(attempt.used, &attempt == &*best);

        // The kept I_seg is the chosen model's, and its overlap is the one reported.
        UnetModel model = UnetModel::load(modelFile(best->folder));
        const Volume<float> again = predictVolume(model, image, smallTiles());
        QCOMPARE(choice.probability.shape(), image.shape());
        QVERIFY(std::equal(again.data(), again.data() + again.voxelCount(), choice.probability.data()));
        QCOMPARE(foregroundAgreement(choice.probability, image, retry.threshold), best->agreement);

        // Run again into the same folder: every attempt resumes finished, the choice is the same.
        const auto logSize = fs::file_size(lossLogFile(expected[2]));
        const SegmenterChoice resumed =
            trainSegmenterWithRetries(pairs, training, image, smallTiles(), retry, toPath(dir), "{}");
        QCOMPARE(resumed.usedAttempts(), choice.usedAttempts());
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(resumed.attempts[i].agreement, choice.attempts[i].agreement);
        QCOMPARE(fs::file_size(lossLogFile(expected[2])), logSize);
    }

    void aGoodEnoughFirstAttemptIsKept() {
        QTemporaryDir dir;
        SegmenterRetrySettings retry;
        retry.attempts = 3;
        retry.retryBelow = 0.0; // any overlap is enough
        const SegmenterChoice choice = trainSegmenterWithRetries(test::tinyPairs(), test::tinyTraining(2), realImage(),
                                                                 smallTiles(), retry, toPath(dir), "{}");
        QCOMPARE(choice.attempts.size(), std::size_t(1));
        QCOMPARE(choice.usedAttempts(), std::vector<std::size_t>{0});
        QVERIFY(fs::exists(modelFile(toPath(dir) / "m1")));
        QVERIFY(!fs::exists(toPath(dir) / "m1_seed4"));
    }

    void anEnsembleAveragesItsMembersWithSeedsApart() {
        QTemporaryDir dir;
        const Volume<float> image = realImage();
        SegmenterRetrySettings retry;
        retry.attempts = 2;
        retry.retryBelow = 0.0; // no retries: the members use seeds 2 and 3
        retry.ensemble = 2;
        UnetTrainSettings training = test::tinyTraining(2);
        training.seed = 2;
        const SegmenterChoice choice =
            trainSegmenterWithRetries(test::tinyPairs(), training, image, smallTiles(), retry, toPath(dir), "{}");
        QCOMPARE(choice.attempts.size(), std::size_t(2));
        QCOMPARE(choice.usedAttempts(), (std::vector<std::size_t>{0, 1}));
        QCOMPARE(choice.attempts[0].seed, std::uint64_t(2));
        QCOMPARE(choice.attempts[1].seed, std::uint64_t(3));
        QCOMPARE(choice.attempts[1].folder, toPath(dir) / "m1_seed3");
        QVERIFY(!fs::exists(toPath(dir) / "m1_seed4"));

        // The kept I_seg is the voxel-wise mean of both members' maps.
        UnetModel first = UnetModel::load(modelFile(toPath(dir) / "m1"));
        UnetModel second = UnetModel::load(modelFile(toPath(dir) / "m1_seed3"));
        const Volume<float> a = predictVolume(first, image, smallTiles());
        const Volume<float> b = predictVolume(second, image, smallTiles());
        QCOMPARE(choice.probability.shape(), image.shape());
        double largest = 0.0, differs = 0.0;
        for (std::size_t i = 0; i < a.voxelCount(); ++i) {
            largest = std::max(largest, double(std::abs(choice.probability[i] - 0.5f * (a[i] + b[i]))));
            differs = std::max(differs, double(std::abs(a[i] - b[i])));
        }
        QVERIFY2(largest < 1e-6, qPrintable(QString::number(largest)));
        QVERIFY(differs > 1e-3); // two seeds, two different nets: the mean is not either one
        QCOMPARE(choice.probability.spacing().x, image.spacing().x);

        // The overlaps were measured against the reference kept for stage 5.
        QCOMPARE(foregroundAgreement(a, choice.reference, retry.threshold), choice.attempts[0].agreement);
        QCOMPARE(foregroundAgreement(a, image, retry.threshold), choice.attempts[0].agreement);
    }

    void eachMemberRetriesWithSeedsAfterAllMembers() {
        QTemporaryDir dir;
        SegmenterRetrySettings retry;
        retry.attempts = 2;
        retry.retryBelow = 1.5; // never reached: every attempt is made
        retry.ensemble = 2;
        UnetTrainSettings training = test::tinyTraining(1);
        training.seed = 10;
        const SegmenterChoice choice = trainSegmenterWithRetries(test::tinyPairs(), training, realImage(),
                                                                 smallTiles(), retry, toPath(dir), "{}");
        // Member 0: seeds 10 then 12; member 1: seeds 11 then 13.
        std::vector<std::uint64_t> seeds;
        for (const SegmenterAttempt& attempt : choice.attempts)
            seeds.push_back(attempt.seed);
        QCOMPARE(seeds, (std::vector<std::uint64_t>{10, 12, 11, 13}));
        QCOMPARE(choice.usedAttempts().size(), std::size_t(2));
        QVERIFY(choice.usedAttempts()[0] < 2 && choice.usedAttempts()[1] >= 2); // one from each member
        for (const char* folder : {"m1", "m1_seed11", "m1_seed12", "m1_seed13"})
            QVERIFY2(fs::exists(modelFile(toPath(dir) / folder)), folder);
    }

    void noEnsembleMemberIsRefused() {
        QTemporaryDir dir;
        SegmenterRetrySettings retry;
        retry.ensemble = 0;
        QVERIFY_THROWS_EXCEPTION(Error, trainSegmenterWithRetries(test::tinyPairs(), test::tinyTraining(2), realImage(),
                                                                  smallTiles(), retry, toPath(dir), "{}"));
    }

    void staleRetriesAreEmptiedAndNothingElse() {
        QTemporaryDir dir;
        SegmenterRetrySettings retry;
        retry.attempts = 2;
        retry.retryBelow = 1.5;
        trainSegmenterWithRetries(test::tinyPairs(), test::tinyTraining(2), realImage(), smallTiles(), retry,
                                  toPath(dir), "{}");
        QVERIFY(fs::exists(modelFile(toPath(dir) / "m1_seed4")));
        removeSegmenterRetries(toPath(dir));
        for (const fs::path& file : {checkpointFile(toPath(dir) / "m1_seed4"), modelFile(toPath(dir) / "m1_seed4"),
                                     lossLogFile(toPath(dir) / "m1_seed4")})
            QVERIFY2(!fs::exists(file), file.c_str());
        QVERIFY(fs::exists(modelFile(toPath(dir) / "m1"))); // the first attempt is removeStaleModels' job
        removeSegmenterRetries(toPath(dir) / "never made"); // nothing to do, no error
    }

    void noAttemptIsRefused() {
        QTemporaryDir dir;
        SegmenterRetrySettings retry;
        retry.attempts = 0;
        QVERIFY_THROWS_EXCEPTION(Error, trainSegmenterWithRetries(test::tinyPairs(), test::tinyTraining(2), realImage(),
                                                                  smallTiles(), retry, toPath(dir), "{}"));
    }
};

QTEST_APPLESS_MAIN(TestSegmenterRetry)
#include "TestSegmenterRetry.moc"
