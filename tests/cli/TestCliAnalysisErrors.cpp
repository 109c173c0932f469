// Bad input to `classic`, `postprocess` and `evaluate`: missing files, mismatched sizes, intensity
// images given as labels, empty and blank volumes, wrong voxel types and bad parameters all end
// with a clear message that names the file (or the parameter), a non-zero exit, and no results.
#include "CliRunner.h"
#include "TestSupport.h"

#include "io/TiffVolumeIO.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

// Two separate balls: a probability map and its labels, 32 x 32 x 16.
Volume<float> probability(Shape shape = {32, 32, 16}) {
    Volume<float> p(shape, 0.0f);
    for (std::size_t z = 0; z < shape.z; ++z)
        for (std::size_t y = 0; y < shape.y; ++y)
            for (std::size_t x = 0; x < shape.x; ++x) {
                const double dx = double(x) - 10.0, dx2 = double(x) - 22.0, dy = double(y) - 16.0,
                             dz = double(z) - 8.0;
                if (dx * dx + dy * dy + dz * dz <= 25.0 || dx2 * dx2 + dy * dy + dz * dz <= 25.0)
                    p.at(x, y, z) = 0.9f;
            }
    return p;
}

void expectFailure(const CliResult& r, const QString& mustMention) {
    QVERIFY2(r.exitCode != 0, "a bad input must end with a non-zero exit code");
    QVERIFY2((r.err + r.out).contains(mustMention),
             qPrintable("the message must name " + mustMention + ", got: " + r.err + r.out));
}

} // namespace

class TestCliAnalysisErrors : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_seg, m_labels, m_small, m_fraction, m_negative, m_empty, m_rgb, m_constant, m_u32;

    QString path(const QString& name) const { return m_dir.filePath(name); }

  private Q_SLOTS:
    void initTestCase() {
        m_seg = path("seg.tif");
        writeVolume(toPath(m_seg), probability());
        Volume<std::uint16_t> labels(Shape{32, 32, 16}, 0);
        const Volume<float> p = probability();
        for (std::size_t i = 0; i < p.voxelCount(); ++i)
            labels[i] = p[i] > 0 ? (i % 32 < 16 ? 1 : 2) : 0;
        m_labels = path("labels.tif");
        writeVolume(toPath(m_labels), labels);
        m_small = path("small.tif");
        writeVolume(toPath(m_small), probability(Shape{20, 20, 10}));
        m_fraction = path("fraction.tif"); // a float intensity image, not labels
        writeVolume(toPath(m_fraction), Volume<float>(Shape{32, 32, 16}, 0.25f));
        m_negative = path("negative.tif");
        writeVolume(toPath(m_negative), Volume<float>(Shape{32, 32, 16}, -3.0f));
        m_empty = path("empty.tif");
        writeVolume(toPath(m_empty), Volume<std::uint16_t>(Shape{32, 32, 16}, 0));
        m_rgb = path("rgb.tif");
        writeVolume(toPath(m_rgb), Volume<Rgb8>(Shape{32, 32, 16}, Rgb8{1, 2, 3}));
        m_constant = path("constant.tif");
        writeVolume(toPath(m_constant), Volume<std::uint16_t>(Shape{32, 32, 16}, 700));
        m_u32 = path("u32.tif");
        writeVolume(toPath(m_u32), Volume<std::uint32_t>(Shape{32, 32, 16}, 1));
    }

    void missingFilesAreNamed() {
        const QString missing = path("no-such-file.tif");
        expectFailure(runCli({"classic", missing, "--out", path("o1")}), missing);
        expectFailure(runCli({"postprocess", "--seg", missing, "--out", path("o2")}), missing);
        expectFailure(runCli({"postprocess", "--seg", m_seg, "--shape", missing, "--out", path("o3")}),
                      missing);
        expectFailure(runCli({"evaluate", "--pred", missing, "--gt", m_labels}), missing);
        expectFailure(runCli({"evaluate", "--pred", m_labels, "--gt", missing}), missing);
        QVERIFY(!QDir(path("o1")).exists() && !QDir(path("o2")).exists() && !QDir(path("o3")).exists());
    }
    void mismatchedSizesNameBothFiles() {
        CliResult r = runCli({"evaluate", "--pred", m_small, "--gt", m_labels});
        expectFailure(r, m_small);
        QVERIFY(r.err.contains(m_labels) && r.err.contains("20 x 20 x 10") && r.err.contains("32 x 32 x 16"));
        r = runCli({"postprocess", "--seg", m_seg, "--shape", m_small, "--out", path("o4")});
        expectFailure(r, m_small);
        QVERIFY(r.err.contains(m_seg));
        expectFailure(runCli({"postprocess", "--seg", m_seg, "--image", m_small, "--out", path("o5")}),
                      m_small);
    }
    void intensityImagesAreNotLabels() {
        expectFailure(runCli({"evaluate", "--pred", m_fraction, "--gt", m_labels}), m_fraction);
        expectFailure(runCli({"evaluate", "--pred", m_labels, "--gt", m_negative}), m_negative);
        expectFailure(runCli({"evaluate", "--pred", m_rgb, "--gt", m_labels}), m_rgb);
    }
    void emptyAndBlankVolumes() {
        CliResult r = runCli({"evaluate", "--pred", m_empty, "--gt", m_labels});
        expectFailure(r, m_empty);
        QVERIFY(r.err.contains("no objects"));
        expectFailure(runCli({"evaluate", "--pred", m_labels, "--gt", m_empty}), m_empty);
        // Objects that the size filter removes leave nothing to evaluate either.
        expectFailure(runCli({"evaluate", "--pred", m_labels, "--gt", m_labels, "--min-size", "100000"}),
                      "no objects");
        expectFailure(runCli({"classic", m_constant, "--out", path("o6")}), m_constant);
        expectFailure(runCli({"postprocess", "--seg", m_empty, "--out", path("o7")}), m_empty);
        QVERIFY(!QDir(path("o6")).exists() && !QDir(path("o7")).exists());
    }
    void wrongVoxelTypes() {
        expectFailure(runCli({"classic", m_rgb, "--out", path("o8")}), m_rgb);
        CliResult r = runCli({"postprocess", "--seg", m_u32, "--out", path("o9")});
        expectFailure(r, m_u32);
        QVERIFY(r.err.contains("labels"));
        expectFailure(runCli({"postprocess", "--seg", m_rgb, "--out", path("o10")}), m_rgb);
    }
    void badParametersAndOptions() {
        expectFailure(runCli({"postprocess", "--seg", m_seg, "--out", path("o11"),
                              "--postprocess.shape_thresholds", "0.8,0.5"}),
                      "postprocess.shape_thresholds");
        expectFailure(runCli({"postprocess", "--seg", m_seg, "--out", path("o12"),
                              "--postprocess.shape_classes", "one"}),
                      "postprocess.shape_classes");
        expectFailure(runCli({"classic", m_seg, "--out", path("o13"), "--classic.threshold_factor", "0"}),
                      "classic.threshold_factor");
        expectFailure(runCli({"classic", m_seg, "--out", path("o14"), "--voxel-size", "1", "-1", "2"}),
                      "--voxel-size");
        expectFailure(runCli({"evaluate", "--pred", m_labels, "--gt", m_labels, "--min-size", "-4"}), "min");
        QFile blocker(path("a-file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        expectFailure(runCli({"classic", m_seg, "--out", path("a-file") + "/out"}), path("a-file"));
    }
    void resultsAreWrittenAllTogether() {
        // A good run in a folder that already holds a file: the file stays, the results join it.
        const QString out = path("good");
        QDir().mkpath(out);
        QFile keep(out + "/keep.txt");
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        const CliResult r = runCli({"postprocess", "--seg", m_seg, "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("2 nuclei"));
        QVERIFY(QFile::exists(out + "/keep.txt") && QFile::exists(out + "/label.tif"));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 8);
        // Evaluating a prediction against itself is perfect.
        const CliResult e = runCli({"evaluate", "--pred", out + "/labels.tif", "--gt", out + "/labels.tif"});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QVERIFY2(e.out.contains("1.0000   1.0000   1.0000"), qPrintable(e.out));
    }
};

QTEST_APPLESS_MAIN(TestCliAnalysisErrors)
#include "TestCliAnalysisErrors.moc"
