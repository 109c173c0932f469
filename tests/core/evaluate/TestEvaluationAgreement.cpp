// Our stage 6 counts agree exactly with the project's independent checker, shared/peers/evaluate.py,
// on random label pairs (shifted, perturbed, merged, split, relabelled copies of a random volume),
// on the hand-built tie cases, and on altered copies of the real ground truth in shared/data. Skipped where
// Debian's Python has no scikit-image.
#include "LabelVolumes.h"
#include "TestSupport.h"

#include "evaluate/Evaluation.h"
#include "io/TiffVolumeIO.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QFile>
#include <QtTest>

#include <tiffio.h>

#include <algorithm>
#include <charconv>
#include <numeric>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

const char* kPython = "/usr/bin/python3";

// A plain uncompressed multi-page uint32 TIFF, one page per z slice: what evaluate.py reads with
// skimage.io.imread (tifffile) as a (z, y, x) array. Written here with libtiff so that this test
// does not depend on the project's own TIFF writer.
bool writeLabelTiff(const QString& path, const Labels& v) {
    TIFF* tif = TIFFOpen(path.toLocal8Bit().constData(), "w");
    if (!tif)
        return false;
    const Shape s = v.shape();
    bool ok = true;
    for (std::size_t z = 0; z < s.z && ok; ++z) {
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, static_cast<std::uint32_t>(s.x));
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, static_cast<std::uint32_t>(s.y));
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 32);
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
        TIFFSetField(tif, TIFFTAG_SAMPLEFORMAT, SAMPLEFORMAT_UINT);
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
        TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tif, TIFFTAG_COMPRESSION, COMPRESSION_NONE);
        TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, static_cast<std::uint32_t>(s.y));
        TIFFSetField(tif, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
        TIFFSetField(tif, TIFFTAG_PAGENUMBER, static_cast<std::uint16_t>(z), static_cast<std::uint16_t>(s.z));
        for (std::size_t y = 0; y < s.y && ok; ++y) {
            std::vector<std::uint32_t> row(v.slice(z) + y * s.x, v.slice(z) + (y + 1) * s.x);
            ok = TIFFWriteScanline(tif, row.data(), static_cast<std::uint32_t>(y), 0) == 1;
        }
        ok = ok && TIFFWriteDirectory(tif) == 1;
    }
    TIFFClose(tif);
    return ok;
}

bool pythonHasSkimage() {
    QProcess python;
    python.start(kPython, {"-c", "import skimage, tifffile"});
    return python.waitForFinished(60000) && python.exitStatus() == QProcess::NormalExit &&
           python.exitCode() == 0;
}

struct PeerCounts {
    int tp = -1, fp = -1, fn = -1;
    QString p, r, f1;
};

// Parses "name: P=0.8000 R=0.7000 F1=0.7467 (tp=7 fp=2 fn=3)".
PeerCounts parsePeer(const QString& output, const QString& name) {
    const QRegularExpression re(name +
                                R"(: P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+) \(tp=(\d+) fp=(\d+) fn=(\d+)\))");
    const auto m = re.match(output);
    PeerCounts c;
    if (m.hasMatch()) {
        c.p = m.captured(1);
        c.r = m.captured(2);
        c.f1 = m.captured(3);
        c.tp = m.captured(4).toInt();
        c.fp = m.captured(5).toInt();
        c.fn = m.captured(6).toInt();
    }
    return c;
}

// Correctly rounded, ties to even, as Python's "{:.4f}" (QString::number rounds 0.65625 up).
QString fourDecimals(double v) {
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 4);
    return QString::fromLatin1(buffer, int(r.ptr - buffer));
}

// Every fourth id (in id order) joins the object before it.
Labels mergedEveryFourth(const Labels& v) {
    const std::uint32_t maxId = *std::max_element(v.storage().begin(), v.storage().end());
    std::vector<bool> present(maxId + 1, false);
    for (std::uint32_t l : v.storage())
        present[l] = true;
    std::vector<std::uint32_t> map(maxId + 1, 0);
    std::uint32_t previous = 0, rank = 0;
    for (std::uint32_t id = 1; id <= maxId; ++id) {
        if (!present[id])
            continue;
        map[id] = ++rank % 4 == 0 ? previous : id;
        previous = id;
    }
    return relabelled(v, map);
}

std::pair<Labels, Labels> makePair(const QString& variant, unsigned seed) {
    std::mt19937 rng(seed);
    if (variant.startsWith("real ")) {
        // "real <file under shared/data> <change>"
        const QStringList parts = variant.split(' ');
        const Labels gt = readLabelVolume(sharedDataDir() / parts[1].toStdString());
        if (parts[2] == "shifted")
            return {perturbed(shifted(gt, 1, 1, 0), 0.05, rng), gt};
        return {mergedEveryFourth(shifted(gt, 0, 1, 1)), gt};
    }
    const Shape shape{64, 56, 20};
    if (variant.startsWith("tie"))
        return variant == "tie P first" ? tieCase(shape, 1, 2, 1, 2, true)
                                        : tieCase(shape, 2, 1, 1, 2, false);
    const Labels gt = randomBalls(shape, 60, 2, 7, rng);
    if (variant == "perturbed shift")
        return {perturbed(shifted(gt, 1, 1, 0), 0.1, rng), gt};
    if (variant == "coarse shift")
        return {shifted(gt, 3, 2, 1), gt};
    if (variant == "merged") {
        std::vector<std::uint32_t> map(61);
        for (std::uint32_t i = 1; i <= 60; ++i)
            map[i] = i % 4 == 0 ? i - 1 : i; // every fourth object joins the previous one
        return {relabelled(shifted(gt, 1, 0, 0), map), gt};
    }
    if (variant == "split")
        return {splitAlongX(perturbed(gt, 0.03, rng), 32, 1000, 3), gt};
    if (variant == "relabelled with extras") {
        // Random large ids change the tie order relative to the ground truth's ids.
        std::vector<std::uint32_t> map(61);
        std::iota(map.begin(), map.end(), 0u);
        std::shuffle(map.begin() + 1, map.end(), rng);
        for (std::uint32_t i = 1; i <= 60; ++i)
            map[i] = map[i] * 7919u + 100000u;
        Labels pred = relabelled(shifted(gt, 0, 1, 1), map);
        const Labels extra = randomBalls(shape, 15, 2, 6, rng);
        for (std::size_t i = 0; i < pred.voxelCount(); ++i)
            if (extra[i] != 0 && pred[i] == 0)
                pred[i] = 5000000u + extra[i];
        return {pred, gt};
    }
    qFatal("unknown variant");
    return {};
}

} // namespace

class TestEvaluationAgreement : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        if (!QFile::exists(QString(NUCLEI3D_PEERS_DIR) + "/evaluate.py"))
            QSKIP("no shared/peers/evaluate.py beside this checkout");
        if (!pythonHasSkimage())
            QSKIP("/usr/bin/python3 has no scikit-image/tifffile: cannot run the reference evaluate.py");
    }

    void sameCountsAsEvaluatePy_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("minSize");
        QTest::newRow("perturbed shift, seed 1") << "perturbed shift" << 1u << 50;
        QTest::newRow("perturbed shift, seed 2, min size 0") << "perturbed shift" << 2u << 0;
        QTest::newRow("coarse shift") << "coarse shift" << 3u << 50;
        QTest::newRow("merged") << "merged" << 4u << 50;
        QTest::newRow("split") << "split" << 5u << 50;
        QTest::newRow("split, min size 100") << "split" << 6u << 100;
        QTest::newRow("relabelled with extras") << "relabelled with extras" << 7u << 50;
        QTest::newRow("relabelled with extras, seed 8") << "relabelled with extras" << 8u << 50;
        QTest::newRow("tie: pred id decides") << "tie P first" << 0u << 50;
        QTest::newRow("tie: gt id decides") << "tie right first" << 0u << 50;
        // Real annotations: crowded, non-consecutive ids, nuclei cut by the border.
        QTest::newRow("gonuclear, shifted") << "real gonuclear/1135_labels.tif shifted" << 9u << 50;
        QTest::newRow("stardist_synth, merged") << "real stardist_synth/labels.tif merged" << 10u << 50;
        QTest::newRow("bbbc050 Emb1_t501, shifted")
            << "real bbbc050/labels/Emb1_t501.tif shifted" << 11u << 50;
    }
    void sameCountsAsEvaluatePy() {
        QFETCH(QString, variant);
        QFETCH(unsigned, seed);
        QFETCH(int, minSize);
        if (variant.startsWith("real ") && sharedDataDir().empty())
            QSKIP("no shared/data beside this checkout");
        const auto [pred, gt] = makePair(variant, seed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString predPath = dir.filePath("pred.tif"), gtPath = dir.filePath("gt.tif");
        QVERIFY(writeLabelTiff(predPath, pred));
        QVERIFY(writeLabelTiff(gtPath, gt));

        QProcess python;
        python.start(kPython, {QString(NUCLEI3D_PEERS_DIR) + "/evaluate.py", predPath, gtPath, "--min-size",
                               QString::number(minSize)});
        QVERIFY(python.waitForFinished(120000));
        const QString out = QString::fromUtf8(python.readAllStandardOutput());
        QVERIFY2(python.exitCode() == 0, qPrintable(QString::fromUtf8(python.readAllStandardError())));

        EvaluationOptions options;
        options.minSize = static_cast<std::uint64_t>(minSize);
        const EvaluationResult ours = evaluateInstances(pred, gt, options);
        const IouScore* iou50 = ours.atIouPercent(50);
        QVERIFY(iou50);
        const std::pair<const char*, ObjectScore> scores[] = {{"paper", ours.paper}, {"iou50", iou50->score}};
        for (const auto& [name, s] : scores) {
            const PeerCounts peer = parsePeer(out, name);
            QVERIFY2(peer.tp >= 0, qPrintable("cannot read evaluate.py's output: " + out));
            const QString context = QString(name) + " ours tp/fp/fn " + QString::number(s.tp) + "/" +
                                    QString::number(s.fp) + "/" + QString::number(s.fn) +
                                    "; evaluate.py: " + out;
            QVERIFY2(int(s.tp) == peer.tp && int(s.fp) == peer.fp && int(s.fn) == peer.fn,
                     qPrintable(context));
            QCOMPARE(fourDecimals(s.precision), peer.p);
            QCOMPARE(fourDecimals(s.recall), peer.r);
            QCOMPARE(fourDecimals(s.f1), peer.f1);
        }
        qInfo("%s -> %s", qPrintable(variant), qPrintable(out.trimmed()));
    }
};

QTEST_APPLESS_MAIN(TestEvaluationAgreement)
#include "TestEvaluationAgreement.moc"
