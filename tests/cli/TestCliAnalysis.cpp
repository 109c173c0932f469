// The CLI contract of `classic`, `postprocess` and `evaluate` on every volume of ../shared/data:
// classic on each image, evaluate against its labels, postprocess on a probability made from the
// labels, the contract's files, and evaluate agreeing exactly with shared/peers/evaluate.py.
#include "CliRunner.h"
#include "TestSupport.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/ParameterSet.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

struct DataVolume {
    QString name;
    QString image;
    QString labels;
    QStringList voxelSize; // --voxel-size for files that store none
};

std::vector<DataVolume> dataVolumes() {
    std::vector<DataVolume> volumes;
    const auto data = sharedDataDir();
    if (data.empty())
        return volumes;
    const QString root = QString::fromStdString(data.string());
    const QDir bbbc(root + "/bbbc050/images");
    for (const QString& file : bbbc.entryList({"*.tif"}, QDir::Files, QDir::Name))
        volumes.push_back({"bbbc050_" + QFileInfo(file).baseName(),
                           bbbc.filePath(file),
                           root + "/bbbc050/labels/" + file,
                           {"--voxel-size", "0.8", "0.8", "1.75"}});
    volumes.push_back(
        {"gonuclear_1135", root + "/gonuclear/1135_image.tif", root + "/gonuclear/1135_labels.tif", {}});
    volumes.push_back(
        {"stardist_synth", root + "/stardist_synth/image.tif", root + "/stardist_synth/labels.tif", {}});
    return volumes;
}

QJsonObject readJson(const QString& file) {
    QFile f(file);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QStringList kClassicFiles{"labels.tif", "contours.tif", "segcolor.tif", "nuclei.csv", "params.json"};
const QStringList kPostprocessFiles{"labels.tif", "contours.tif", "segcolor.tif", "classes.tif",
                                    "label.tif",  "nuclei.csv",   "params.json"};

} // namespace

class TestCliAnalysis : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    // (prediction, ground truth, our --json) of every evaluate run, for the agreement check.
    std::vector<std::array<QString, 3>> m_evaluated;

  private Q_SLOTS:
    void initTestCase() {
        if (dataVolumes().empty())
            QSKIP("../shared/data is not beside this checkout");
    }

    void classicAndEvaluateOnEveryVolume_data() {
        QTest::addColumn<int>("index");
        const auto volumes = dataVolumes();
        for (std::size_t i = 0; i < volumes.size(); ++i)
            QTest::newRow(qPrintable(volumes[i].name)) << int(i);
    }
    void classicAndEvaluateOnEveryVolume() {
        QFETCH(int, index);
        const DataVolume v = dataVolumes()[std::size_t(index)];
        const QString out = m_dir.filePath("classic_" + v.name);
        const CliResult r = runCli(QStringList{"classic", v.image, "--out", out} + v.voxelSize);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString& name : kClassicFiles) {
            QVERIFY2(QFile::exists(out + "/" + name), qPrintable(name));
            QVERIFY2(r.out.contains(out + "/" + name), "the CLI must print where each file went");
        }
        const VolumeFileInfo image = readVolumeInfo(toPath(v.image));
        const Volume<std::uint32_t> labels = readLabelVolume(toPath(out + "/labels.tif"));
        QCOMPARE(labels.shape(), image.shape);
        QCOMPARE(readVolumeInfo(toPath(out + "/segcolor.tif")).type, VoxelType::Rgb8);
        QCOMPARE(readVolumeInfo(toPath(out + "/contours.tif")).type, VoxelType::UInt8);
        if (!v.voxelSize.isEmpty()) // the voxel size given is the one the results carry
            QCOMPARE(labels.spacing(), Spacing::micrometres(0.8, 0.8, 1.75));
        ParameterSet used;
        used.load(toPath(out + "/params.json"));
        QCOMPARE(used.text("classic.threshold_method"), std::string("otsu"));
        // One CSV row per nucleus, plus the header.
        QFile csv(out + "/nuclei.csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const int rows = QString(csv.readAll()).split('\n', Qt::SkipEmptyParts).size() - 1;
        std::uint32_t largest = 0;
        for (std::uint32_t id : labels.storage())
            largest = std::max(largest, id);
        QCOMPARE(rows, int(largest));

        const QString json = out + "/evaluation.json";
        const CliResult e =
            runCli({"evaluate", "--pred", out + "/labels.tif", "--gt", v.labels, "--json", json});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QVERIFY2(e.out.contains("paper 50%") && e.out.contains("IoU>=0.50"), qPrintable(e.out));
        const QJsonObject scores = readJson(json);
        for (const char* key : {"precision", "recall", "f1", "tp", "fp", "fn"})
            QVERIFY2(scores["paper"].toObject().contains(key), key);
        QVERIFY(scores.contains("iou_0.95") && scores.contains("merges") && scores.contains("splits"));
        QVERIFY(scores["iou_0.50"].toObject().contains("ap"));
        m_evaluated.push_back({out + "/labels.tif", v.labels, json});
    }

    void postprocessOnEveryVolume_data() { classicAndEvaluateOnEveryVolume_data(); }
    void postprocessOnEveryVolume() {
        QFETCH(int, index);
        const DataVolume v = dataVolumes()[std::size_t(index)];
        // A probability made from the ground truth: 1 inside a nucleus, 0 outside (float).
        const Volume<std::uint32_t> truth = readLabelVolume(toPath(v.labels));
        Volume<float> probability(truth.shape(), 0.0f, truth.spacing());
        for (std::size_t i = 0; i < truth.voxelCount(); ++i)
            probability[i] = truth[i] ? 1.0f : 0.0f;
        const QString seg = m_dir.filePath("seg_" + v.name + ".tif");
        writeVolume(toPath(seg), probability);
        const QString out = m_dir.filePath("post_" + v.name);
        const CliResult r =
            runCli(QStringList{"postprocess", "--seg", seg, "--image", v.image, "--out", out} + v.voxelSize);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString& name : kPostprocessFiles) {
            QVERIFY2(QFile::exists(out + "/" + name), qPrintable(name));
            QVERIFY2(r.out.contains(out + "/" + name), "the CLI must print where each file went");
        }
        QCOMPARE(readVolumeInfo(toPath(out + "/label.tif")).type, VoxelType::Rgb8);
        QCOMPARE(readVolumeInfo(toPath(out + "/classes.tif")).type, VoxelType::UInt8);
        QCOMPARE(readVolumeInfo(toPath(out + "/labels.tif")).shape, truth.shape());
        // From (almost) perfect probabilities stage 5 must find most nuclei.
        const QString json = out + "/evaluation.json";
        const CliResult e =
            runCli({"evaluate", "--pred", out + "/labels.tif", "--gt", v.labels, "--json", json});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const double f1 = readJson(json)["paper"].toObject()["f1"].toDouble();
        QVERIFY2(f1 >= 0.7, qPrintable(QString("paper F1 %1 from the ground truth's own mask").arg(f1)));
        m_evaluated.push_back({out + "/labels.tif", v.labels, json});
    }

    void postprocessWithAShapeMap() {
        const auto volumes = dataVolumes();
        const DataVolume& v = volumes.front();
        const QString seg = m_dir.filePath("seg_" + v.name + ".tif");
        // An 8-bit shape map (like stage 1's I_shapemarker): 255 everywhere means "round".
        const VolumeFileInfo info = readVolumeInfo(toPath(seg));
        const QString shape = m_dir.filePath("shape.tif");
        writeVolume(toPath(shape), Volume<std::uint8_t>(info.shape, 255));
        const QString out = m_dir.filePath("post_shape");
        const CliResult r =
            runCli(QStringList{"postprocess", "--seg", seg, "--shape", shape, "--out", out} + v.voxelSize);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("from the shape map") && r.out.contains("elongated 0"), qPrintable(r.out));
        const Volume<std::uint32_t> labels = readLabelVolume(toPath(out + "/labels.tif"));
        const AnyVolume classes = readVolume(toPath(out + "/classes.tif"));
        const auto& c = std::get<Volume<std::uint8_t>>(classes);
        for (std::size_t i = 0; i < labels.voxelCount(); ++i)
            QCOMPARE(int(c[i]), labels[i] ? 2 : 0);
    }

    void evaluateAgreesExactlyWithThePeerChecker() {
        if (m_evaluated.empty())
            QSKIP("nothing was evaluated");
        const QString peers = QStringLiteral(NUCLEI3D_PEERS_DIR);
        if (!QFile::exists(peers + "/evaluate.py"))
            QSKIP("shared/peers/evaluate.py is not beside this checkout");
        // One Python process scores every pair (importing scikit-image takes a second).
        const QString script =
            "import sys, json\n"
            "sys.path.insert(0, sys.argv[1])\n"
            "from evaluate import score\n"
            "from skimage import io\n"
            "for line in sys.stdin:\n"
            "    pred, gt = line.rstrip('\\n').split('\\t')\n"
            "    print(json.dumps(score(io.imread(pred), io.imread(gt), 50)), flush=True)\n";
        QProcess python;
        python.start("/usr/bin/python3", {"-c", script, peers});
        if (!python.waitForStarted(30000))
            QSKIP("/usr/bin/python3 is not available");
        for (const auto& e : m_evaluated)
            python.write((e[0] + "\t" + e[1] + "\n").toUtf8());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(600000));
        if (python.exitCode() != 0 && python.readAllStandardError().contains("No module named"))
            QSKIP("the reference checker needs python3-skimage");
        const QList<QByteArray> lines = python.readAllStandardOutput().split('\n');
        QVERIFY(std::size_t(lines.size()) >= m_evaluated.size());
        for (std::size_t k = 0; k < m_evaluated.size(); ++k) {
            const QJsonObject peer = QJsonDocument::fromJson(lines[int(k)]).object();
            const QJsonObject ours = readJson(m_evaluated[k][2]);
            const QString where = m_evaluated[k][0];
            for (const auto& [peerKey, ourKey] :
                 {std::pair<QString, QString>{"paper", "paper"}, {"iou50", "iou_0.50"}}) {
                const QJsonObject p = peer[peerKey].toObject(), o = ours[ourKey].toObject();
                for (const char* count : {"tp", "fp", "fn"})
                    QVERIFY2(p[count].toInt() == o[count].toInt(),
                             qPrintable(where + " " + ourKey + " " + count));
                for (const auto& [pk, ok] :
                     {std::pair<QString, QString>{"P", "precision"}, {"R", "recall"}, {"F1", "f1"}})
                    QVERIFY2(p[pk].toDouble() == o[ok].toDouble(),
                             qPrintable(where + " " + ourKey + " " + ok + ": " +
                                        QString::number(o[ok].toDouble(), 'g', 17) + " vs " +
                                        QString::number(p[pk].toDouble(), 'g', 17)));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestCliAnalysis)
#include "TestCliAnalysis.moc"
