// validate() refuses settings that cannot make a volume, with a message that names the problem;
// generateSynthetic validates first.
#include "SynthTestSupport.h"

#include "pipeline/Error.h"
#include "synth/SyntheticNuclei.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace nuclei3d;

using Change = std::function<void(SynthSettings&)>;
Q_DECLARE_METATYPE(Change)

class TestSynthValidate : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void defaultsAreValid() {
        validate(SynthSettings{});
        SynthSettings fill;
        fill.count = 0;
        validate(fill);
        SynthSettings calibrated;
        calibrated.spacing = Spacing::micrometres(0.3, 0.3, 1.0);
        validate(calibrated);
    }

    void rejectsBadSettings_data() {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zero width") << Change([](SynthSettings& s) { s.shape.x = 0; }) << "at least 1 voxel";
        QTest::newRow("zero depth") << Change([](SynthSettings& s) { s.shape.z = 0; }) << "at least 1 voxel";
        QTest::newRow("min > max") << Change([](SynthSettings& s) { s.radiusMin = 9; })
                                   << "must not be smaller";
        QTest::newRow("min 0") << Change([](SynthSettings& s) { s.radiusMin = 0; }) << "smallest semi-axis";
        QTest::newRow("negative min")
            << Change([](SynthSettings& s) { s.radiusMin = -2; }) << "smallest semi-axis";
        QTest::newRow("step 0") << Change([](SynthSettings& s) { s.radiusStep = 0; })
                                << "step must be positive";
        QTest::newRow("negative step")
            << Change([](SynthSettings& s) { s.radiusStep = -1; }) << "step must be positive";
        QTest::newRow("tiny step") << Change([](SynthSettings& s) { s.radiusStep = 1e-9; }) << "too small";
        QTest::newRow("NaN radius") << Change([](SynthSettings& s) { s.radiusMax = std::nan(""); })
                                    << "largest semi-axis";
        QTest::newRow("negative overlap")
            << Change([](SynthSettings& s) { s.maxOverlap = -0.1; }) << "overlap";
        QTest::newRow("overlap above 1") << Change([](SynthSettings& s) { s.maxOverlap = 1.5; }) << "overlap";
        QTest::newRow("no attempts") << Change([](SynthSettings& s) { s.maxAttempts = 0; }) << "attempt";
        QTest::newRow("negative sigma") << Change([](SynthSettings& s) { s.blurSigma = -1; }) << "blur sigma";
        QTest::newRow("fill mode, fraction 0") << Change([](SynthSettings& s) {
            s.count = 0;
            s.foregroundFraction = 0;
        }) << "foreground fraction";
        QTest::newRow("fill mode, fraction above 1") << Change([](SynthSettings& s) {
            s.count = 0;
            s.foregroundFraction = 1.2;
        }) << "foreground fraction";
        QTest::newRow("zero voxel size")
            << Change([](SynthSettings& s) { s.spacing = Spacing::micrometres(0.5, 0.0, 1.0); })
            << "voxel size";
        QTest::newRow("negative voxel size")
            << Change([](SynthSettings& s) { s.spacing = Spacing::micrometres(0.5, 0.5, -1.0); })
            << "voxel size";
    }
    void rejectsBadSettings() {
        QFETCH(Change, change);
        QFETCH(QString, mentions);
        SynthSettings s;
        s.shape = Shape{16, 16, 16};
        change(s);
        try {
            validate(s);
            QFAIL("validate accepted bad settings");
        } catch (const Error& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(mentions), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, generateSynthetic(s));
    }

    void fractionIsIgnoredWhenACountIsGiven() {
        SynthSettings s;
        s.foregroundFraction = 5; // meaningless, but unused with count > 0
        validate(s);
    }
};

QTEST_APPLESS_MAIN(TestSynthValidate)
#include "TestSynthValidate.moc"
