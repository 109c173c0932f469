// The network commands of nuclei3d-cli (pairs, train-unet, train-gan, segment, run, bench unet) on tiny inputs:
// their CLI contract (file names), errors that name the file, and a cancelled training that keeps
// a loadable checkpoint and resumes. Networks here are tiny (depth 2, width 4, 16^3 pairs, a few
// steps) so that the whole file runs in about a minute on two cores.
#include "CliRunner.h"
#include "TestSupport.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/ParameterSet.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

const QStringList kTinyNet{"--unet.depth", "2", "--unet.base_filters", "4", "--unet.batch_size", "1"};
const QStringList kTinyPairs{"--pairs.volume_size", "32", "--pairs.crop_size", "16"};
const QStringList kStage5Outputs{"labels.tif", "contours.tif", "segcolor.tif", "classes.tif", "label.tif",
                                 "nuclei.csv", "params.json"};

// A small synthetic "microscopy" volume (the blurred I_binary) and its instance labels.
void makeImage(const QString& dir) {
    const CliResult r = runCli({"synth", "--out", dir, "--size", "40", "40", "24", "--count", "6", "--seed", "3"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

int lossRows(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().count('\n') - 1;
}

float maxValue(const Volume<float>& v) {
    float m = v.empty() ? 0.0f : v[0];
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        m = std::max(m, v[i]);
    return m;
}

float minValue(const Volume<float>& v) {
    float m = v.empty() ? 0.0f : v[0];
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        m = std::min(m, v[i]);
    return m;
}

} // namespace

class TestCliUnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pairsTrainAndSegment() {
        QTemporaryDir dir;
        const QString image = dir.filePath("image");
        makeImage(image);
        if (QTest::currentTestFailed())
            return;
        CliResult r = runCli(QStringList{"pairs", "--out", dir.filePath("pairs"), "--count", "1"} + kTinyPairs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(dir.filePath("pairs/pairs.json")));
        QVERIFY2(r.out.contains("8 training pairs"), qPrintable(r.out));
        for (const QString task : {"seg", "shape"}) {
            r = runCli(QStringList{"train-unet", "--pairs", dir.filePath("pairs"), "--task", task, "--out",
                                   dir.filePath("m_" + task), "--steps", "3"} +
                       kTinyNet);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            for (const QString name : {"model.pt", "checkpoint.pt", "loss.csv"})
                QVERIFY2(QFile::exists(dir.filePath("m_" + task + "/" + name)), qPrintable(name));
            QCOMPARE(lossRows(dir.filePath("m_" + task + "/loss.csv")), 3);
        }
        // Models in either order; a model file works as well as its folder.
        r = runCli({"segment", image + "/blurred.tif", "--models", dir.filePath("m_shape/model.pt"),
                    dir.filePath("m_seg"), "--out", dir.filePath("seg"), "--inference.tile_size", "16",
                    "--inference.tile_overlap", "4"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString& name : QStringList{"seg.tif", "shape.tif"} + kStage5Outputs) {
            QVERIFY2(QFile::exists(dir.filePath("seg/" + name)), qPrintable(name));
            QVERIFY2(r.out.contains(dir.filePath("seg/" + name)), "the CLI prints where each file went");
        }
        const AnyVolume seg = readVolume(toPath(dir.filePath("seg/seg.tif")));
        const auto* probability = std::get_if<Volume<float>>(&seg);
        QVERIFY2(probability, "seg.tif is float");
        QCOMPARE(probability->shape(), (Shape{40, 40, 24}));
        QVERIFY(minValue(*probability) >= 0.0f && maxValue(*probability) <= 1.0f);
        ParameterSet used;
        used.load(toPath(dir.filePath("seg/params.json")));
        QCOMPARE(used.integer("inference.tile_size"), std::int64_t{16});
        QCOMPARE(used.real("inference.percentile_high"), 99.8); // the model's, recorded

        // Percentiles given on the command line replace the model's: another input, another seg.tif.
        r = runCli({"segment", image + "/blurred.tif", "--models", dir.filePath("m_seg"), "--out",
                    dir.filePath("seg60"), "--inference.tile_size", "16", "--inference.tile_overlap", "4",
                    "--inference.percentile_high", "60"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const AnyVolume seg60 = readVolume(toPath(dir.filePath("seg60/seg.tif")));
        const auto& other = std::get<Volume<float>>(seg60);
        bool differs = false;
        for (std::size_t i = 0; i < other.voxelCount() && !differs; ++i)
            differs = other[i] != (*probability)[i];
        QVERIFY2(differs, "--inference.percentile_high must be used");
        used.load(toPath(dir.filePath("seg60/params.json")));
        QCOMPARE(used.real("inference.percentile_high"), 60.0);

        // Several seg models are an ensemble: seg.tif is the mean of their maps.
        r = runCli(QStringList{"train-unet", "--pairs", dir.filePath("pairs"), "--task", "seg", "--out",
                               dir.filePath("m_seg2"), "--steps", "3", "--unet.seed", "2"} +
                   kTinyNet);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList tiles{"--inference.tile_size", "16", "--inference.tile_overlap", "4"};
        r = runCli(QStringList{"segment", image + "/blurred.tif", "--models", dir.filePath("m_seg2"), "--out",
                               dir.filePath("seg2")} + tiles);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(QStringList{"segment", image + "/blurred.tif", "--models", dir.filePath("m_seg"),
                               dir.filePath("m_shape"), dir.filePath("m_seg2"), "--out", dir.filePath("both")} +
                   tiles);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("mean of 2 segmentation models"), qPrintable(r.out));
        const auto second = std::get<Volume<float>>(readVolume(toPath(dir.filePath("seg2/seg.tif"))));
        const auto mean = std::get<Volume<float>>(readVolume(toPath(dir.filePath("both/seg.tif"))));
        float largest = 0.0f, apart = 0.0f;
        for (std::size_t i = 0; i < mean.voxelCount(); ++i) {
            largest = std::max(largest, std::abs(mean[i] - 0.5f * ((*probability)[i] + second[i])));
            apart = std::max(apart, std::abs((*probability)[i] - second[i]));
        }
        QVERIFY2(largest < 1e-6f, qPrintable(QString::number(largest)));
        QVERIFY2(apart > 1e-3f, "two seeds give two different maps");

        // Two shape models are refused, naming the second.
        r = runCli(QStringList{"segment", image + "/blurred.tif", "--models", dir.filePath("m_shape"),
                               dir.filePath("m_seg"), dir.filePath("m_shape/model.pt"), "--out", dir.filePath("x")} +
                   tiles);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("second shape model") && r.err.contains("m_shape/model.pt"), qPrintable(r.err));
    }

    // train-gan with a voxel size and a nucleus count given on the command line (the image stores
    // none), then pairs made by its G1: the GAN folder's files, the voxel size and the count carried
    // into domain A's synthesis.
    void trainGanThenPairsFromIt() {
        QTemporaryDir dir;
        const QString image = dir.filePath("image");
        makeImage(image);
        if (QTest::currentTestFailed())
            return;
        const QString gan = dir.filePath("gan");
        CliResult r = runCli({"train-gan", "--real", image + "/blurred.tif", "--out", gan, "--mode", "cyclegan",
                              "--steps", "2", "--voxel-size", "0.5", "0.5", "1.5", "--gan.crop_size", "16",
                              "--gan.slice_size", "16", "--gan.generator_filters", "4", "--gan.discriminator_filters",
                              "4", "--gan.synthetic_volumes", "1", "--gan.checkpoint_every", "1", "--synth.count",
                              "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A count given by hand is domain A's density too, and said so.
        QVERIFY2(r.out.contains("domain A: 1 synthetic volumes, 3 nuclei per volume"), qPrintable(r.out));
        for (const QString name : {"generator.pt", "checkpoint.pt", "loss.csv", "realism.json", "params.json"})
            QVERIFY2(QFile::exists(gan + "/" + name), qPrintable(name));
        QVERIFY2(r.out.contains("histogram distance"), qPrintable(r.out));
        ParameterSet used;
        used.load(toPath(gan + "/params.json"));
        QCOMPARE(used.real("synth.voxel_x"), 0.5);
        QCOMPARE(used.real("synth.voxel_z"), 1.5);

        r = runCli(QStringList{"pairs", "--gan", gan, "--out", dir.filePath("pairs"), "--count", "1"} + kTinyPairs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("8 training pairs") && r.out.contains("GAN G1 (cyclegan) from"), qPrintable(r.out));
        QVERIFY2(!r.out.contains("microscope"), qPrintable(r.out));
        // With a microscope share, the last volumes take the microscope's input, and the output says so.
        r = runCli(QStringList{"pairs", "--gan", gan, "--out", dir.filePath("mixed"), "--count", "2",
                               "--pairs.microscope_share", "0.5"} +
                   kTinyPairs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("16 training pairs") && r.out.contains("the synthetic microscope for 1 of 2 volumes"),
                 qPrintable(r.out));
    }

    // Nucleus sizes from a --params file are the user's choice: the size estimate of --like leaves
    // them, as it leaves flags; without them it sets its own.
    void paramsFileSizesWinOverTheEstimate() {
        QTemporaryDir dir;
        const QString image = dir.filePath("image");
        makeImage(image);
        if (QTest::currentTestFailed())
            return;
        ParameterSet chosen;
        chosen.set("synth.radius_min", 2.5);
        chosen.set("synth.radius_max", 3.5);
        chosen.set("synth.size_x", std::int64_t{999}); // another image's geometry: the image's wins
        chosen.save(toPath(dir.filePath("chosen.json")));
        CliResult r = runCli(QStringList{"pairs", "--out", dir.filePath("p1"), "--count", "1", "--like",
                                         image + "/blurred.tif", "--params", dir.filePath("chosen.json")} +
                             kTinyPairs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("semi-axes 2.5-3.5 um"), qPrintable(r.out));
        r = runCli(QStringList{"pairs", "--out", dir.filePath("p2"), "--count", "1", "--like", image + "/blurred.tif"} +
                   kTinyPairs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("nucleus size estimated") && !r.out.contains("semi-axes 2.5-3.5 um"), qPrintable(r.out));
    }

    void runWritesEveryIntermediateAndEvaluates() {
        QTemporaryDir dir;
        const QString image = dir.filePath("image");
        makeImage(image);
        if (QTest::currentTestFailed())
            return;
        const QString out = dir.filePath("run");
        const CliResult r =
            runCli(QStringList{"run", image + "/blurred.tif", "--gt", image + "/instances.tif", "--out", out,
                               "--synth", "nogan", "--pairs.volumes", "1", "--unet.steps", "2", "--inference.tile_size", "16",
                               "--inference.tile_overlap", "4"} +
                   kTinyPairs + kTinyNet);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString& name : QStringList{"seg.tif", "shape.tif", "evaluation.json", "pairs/pairs.json",
                                               "m1/model.pt", "m2/model.pt", "m1/loss.csv"} +
                                       kStage5Outputs)
            QVERIFY2(QFile::exists(out + "/" + name), qPrintable(name));
        QVERIFY2(r.out.contains("nucleus size estimate"), qPrintable(r.out));
        QVERIFY2(r.out.contains("F1"), "the evaluation table is printed");
        // The synthesis was shaped like the image and every parameter is recorded.
        ParameterSet used;
        used.load(toPath(out + "/params.json"));
        QCOMPARE(used.integer("synth.size_x"), std::int64_t{40});
        QCOMPARE(used.integer("synth.size_z"), std::int64_t{24});
        QCOMPARE(used.integer("unet.steps"), std::int64_t{2});
        QCOMPARE(used.integer("synth.count"), std::int64_t{0});
        QCOMPARE(used.text("gan.mode"), std::string("nogan"));
        QVERIFY2(r.out.contains("non-GAN synthetic microscope"), qPrintable(r.out));
    }

    void runHelpOffersEverySynthesisMode() {
        const CliResult r = runCli({"run", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("--synth"), qPrintable(r.out));
        for (const char* mode : {"recyclegan-hd", "recyclegan", "cyclegan", "spcyclegan", "nogan"})
            QVERIFY2(r.out.contains(mode), mode);
        QVERIFY2(r.out.contains("--gan.steps"), "the GAN's parameters are run's too");
    }

    void errorsNameTheFile() {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath("empty");
        CliResult r = runCli({"train-unet", "--pairs", dir.filePath("empty"), "--task", "seg", "--out",
                              dir.filePath("m")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("pairs.json"), qPrintable(r.err));

        QFile garbage(dir.filePath("bad.pt"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a model");
        garbage.close();
        const QString image = dir.filePath("image");
        makeImage(image);
        r = runCli({"segment", image + "/blurred.tif", "--models", dir.filePath("bad.pt"), "--out", dir.filePath("o")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("bad.pt"), qPrintable(r.err));
        QVERIFY2(!QFile::exists(dir.filePath("o/seg.tif")), "nothing is written on error");

        r = runCli({"segment", image + "/blurred.tif", "--models", dir.filePath("empty"), "--out", dir.filePath("o")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("empty"), qPrintable(r.err));

        // On a CPU the defaults (a GAN, thousands of steps) take hours: run says so first and names the
        // preset; with the preset it does not.
        r = runCli({"run", dir.filePath("missing.tif"), "--out", dir.filePath("slow"), "--set", "general.device=cpu"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("missing.tif") && r.err.contains("--preset cpu"), qPrintable(r.err));
        r = runCli({"run", dir.filePath("missing.tif"), "--out", dir.filePath("slow"), "--set", "general.device=cpu",
                    "--preset", "cpu"});
        QVERIFY2(r.err.contains("missing.tif") && !r.err.contains("--preset cpu"), qPrintable(r.err));

        // A GAN given with --gan is not trained (no note for its 2,000 steps); a folder without a
        // finished one is named, before any work.
        r = runCli({"run", image + "/blurred.tif", "--out", dir.filePath("given"), "--gan", dir.filePath("empty"),
                    "--preset", "cpu", "--synth", "recyclegan-hd", "--set", "general.device=cpu"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("empty") && r.err.contains("no finished GAN") && !r.err.contains("--preset cpu"),
                 qPrintable(r.err));
        QVERIFY2(!QFile::exists(dir.filePath("given/pairs")), "nothing trained from a folder without a GAN");

        // A ground truth of another size is refused before any training.
        QVERIFY(runCli({"synth", "--out", dir.filePath("other"), "--size", "20", "20", "20", "--count", "2"})
                    .exitCode == 0);
        r = runCli({"run", image + "/blurred.tif", "--gt", dir.filePath("other/instances.tif"), "--out",
                    dir.filePath("run")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("other/instances.tif"), qPrintable(r.err));
        QVERIFY2(!QFile::exists(dir.filePath("run/pairs")), "the check comes before any work");
    }

    void cancelKeepsALoadableCheckpointAndResumes() {
        QTemporaryDir dir;
        CliResult r = runCli(QStringList{"pairs", "--out", dir.filePath("pairs"), "--count", "1"} + kTinyPairs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString model = dir.filePath("m");
        QProcess process;
        process.start(QStringLiteral(NUCLEI3D_CLI_PATH),
                      QStringList{"train-unet", "--pairs", dir.filePath("pairs"), "--task", "seg", "--out", model,
                                  "--steps", "100000", "--unet.checkpoint_every", "100000"} +
                          kTinyNet);
        QVERIFY(process.waitForStarted());
        // Wait until a few steps are done (the loss log grows by one row per step).
        for (int i = 0; i < 600 && lossRows(model + "/loss.csv") < 2; ++i)
            QTest::qWait(100);
        QVERIFY2(lossRows(model + "/loss.csv") >= 2, "training did not start");
        process.terminate(); // SIGTERM, handled like Ctrl-C
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(QString::fromLocal8Bit(process.readAllStandardError()).contains("checkpoint"),
                 "the user is told what was kept");
        QVERIFY(QFile::exists(model + "/checkpoint.pt"));
        QVERIFY2(!QFile::exists(model + "/model.pt"), "an unfinished training writes no final model");
        const int done = lossRows(model + "/loss.csv");

        // The checkpoint is usable as it is, and training resumes from it.
        const QString image = dir.filePath("image");
        makeImage(image);
        r = runCli({"segment", image + "/blurred.tif", "--models", model, "--out", dir.filePath("seg"),
                    "--inference.tile_size", "16"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli(QStringList{"train-unet", "--pairs", dir.filePath("pairs"), "--task", "seg", "--out", model,
                               "--steps", QString::number(done + 2)} +
                   kTinyNet);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("resumed"), qPrintable(r.out));
        QCOMPARE(lossRows(model + "/loss.csv"), done + 2);
        QVERIFY(QFile::exists(model + "/model.pt"));
    }

    void benchUnetRunsOurs() {
        const CliResult r = runCli({"bench", "unet", "--depth", "2", "--base", "4"}, 300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("train_voxels_per_s=") && r.out.contains("infer_voxels_per_s="), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliUnet)
#include "TestCliUnet.moc"
