// The parameter schema and sets: every stage declared, defaults valid, JSON round trip, and clear
// errors for unknown keys, wrong types and out-of-range values.
#include "pipeline/Error.h"
#include "pipeline/ParameterSet.h"
#include "pipeline/StageSettings.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <set>

using namespace nuclei3d;

namespace {
QString errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}
} // namespace

class TestParameters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyStageOfTheMethodIsDeclared() {
        std::set<std::string> stages;
        for (const auto& spec : ParameterSchema::instance().parameters()) {
            stages.insert(spec.stage);
            QVERIFY2(!spec.help.empty(), spec.name.c_str());
            QVERIFY2(!spec.label.empty(), spec.name.c_str());
            if (spec.type == ParameterType::Integer || spec.type == ParameterType::Real)
                QVERIFY2(spec.minimum <= spec.maximum, spec.name.c_str());
            // The default must itself pass validation.
            QCOMPARE(checkedValue(spec, spec.defaultValue), spec.defaultValue);
        }
        for (const char* stage : {"general", "synth", "gan", "pairs", "unet", "inference", "postprocess", "classic", "evaluate"})
            QVERIFY2(stages.count(stage), stage);
    }
    void methodDefaultsMatchMethodMd() {
        const ParameterSet p;
        QCOMPARE(p.real("synth.blur_sigma"), 2.0);
        QCOMPARE(p.real("synth.max_overlap"), 0.0);
        QCOMPARE(p.integer("gan.predictor_slices"), std::int64_t{10});
        QCOMPARE(p.real("gan.lambda_recycle_ab"), 1.0);
        QCOMPARE(p.real("gan.lambda_recycle_ba"), 10.0);
        QCOMPARE(p.real("gan.lambda_recurrent_a"), 10.0);
        QCOMPARE(p.real("gan.lambda_recurrent_b"), 10.0);
        QCOMPARE(p.real("gan.lambda_contour"), 0.1);
        QCOMPARE(p.real("unet.learning_rate"), 1e-4);
        QCOMPARE(p.integer("inference.tile_size"), std::int64_t{64});
        QCOMPARE(p.real("inference.percentile_high"), 99.8);
        QCOMPARE(p.real("postprocess.threshold"), 0.5);
        QCOMPARE(p.integer("postprocess.min_size"), std::int64_t{50});
        QCOMPARE(p.integer("evaluate.min_size"), std::int64_t{50});
    }
    void jsonRoundTrip() {
        ParameterSet p;
        p.set("synth.count", std::int64_t{42});
        p.set("synth.radius_max", 9.5);
        p.set("gan.mode", std::string("cyclegan"));
        QTemporaryDir dir;
        const std::string file = dir.filePath("p.json").toStdString();
        p.save(file);
        ParameterSet q;
        q.load(file);
        QVERIFY(p == q);
        QVERIFY(!q.isDefault("synth.count"));
        QVERIFY(q.isDefault("synth.seed"));
    }
    void textValuesParseLikeTheCommandLine() {
        ParameterSet p;
        p.setAssignment("synth.count=500");
        p.setFromText("synth.radius_min", "3.5");
        p.setFromText("postprocess.connectivity", "6");
        QCOMPARE(p.integer("synth.count"), std::int64_t{500});
        QCOMPARE(p.real("synth.radius_min"), 3.5);
        QCOMPARE(p.text("postprocess.connectivity"), std::string("6"));
    }
    void badValuesAreClearErrors_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key with hint") << R"({"synth": {"cont": 3}})" << "unknown parameter 'synth.cont' (did you mean 'synth.count'?)";
        QTest::newRow("out of range") << R"({"synth": {"count": -1}})" << "'synth.count' = -1 is out of range";
        QTest::newRow("wrong type") << R"({"synth": {"count": "many"}})" << "'synth.count' must be an integer";
        QTest::newRow("fraction for integer") << R"({"synth": {"count": 2.5}})" << "must be an integer";
        QTest::newRow("bad choice") << R"({"gan": {"mode": "pix2pix"}})" << "is not allowed: one of: recyclegan-hd";
        QTest::newRow("not json") << "{synth" << "not valid JSON";
        QTest::newRow("unknown top level") << R"({"parameters": {}, "colour": 1})" << "unknown key 'colour'";
    }
    void badValuesAreClearErrors() {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        ParameterSet p;
        const ParameterSet before = p;
        const QString message = errorOf([&] { p.mergeJson(json.toStdString(), "bad.json"); });
        QVERIFY2(message.startsWith("bad.json: "), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(p == before, "a rejected file must change nothing");
    }
    void unreadableFileNamesTheFile() {
        ParameterSet p;
        const QString message = errorOf([&] { p.load("/nonexistent/params.json"); });
        QVERIFY2(message.contains("/nonexistent/params.json"), qPrintable(message));
    }
    void settingsFollowParameters() {
        ParameterSet p;
        p.setAssignment("synth.size_x=40");
        p.setAssignment("synth.voxel_z=2");
        const SynthSettings s = synthSettingsFrom(p);
        QCOMPARE(s.shape.x, std::size_t{40});
        QVERIFY(s.spacing.known);
        QCOMPARE(s.spacing.z, 2.0);
        QVERIFY(!synthSettingsFrom(ParameterSet()).spacing.known);
    }
};

QTEST_APPLESS_MAIN(TestParameters)
#include "TestParameters.moc"
