// The analysis settings made from parameter sets: defaults, every value carried over, class lists
// parsed, and mistakes reported with the parameter's name.
#include "pipeline/AnalysisSettings.h"
#include "pipeline/Error.h"

#include <QtTest>

using namespace nuclei3d;

class TestAnalysisSettings : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void defaultsMatchTheStructs() {
        const ParameterSet p;
        const PostprocessSettings post = postprocessSettingsFrom(p);
        const PostprocessSettings postDefault;
        QCOMPARE(post.threshold, postDefault.threshold);
        QCOMPARE(post.hMicrometres, postDefault.hMicrometres);
        QCOMPARE(post.probabilityPower, postDefault.probabilityPower);
        QCOMPARE(post.probabilitySigma, postDefault.probabilitySigma);
        QCOMPARE(post.connectivity, postDefault.connectivity);
        QCOMPARE(post.minSize, postDefault.minSize);
        QCOMPARE(post.contourDistance, postDefault.contourDistance);
        QCOMPARE(post.shapeSigma, postDefault.shapeSigma);
        QCOMPARE(post.shapeThresholds, postDefault.shapeThresholds);
        QCOMPARE(post.shapeClasses, postDefault.shapeClasses);
        const ClassicSettings classic = classicSettingsFrom(p);
        const ClassicSettings classicDefault;
        QCOMPARE(classic.smoothingSigma, classicDefault.smoothingSigma);
        QCOMPARE(classic.thresholdMethod, classicDefault.thresholdMethod);
        QCOMPARE(classic.threshold, classicDefault.threshold);
        QCOMPARE(classic.thresholdFactor, classicDefault.thresholdFactor);
        QCOMPARE(classic.hMicrometres, classicDefault.hMicrometres);
        QCOMPARE(classic.connectivity, classicDefault.connectivity);
        QCOMPARE(classic.minSize, classicDefault.minSize);
        QCOMPARE(evaluationOptionsFrom(p).minSize, std::uint64_t{50});
    }
    void valuesAreCarriedOver() {
        ParameterSet p;
        p.setFromText("postprocess.threshold", "0.3");
        p.setFromText("postprocess.connectivity", "6");
        p.setFromText("postprocess.probability_power", "2");
        p.setFromText("postprocess.probability_sigma", "1.5");
        p.setFromText("postprocess.probability_reference_radius", "4");
        p.setFromText("postprocess.shape_thresholds", " 0.4, 0.7 ");
        p.setFromText("postprocess.shape_classes", "long, middle ,round");
        p.setFromText("classic.threshold_method", "manual");
        p.setFromText("classic.connectivity", "26");
        p.setFromText("classic.min_size", "7");
        p.setFromText("evaluate.min_size", "0");
        const PostprocessSettings post = postprocessSettingsFrom(p);
        QCOMPARE(post.threshold, 0.3);
        QCOMPARE(post.connectivity, Connectivity::Six);
        QCOMPARE(post.probabilityPower, 2.0);
        QCOMPARE(post.probabilitySigma, 1.5);
        QCOMPARE(post.probabilityReferenceRadius, 4.0);
        QCOMPARE(post.shapeThresholds, (std::vector<double>{0.4, 0.7}));
        QCOMPARE(post.shapeClasses, (std::vector<std::string>{"long", "middle", "round"}));
        const ClassicSettings classic = classicSettingsFrom(p);
        QCOMPARE(classic.thresholdMethod, ClassicThresholdMethod::Manual);
        QCOMPARE(classic.connectivity, Connectivity::TwentySix);
        QCOMPARE(classic.minSize, std::uint64_t{7});
        QCOMPARE(evaluationOptionsFrom(p).minSize, std::uint64_t{0});
    }
    void mistakesNameTheParameter() {
        ParameterSet p;
        p.setFromText("postprocess.shape_thresholds", "0.5,abc");
        try {
            postprocessSettingsFrom(p);
            QFAIL("a word among the thresholds must be refused");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("postprocess.shape_thresholds"), e.what());
        }
        p.setFromText("postprocess.shape_thresholds", "0.5,0.6");
        try {
            postprocessSettingsFrom(p); // three classes needed, two given
            QFAIL("a class count that does not fit must be refused");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("postprocess.shape_classes"), e.what());
        }
        QVERIFY(parseNumberList("", "x").empty());
        QCOMPARE(parseNumberList("1e-1", "x"), (std::vector<double>{0.1}));
    }
};

QTEST_APPLESS_MAIN(TestAnalysisSettings)
#include "TestAnalysisSettings.moc"
