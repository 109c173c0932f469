// The label-free warning sign: a probability map that finds the bright blobs agrees with Otsu's
// foreground, one that fires on the background does not, and the report says so.
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "filters/Threshold.h"
#include "postprocess/ThresholdCalibration.h"
#include "run/ForegroundAgreement.h"

#include <QtTest>

using namespace nuclei3d;

namespace {

// Two bright cubes on a dim background.
Volume<float> twoBlobs() {
    Volume<float> v(Shape{32, 32, 16}, 10.0f);
    for (std::size_t z = 4; z < 12; ++z)
        for (std::size_t y = 4; y < 12; ++y)
            for (std::size_t x = 4; x < 12; ++x) {
                v.at(x, y, z) = 100.0f;
                v.at(x + 16, y + 16, z) = 100.0f;
            }
    return v;
}

} // namespace

class TestForegroundAgreement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setThreadCount(1); }

    void rightMapsAgreeInvertedOnesDoNot() {
        const Volume<float> image = twoBlobs();
        Volume<float> right(image.shape(), 0.0f), inverted(image.shape(), 0.0f);
        for (std::size_t i = 0; i < image.voxelCount(); ++i) {
            right[i] = image[i] > 50.0f ? 0.9f : 0.05f;
            inverted[i] = image[i] > 50.0f ? 0.05f : 0.9f;
        }
        const double good = foregroundAgreement(right, image, 0.2);
        const double bad = foregroundAgreement(inverted, image, 0.2);
        QVERIFY2(good > 0.8, qPrintable(QString::number(good)));
        QVERIFY2(bad < 0.1, qPrintable(QString::number(bad)));
        QVERIFY(foregroundAgreementReport(good).find("warning") == std::string::npos);
        QVERIFY(foregroundAgreementReport(bad).rfind("warning", 0) == 0);
    }

    void theReferenceIsMadeOnceAndAgreesWithTheImage() {
        const Volume<float> image = twoBlobs();
        const ImageForeground reference = imageForeground(image);
        QCOMPARE(reference.plain.shape(), image.shape());
        // The plain foreground is the smoothed image above Otsu's threshold; the classical share is
        // stage 5's (postprocess/ThresholdCalibration.h).
        const SmoothedOtsu smoothed = smoothedOtsu(image, 1.0);
        std::size_t plain = 0;
        for (std::size_t i = 0; i < image.voxelCount(); ++i) {
            QCOMPARE(reference.plain[i] != 0, smoothed.smoothed[i] > smoothed.threshold);
            plain += reference.plain[i] != 0;
        }
        QVERIFY(plain > 0 && plain < image.voxelCount());
        QCOMPARE(reference.classicalShare, classicalForegroundShare(smoothed));
        Volume<float> map(image.shape(), 0.0f);
        for (std::size_t i = 0; i < image.voxelCount(); ++i)
            map[i] = image[i] > 50.0f && i % 3 ? 0.8f : 0.1f;
        QCOMPARE(foregroundAgreement(map, reference, 0.5), foregroundAgreement(map, image, 0.5));
        QVERIFY_THROWS_EXCEPTION(Error, imageForeground(Volume<float>()));
        QVERIFY_THROWS_EXCEPTION(Error, foregroundAgreement(Volume<float>(Shape{8, 8, 8}, 0.0f), reference, 0.2));
    }

    void differentSizesAreRefused() {
        QVERIFY_THROWS_EXCEPTION(Error, foregroundAgreement(Volume<float>(Shape{8, 8, 8}, 0.0f), twoBlobs(), 0.2));
    }
};

QTEST_APPLESS_MAIN(TestForegroundAgreement)
#include "TestForegroundAgreement.moc"
