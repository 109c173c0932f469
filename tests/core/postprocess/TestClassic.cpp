// The classical baseline: hand-made blobs, the manual threshold, physical smoothing on anisotropic
// voxels, a blank image, cancel; and on ../shared/data/bbbc050 its publication-style F1 is at least
// the scikit-image peer's (shared/peers/classic_skimage.py) on the same volumes, both scored by our
// evaluator.
#include "Stage5TestSupport.h"
#include "TestSupport.h"

#include "evaluate/Evaluation.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "postprocess/ClassicPipeline.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

// Two touching bright balls and one apart on a dim noisy background.
Volume<float> blobs(Spacing spacing = {}) {
    Volume<float> image(Shape{72, 40, 40}, 100.0f, spacing);
    paintBall(image, 14.0, 20.0, 20.0, 8.0, 400.0f);
    paintBall(image, 28.0, 20.0, 20.0, 8.0, 400.0f);
    paintBall(image, 56.0, 20.0, 20.0, 7.0, 300.0f);
    std::mt19937 rng(7);
    std::normal_distribution<float> noise(0.0f, 15.0f);
    for (float& v : image.storage())
        v += noise(rng);
    return image;
}

bool pythonWithSkimage() {
    QProcess p;
    p.start("/usr/bin/python3", {"-c", "import skimage, scipy"});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestClassic : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void findsTouchingAndSeparateNuclei() {
        ClassicThresholds t;
        const Volume<std::uint32_t> labels = classicSegmentation(blobs(), ClassicSettings{}, {}, nullptr, &t);
        QCOMPARE(idsOf(labels).size(), std::size_t{3});
        QVERIFY(labels.at(14, 20, 20) != labels.at(28, 20, 20));
        QVERIFY(labels.at(56, 20, 20) != 0);
        QVERIFY(t.otsu > 0.0f && t.used < t.otsu); // factor 0.8 lowers Otsu's threshold
    }
    void autoSizesFollowTheEstimatedRadius() {
        ClassicSettings s;
        s.sizes = ClassicSizes::Auto;
        ClassicThresholds t;
        const Volume<std::uint32_t> labels = classicSegmentation(blobs(), s, {}, nullptr, &t);
        QVERIFY(t.radiusEstimated);
        QVERIFY2(t.nucleusRadius > 5.0 && t.nucleusRadius < 10.0, qPrintable(QString::number(t.nucleusRadius)));
        QCOMPARE(t.smoothingSigma, s.sigmaPerRadius * t.nucleusRadius);
        QCOMPARE(t.hMicrometres, s.hPerRadius * t.nucleusRadius);
        QCOMPARE(idsOf(labels).size(), std::size_t{3});
        QVERIFY(labels.at(14, 20, 20) != labels.at(28, 20, 20));
        // A given radius is used as it is, without estimating.
        s.nucleusRadius = 10.0;
        classicSegmentation(blobs(), s, {}, nullptr, &t);
        QVERIFY(!t.radiusEstimated);
        QCOMPARE(t.smoothingSigma, 2.0);
        // A blank image has nothing to size: the manual sizes apply and nothing is found.
        s.nucleusRadius = 0.0;
        QVERIFY(idsOf(classicSegmentation(Volume<float>(Shape{20, 20, 20}, 5.0f), s, {}, nullptr, &t)).empty());
        QVERIFY(!t.radiusEstimated);
        QCOMPARE(t.smoothingSigma, s.smoothingSigma);
    }
    void manualThresholdOnTheNormalisedScale() {
        ClassicSettings s;
        s.thresholdMethod = ClassicThresholdMethod::Manual;
        s.threshold = 0.9; // above the dimmer ball (300 of 400 after normalisation is about 0.7)
        const Volume<std::uint32_t> labels = classicSegmentation(blobs(), s);
        QCOMPARE(labels.at(56, 20, 20), 0u);
        QVERIFY(labels.at(14, 20, 20) != 0);
    }
    void smoothsInMicrometresOnAnisotropicVoxels() {
        // 0.5 x 0.5 x 2 um voxels: the balls (in voxels) are 4 x 4 x 16 um ellipsoids, long in z.
        // A 1.5 um sigma is 3 voxels in-plane but under one in z, so the nuclei stay apart.
        const Volume<std::uint32_t> labels =
            classicSegmentation(blobs(Spacing::micrometres(0.5, 0.5, 2.0)), ClassicSettings{});
        QCOMPARE(labels.spacing(), Spacing::micrometres(0.5, 0.5, 2.0));
        QVERIFY(idsOf(labels).size() >= 2);
        QVERIFY(labels.at(56, 20, 20) != 0);
    }
    void blankImageHasNoNuclei() {
        QVERIFY(
            idsOf(classicSegmentation(Volume<float>(Shape{20, 20, 20}, 5.0f), ClassicSettings{})).empty());
        ClassicSettings bad;
        bad.thresholdFactor = 0.0;
        QVERIFY_THROWS_EXCEPTION(Error, classicSegmentation(blobs(), bad));
    }
    void sameResultOnAnyThreadCount() {
        setThreadCount(1);
        const Volume<std::uint32_t> one = classicSegmentation(blobs(), ClassicSettings{});
        setThreadCount(3);
        const Volume<std::uint32_t> three = classicSegmentation(blobs(), ClassicSettings{});
        setThreadCount(0);
        QVERIFY(one.storage() == three.storage());
    }
    void cancelStops() {
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 classicSegmentation(blobs(), ClassicSettings{}, Progress(nullptr, &token)));
    }

    void atLeastAsGoodAsTheScikitImagePeer_data() {
        QTest::addColumn<QString>("volume");
        QTest::newRow("Emb1_t501") << "Emb1_t501";
        QTest::newRow("Emb2_t451") << "Emb2_t451";
        QTest::newRow("Emb2_t501") << "Emb2_t501";
    }
    void atLeastAsGoodAsTheScikitImagePeer() {
        QFETCH(QString, volume);
        const auto data = sharedDataDir();
        if (data.empty())
            QSKIP("../shared/data is not beside this checkout");
        const QString peer = QStringLiteral(NUCLEI3D_PEERS_DIR) + "/classic_skimage.py";
        if (!QFile::exists(peer) || !pythonWithSkimage())
            QSKIP("the scikit-image peer needs shared/peers and python3-skimage");
        const auto imageFile = data / "bbbc050" / "images" / (volume.toStdString() + ".tif");
        const auto truthFile = data / "bbbc050" / "labels" / (volume.toStdString() + ".tif");
        const Volume<std::uint32_t> truth = readLabelVolume(truthFile);

        QTemporaryDir dir;
        const QString peerOut = dir.filePath("peer.tif");
        QProcess p;
        p.start("/usr/bin/python3", {peer, QString::fromStdString(imageFile.string()), peerOut});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const double peerF1 = evaluateInstances(readLabelVolume(toPath(peerOut)), truth).paper.f1;

        // bbbc050 stores no voxel size; it is about 0.8 x 0.8 x 1.75 um (data README).
        Volume<float> image = toFloat(readVolume(imageFile));
        image.setSpacing(Spacing::micrometres(0.8, 0.8, 1.75));
        const EvaluationResult ours =
            evaluateInstances(classicSegmentation(std::move(image), ClassicSettings{}), truth);
        qInfo("%s: paper F1 %.4f (scikit-image peer %.4f), F1 at IoU 0.5 %.4f", qPrintable(volume),
              ours.paper.f1, peerF1, ours.atIouPercent(50)->score.f1);
        QVERIFY2(ours.paper.f1 >= peerF1,
                 qPrintable(QString("ours %1 < peer %2").arg(ours.paper.f1).arg(peerF1)));
    }
};

QTEST_APPLESS_MAIN(TestClassic)
#include "TestClassic.moc"
