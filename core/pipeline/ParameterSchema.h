#pragma once
// The one declaration of every tunable number of METHOD.md: name, type, default, range, unit, help
// and stage. JSON files, command-line flags and the parameter editor are all generated from it.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace nuclei3d {

enum class ParameterType { Integer, Real, Boolean, Choice, Text };

using ParameterValue = std::variant<std::int64_t, double, bool, std::string>;

struct ParameterSpec {
    std::string name;   ///< "stage.key", e.g. "synth.count"; the JSON path and the CLI flag --synth.count
    ParameterType type = ParameterType::Real;
    ParameterValue defaultValue;
    double minimum = 0.0; ///< Integer and Real only, inclusive
    double maximum = 0.0;
    std::vector<std::string> choices; ///< Choice only
    std::string unit;     ///< "um", "voxels", "" ...
    std::string help;     ///< one sentence for tooltips and --help
    std::string stage;    ///< the part before the first dot
    std::string label;    ///< short title for the editor, e.g. "Nuclei count"

    std::string key() const { return name.substr(name.find('.') + 1); }
};

/// Human-readable stage titles, in pipeline order.
struct StageInfo {
    std::string id;
    std::string title;
};

class ParameterSchema {
public:
    static const ParameterSchema& instance();

    const std::vector<ParameterSpec>& parameters() const { return m_parameters; }
    const std::vector<StageInfo>& stages() const { return m_stages; }
    const ParameterSpec* find(const std::string& name) const;
    std::vector<const ParameterSpec*> forStage(const std::string& stage) const;
    /// The declared name closest to a mistyped one, for "did you mean" hints (empty if none close).
    std::string closestName(const std::string& name) const;

    // Declaration helpers used by the per-stage declaration files.
    void addStage(std::string id, std::string title);
    void addInteger(std::string name, std::string label, std::int64_t value, std::int64_t min, std::int64_t max,
                    std::string unit, std::string help);
    void addReal(std::string name, std::string label, double value, double min, double max, std::string unit,
                 std::string help);
    void addBoolean(std::string name, std::string label, bool value, std::string help);
    void addChoice(std::string name, std::string label, std::string value, std::vector<std::string> choices,
                   std::string help);
    void addText(std::string name, std::string label, std::string value, std::string help);

private:
    ParameterSchema();
    void add(ParameterSpec spec);

    std::vector<ParameterSpec> m_parameters;
    std::vector<StageInfo> m_stages;
};

std::string toString(const ParameterValue& value);
const char* typeName(ParameterType type);
/// "[1, 100] voxels" / "one of: a, b" / "" for the help texts of editor and CLI.
std::string describeRange(const ParameterSpec& spec);

} // namespace nuclei3d
