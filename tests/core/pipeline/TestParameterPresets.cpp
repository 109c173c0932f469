// The named presets (--preset, the editor's Presets menu): each one is valid against the schema,
// sets exactly its own parameters, and a bad preset or an unknown name changes nothing and says why.
#include "pipeline/Error.h"
#include "pipeline/ParameterPresets.h"

#include <QtTest>

#include <set>

using namespace nuclei3d;

class TestParameterPresets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPresetSetsOnlyItsOwnValues() {
        std::set<std::string> ids;
        QVERIFY(parameterPresets().size() >= 2);
        for (const ParameterPreset& preset : parameterPresets()) {
            QVERIFY2(ids.insert(preset.id).second, preset.id.c_str());
            QVERIFY(!preset.title.empty() && !preset.description.empty() && !preset.values.empty());
            ParameterSet parameters;
            parameters.set("synth.count", std::int64_t{77}); // a user's value the preset does not name
            applyPreset(parameters, preset);
            QCOMPARE(parameters.integer("synth.count"), std::int64_t{77});
            std::set<std::string> named;
            for (const auto& [name, text] : preset.values) {
                named.insert(name);
                ParameterSet expected;
                expected.setFromText(name, text);
                QVERIFY2(parameters.value(name) == expected.value(name), name.c_str());
                QVERIFY2(!parameters.isDefault(name), (preset.id + " restates the default of " + name).c_str());
            }
            for (const ParameterSpec& spec : ParameterSchema::instance().parameters())
                if (!named.count(spec.name) && spec.name != "synth.count")
                    QVERIFY2(parameters.isDefault(spec.name), (preset.id + " changed " + spec.name).c_str());
        }
    }
    void theCpuRecipeUsesTheNonGanInputAndAnEnsemble() {
        ParameterSet parameters;
        applyPreset(parameters, parameterPreset("cpu"));
        QCOMPARE(parameters.text("gan.mode"), std::string("nogan"));
        QCOMPARE(parameters.integer("unet.ensemble"), std::int64_t{2});
        QCOMPARE(parameters.integer("inference.views"), std::int64_t{8});
        QCOMPARE(parameters.integer("unet.base_filters"), std::int64_t{8});
    }
    void theDefaultsTakeLongOnACpuAndTheCpuPresetDoesNot() {
        ParameterSet parameters;
        QVERIFY(takesHoursOnACpu(parameters)); // a GAN and U-Nets of 2,000 steps each
        applyPreset(parameters, parameterPreset("cpu"));
        QVERIFY(!takesHoursOnACpu(parameters));
        parameters.setFromText("gan.mode", "recyclegan-hd"); // 2,000 GAN steps by default
        QVERIFY(takesHoursOnACpu(parameters));
        QVERIFY2(!takesHoursOnACpu(parameters, false), "a GAN given to the run is not trained");
        parameters.setFromText("gan.steps", "200");
        QVERIFY(!takesHoursOnACpu(parameters));
        parameters.setFromText("unet.steps", "1000");
        QVERIFY(takesHoursOnACpu(parameters));
    }
    void anUnknownNameListsTheKnownOnes() {
        try {
            parameterPreset("fastest");
            QFAIL("an unknown preset was accepted");
        } catch (const Error& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains("fastest") && message.contains("cpu") && message.contains("publication"),
                     qPrintable(message));
        }
    }
    void aBadValueChangesNothing() {
        const ParameterPreset broken{"broken", "Broken", "One good value, then one out of range.",
                                     {{"unet.steps", "300"}, {"unet.ensemble", "99"}}};
        ParameterSet parameters;
        QVERIFY_THROWS_EXCEPTION(Error, applyPreset(parameters, broken));
        QVERIFY(parameters == ParameterSet());
    }
};

QTEST_APPLESS_MAIN(TestParameterPresets)
#include "TestParameterPresets.moc"
