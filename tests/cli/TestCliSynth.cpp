// The CLI contract of `nuclei3d-cli synth` (names later issues and users rely on), its help, its
// errors and its determinism.
#include "CliRunner.h"
#include "TestSupport.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/ParameterSchema.h"
#include "pipeline/ParameterSet.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {
QByteArray digest(const QString& file) {
    QFile f(file);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
const QStringList kOutputs{"binary.tif", "instances.tif", "contour.tif", "shapemarker.tif", "blurred.tif", "params.json"};
} // namespace

class TestCliSynth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesEveryOutputAndItsParameters() {
        QTemporaryDir dir;
        const QString out = dir.filePath("out");
        const CliResult r = runCli({"synth", "--out", out, "--size", "48", "40", "24", "--count", "12", "--seed", "5"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString& name : kOutputs) {
            QVERIFY2(QFile::exists(out + "/" + name), qPrintable(name));
            QVERIFY2(r.out.contains(out + "/" + name), "the CLI must print where each file went");
        }
        const VolumeFileInfo info = readVolumeInfo((out + "/binary.tif").toStdString());
        QCOMPARE(info.shape, (Shape{48, 40, 24}));
        QCOMPARE(readVolumeInfo((out + "/blurred.tif").toStdString()).type, VoxelType::Float32);
        QCOMPARE(readVolumeInfo((out + "/instances.tif").toStdString()).type, VoxelType::UInt16);
        ParameterSet used;
        used.load((out + "/params.json").toStdString());
        QCOMPARE(used.integer("synth.count"), std::int64_t{12});
        QCOMPARE(used.integer("synth.seed"), std::int64_t{5});
        QCOMPARE(used.integer("synth.size_z"), std::int64_t{24});
        QFile json(out + "/params.json");
        json.open(QIODevice::ReadOnly);
        QVERIFY(json.readAll().contains("\"version\""));
        const auto labels = readLabelVolume((out + "/instances.tif").toStdString());
        std::uint32_t maxId = 0;
        for (std::size_t i = 0; i < labels.voxelCount(); ++i)
            maxId = std::max(maxId, labels[i]);
        QCOMPARE(maxId, 12u);
    }
    void sameSeedSameFilesOnAnyThreadCount() {
        QTemporaryDir dir;
        const QStringList common{"synth", "--size", "40", "40", "20", "--count", "10", "--seed", "9"};
        QCOMPARE(runCli(QStringList{"--threads", "1"} + common + QStringList{"--out", dir.filePath("a")}).exitCode, 0);
        QCOMPARE(runCli(QStringList{"--threads", "2"} + common + QStringList{"--out", dir.filePath("b")}).exitCode, 0);
        for (const QString& name : kOutputs.mid(0, 5))
            QCOMPARE(digest(dir.filePath("a/") + name), digest(dir.filePath("b/") + name));
        QCOMPARE(runCli(QStringList{"synth", "--size", "40", "40", "20", "--count", "10", "--seed", "10", "--out",
                                    dir.filePath("c")})
                     .exitCode,
                 0);
        QVERIFY(digest(dir.filePath("a/binary.tif")) != digest(dir.filePath("c/binary.tif")));
    }
    void likeTakesSizeAndVoxelSizeFromARealVolume() {
        const auto data = sharedDataDir();
        if (data.empty())
            QSKIP("../shared/data is not beside this checkout");
        QTemporaryDir dir;
        const QString image = QString::fromStdString((data / "gonuclear" / "1135_image.tif").string());
        const CliResult r = runCli({"synth", "--like", image, "--out", dir.path(), "--set", "synth.radius_min=1",
                                    "--set", "synth.radius_max=2", "--set", "synth.radius_step=0.25"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const VolumeFileInfo info = readVolumeInfo((dir.path() + "/binary.tif").toStdString());
        QCOMPARE(info.shape, (Shape{100, 100, 100}));
        QVERIFY(info.spacing.known);
        QVERIFY(std::abs(info.spacing.z - 0.2837) < 1e-4);
        QVERIFY(std::abs(info.spacing.x - 0.1268) < 1e-4);
    }
    void helpListsEveryFlagWithDefault() {
        const CliResult top = runCli({"--help"});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains("synth"));
        const CliResult r = runCli({"synth", "--help"});
        QCOMPARE(r.exitCode, 0);
        for (const ParameterSpec* spec : ParameterSchema::instance().forStage("synth")) {
            QVERIFY2(r.out.contains(QString::fromStdString("--" + spec->name)), spec->name.c_str());
        }
        for (const char* flag : {"--out", "--size", "--like", "--count", "--seed", "--params", "--set"})
            QVERIFY2(r.out.contains(flag), flag);
        QVERIFY(r.out.contains("300")); // the default count is shown
    }
    void aPresetComesAfterTheParamsFileAndBeforeTheFlags() {
        QTemporaryDir dir;
        ParameterSet start;
        start.set("unet.steps", std::int64_t{50});
        start.set("synth.count", std::int64_t{7});
        const QString startFile = dir.filePath("start.json");
        start.save(startFile.toStdString());
        const QString out = dir.filePath("out");
        const CliResult r = runCli({"synth", "--out", out, "--size", "24", "24", "12", "--params", startFile,
                                    "--preset", "cpu", "--set", "unet.ensemble=3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ParameterSet used;
        used.load((out + "/params.json").toStdString());
        QCOMPARE(used.integer("unet.steps"), std::int64_t{300});    // the preset over the file
        QCOMPARE(used.integer("unet.ensemble"), std::int64_t{3});   // the flag over the preset
        QCOMPARE(used.integer("synth.count"), std::int64_t{7});     // the file where the preset is silent
        QCOMPARE(used.text("gan.mode"), std::string("nogan"));

        const CliResult unknown = runCli({"synth", "--out", dir.filePath("o2"), "--size", "24", "24", "12",
                                          "--preset", "fastest"});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains("fastest") && unknown.err.contains("cpu"), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(dir.filePath("o2/binary.tif")));
        QVERIFY(runCli({"run", "--help"}).out.contains("--preset"));
    }
    void errorsAreClearAndNonZero_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QStringList size{"--size", "16", "16", "8"};
        QTest::newRow("unknown parameter") << size + QStringList{"--set", "synth.cont=3"} << "did you mean 'synth.count'";
        QTest::newRow("out of range") << size + QStringList{"--count", "-4"} << "out of range";
        QTest::newRow("radius order") << size + QStringList{"--set", "synth.radius_min=9", "--set", "synth.radius_max=3"}
                                      << "semi-axis";
        QTest::newRow("size and like") << size + QStringList{"--like", QStringLiteral(NUCLEI3D_CLI_PATH)} << "excludes";
        QTest::newRow("like not a tiff") << QStringList{"--like", QStringLiteral(NUCLEI3D_CLI_PATH)} << NUCLEI3D_CLI_PATH;
    }
    void errorsAreClearAndNonZero() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const CliResult r = runCli(QStringList{"synth", "--out", dir.filePath("o")} + arguments);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!QFile::exists(dir.filePath("o/binary.tif")), "nothing is written on error");
    }
    void cancelLeavesNoOutputs() {
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral(NUCLEI3D_CLI_PATH),
                      {"synth", "--out", dir.path(), "--size", "512", "512", "300", "--count", "9000"});
        QVERIFY(process.waitForStarted());
        QTest::qWait(1500);
        process.terminate(); // SIGTERM, handled like Ctrl-C
        QVERIFY(process.waitForFinished(60000));
        if (process.exitCode() == 0)
            QSKIP("the machine finished before the cancel arrived");
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty(),
                 "a cancelled run leaves the output folder as it was");
    }
    void tooManyNucleiIsReported() {
        QTemporaryDir dir;
        const CliResult r = runCli({"synth", "--out", dir.path(), "--size", "20", "20", "20", "--count", "500",
                                    "--set", "synth.max_attempts=20"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("500"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSynth)
#include "TestCliSynth.moc"
