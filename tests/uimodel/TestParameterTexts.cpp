// Every English text of the parameter schema (stage titles, labels, help) and of the presets is listed for lupdate in
// ui/model/ParameterTexts.cpp, and nothing stale is: otherwise the editor shows untranslatable text.
// On a mismatch the test prints the complete, current list to paste into that file.
#include "model/ParameterTexts.h"
#include "pipeline/ParameterPresets.h"
#include "pipeline/ParameterSchema.h"

#include <QtTest>

#include <algorithm>
#include <iostream>
#include <set>
#include <string>
#include <vector>

using namespace nuclei3d;

namespace {

std::vector<std::string> schemaTexts() {
    std::vector<std::string> texts;
    const auto add = [&](const std::string& text) {
        if (!text.empty() && std::find(texts.begin(), texts.end(), text) == texts.end())
            texts.push_back(text);
    };
    const ParameterSchema& schema = ParameterSchema::instance();
    for (const StageInfo& stage : schema.stages()) {
        add(stage.title);
        for (const ParameterSpec& spec : schema.parameters())
            if (spec.stage == stage.id) {
                add(spec.label);
                add(spec.help);
            }
    }
    for (const ParameterPreset& preset : parameterPresets()) { // the editor's Presets menu
        add(preset.title);
        add(preset.description);
    }
    return texts;
}

std::string asCppLiteral(const std::string& text) {
    std::string out = "    QT_TRANSLATE_NOOP(\"ParameterTexts\", \"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"),";
}

} // namespace

class TestParameterTexts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySchemaTextIsListedForTranslators() {
        const std::vector<std::string> wanted = schemaTexts();
        const std::vector<std::string> listed = ui::parameterTextsForTranslators();
        const std::set<std::string> listedSet(listed.begin(), listed.end());
        const std::set<std::string> wantedSet(wanted.begin(), wanted.end());
        std::vector<std::string> missing, stale;
        for (const std::string& t : wanted)
            if (!listedSet.count(t))
                missing.push_back(t);
        for (const std::string& t : listed)
            if (!wantedSet.count(t))
                stale.push_back(t);
        if (!missing.empty() || !stale.empty()) {
            std::cout << "ui/model/ParameterTexts.cpp is out of date (" << missing.size() << " missing, "
                      << stale.size() << " stale). Its list should read:\n";
            for (const std::string& t : wanted)
                std::cout << asCppLiteral(t) << '\n';
        }
        QVERIFY2(missing.empty(), missing.empty() ? "" : ("not listed: " + missing.front()).c_str());
        QVERIFY2(stale.empty(), stale.empty() ? "" : ("no longer in the schema: " + stale.front()).c_str());
        QVERIFY(wanted.size() > 50); // the schema really was read
    }

    void untranslatedTextsComeBackUnchanged() {
        for (const std::string& t : ui::parameterTextsForTranslators())
            QCOMPARE(ui::parameterText(t), QString::fromStdString(t));
    }
};

QTEST_GUILESS_MAIN(TestParameterTexts)
#include "TestParameterTexts.moc"
