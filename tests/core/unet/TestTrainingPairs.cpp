// Training pairs: a folder written by writeTrainingPairs reads back identically, and bad folders
// give errors naming the file.
#include "pipeline/Error.h"
#include "synth/TrainingPairs.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace nuclei3d;

namespace {
PairSettings smallPairs() {
    PairSettings s;
    s.volumes = 2;
    s.volumeSize = 32;
    s.cropSize = 16;
    s.synth.count = 6;
    s.synth.radiusMin = 3.0;
    s.synth.radiusMax = 5.0;
    s.synth.blurSigma = 1.0;
    s.microscope.psfSigma = 1.0;
    return s;
}
std::filesystem::path path(const QTemporaryDir& dir) { return dir.path().toStdString(); }
} // namespace

class TestTrainingPairs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip() {
        QTemporaryDir dir;
        const PairSettings s = smallPairs();
        QCOMPARE(writeTrainingPairs(path(dir), s, ParameterSet()), std::size_t{16});
        const std::vector<TrainingPair> pairs = loadTrainingPairs(path(dir));
        QCOMPARE(pairs.size(), std::size_t{16});
        for (const TrainingPair& p : pairs) {
            QVERIFY(p.input.shape() == (Shape{16, 16, 16}));
            QVERIFY(p.binary.shape() == (Shape{16, 16, 16}));
            QVERIFY(p.contour.shape() == (Shape{16, 16, 16}));
            QVERIFY(p.shapemarker.shape() == (Shape{16, 16, 16}));
        }
        // Writing again with the same settings gives the same pairs (deterministic per seed).
        QTemporaryDir again;
        writeTrainingPairs(path(again), s, ParameterSet());
        const std::vector<TrainingPair> second = loadTrainingPairs(path(again));
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            QVERIFY(pairs[i].input.storage() == second[i].input.storage());
            QVERIFY(pairs[i].binary.storage() == second[i].binary.storage());
        }
        // Some crop holds nucleus voxels, and contours lie inside nuclei.
        std::size_t inside = 0;
        for (const TrainingPair& p : pairs)
            for (std::size_t i = 0; i < p.binary.voxelCount(); ++i) {
                inside += p.binary[i] != 0;
                if (p.contour[i])
                    QCOMPARE(int(p.binary[i]), 255);
            }
        QVERIFY(inside > 0);
    }

    void missingOrBrokenFoldersNameTheFile() {
        QTemporaryDir dir;
        try {
            loadTrainingPairs(path(dir));
            QFAIL("no manifest must be an error");
        } catch (const FileError& e) {
            QVERIFY(e.file().filename() == "pairs.json");
        }
        writeTrainingPairs(path(dir), smallPairs(), ParameterSet());
        std::filesystem::remove(path(dir) / "pair00003_contour.tif");
        try {
            loadTrainingPairs(path(dir));
            QFAIL("a missing pair file must be an error");
        } catch (const FileError& e) {
            QVERIFY(e.file().filename() == "pair00003_contour.tif");
        }
        std::ofstream(path(dir) / "pairs.json") << "{ not json";
        QVERIFY_THROWS_EXCEPTION(FileError, loadTrainingPairs(path(dir)));
    }
};

QTEST_APPLESS_MAIN(TestTrainingPairs)
#include "TestTrainingPairs.moc"
