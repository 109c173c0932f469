#include "pipeline/ParameterSchema.h"

#include "pipeline/parameters/StageParameters.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace nuclei3d {

const ParameterSchema& ParameterSchema::instance() {
    static const ParameterSchema schema;
    return schema;
}

ParameterSchema::ParameterSchema() {
    // Pipeline order: this is also the order of the editor's groups and of --help.
    declareGeneralParameters(*this);
    declareSynthParameters(*this);
    declareMicroscopeParameters(*this);
    declareGanParameters(*this);
    declareUnetParameters(*this);
    declareInferenceParameters(*this);
    declarePostprocessParameters(*this);
    declareClassicParameters(*this);
    declareEvaluateParameters(*this);
}

const ParameterSpec* ParameterSchema::find(const std::string& name) const {
    for (const auto& spec : m_parameters)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

std::vector<const ParameterSpec*> ParameterSchema::forStage(const std::string& stage) const {
    std::vector<const ParameterSpec*> result;
    for (const auto& spec : m_parameters)
        if (spec.stage == stage)
            result.push_back(&spec);
    return result;
}

namespace {
std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0u : 1u)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

std::string ParameterSchema::closestName(const std::string& name) const {
    std::string best;
    std::size_t bestDistance = 4; // farther than 3 edits is not a typo
    for (const auto& spec : m_parameters) {
        const std::size_t d = std::min(editDistance(name, spec.name), editDistance(name, spec.key()));
        if (d < bestDistance) {
            bestDistance = d;
            best = spec.name;
        }
    }
    return best;
}

void ParameterSchema::addStage(std::string id, std::string title) {
    m_stages.push_back({std::move(id), std::move(title)});
}

void ParameterSchema::add(ParameterSpec spec) {
    const auto dot = spec.name.find('.');
    if (dot == std::string::npos || find(spec.name))
        throw std::logic_error("parameter declared twice or without a stage: " + spec.name);
    spec.stage = spec.name.substr(0, dot);
    m_parameters.push_back(std::move(spec));
}

void ParameterSchema::addInteger(std::string name, std::string label, std::int64_t value, std::int64_t min,
                                 std::int64_t max, std::string unit, std::string help) {
    ParameterSpec s;
    s.name = std::move(name);
    s.label = std::move(label);
    s.type = ParameterType::Integer;
    s.defaultValue = value;
    s.minimum = static_cast<double>(min);
    s.maximum = static_cast<double>(max);
    s.unit = std::move(unit);
    s.help = std::move(help);
    add(std::move(s));
}

void ParameterSchema::addReal(std::string name, std::string label, double value, double min, double max,
                              std::string unit, std::string help) {
    ParameterSpec s;
    s.name = std::move(name);
    s.label = std::move(label);
    s.type = ParameterType::Real;
    s.defaultValue = value;
    s.minimum = min;
    s.maximum = max;
    s.unit = std::move(unit);
    s.help = std::move(help);
    add(std::move(s));
}

void ParameterSchema::addBoolean(std::string name, std::string label, bool value, std::string help) {
    ParameterSpec s;
    s.name = std::move(name);
    s.label = std::move(label);
    s.type = ParameterType::Boolean;
    s.defaultValue = value;
    s.help = std::move(help);
    add(std::move(s));
}

void ParameterSchema::addChoice(std::string name, std::string label, std::string value,
                                std::vector<std::string> choices, std::string help) {
    ParameterSpec s;
    s.name = std::move(name);
    s.label = std::move(label);
    s.type = ParameterType::Choice;
    s.defaultValue = std::move(value);
    s.choices = std::move(choices);
    s.help = std::move(help);
    add(std::move(s));
}

void ParameterSchema::addText(std::string name, std::string label, std::string value, std::string help) {
    ParameterSpec s;
    s.name = std::move(name);
    s.label = std::move(label);
    s.type = ParameterType::Text;
    s.defaultValue = std::move(value);
    s.help = std::move(help);
    add(std::move(s));
}

std::string toString(const ParameterValue& value) {
    struct Visitor {
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(double v) const {
            std::ostringstream out;
            out.imbue(std::locale::classic());
            out.precision(10);
            out << v;
            return out.str();
        }
        std::string operator()(bool v) const { return v ? "true" : "false"; }
        std::string operator()(const std::string& v) const { return v; }
    };
    return std::visit(Visitor{}, value);
}

const char* typeName(ParameterType type) {
    switch (type) {
    case ParameterType::Integer: return "integer";
    case ParameterType::Real: return "number";
    case ParameterType::Boolean: return "true/false";
    case ParameterType::Choice: return "choice";
    case ParameterType::Text: return "text";
    }
    return "value";
}

std::string describeRange(const ParameterSpec& spec) {
    switch (spec.type) {
    case ParameterType::Integer:
    case ParameterType::Real: {
        std::string text = "[" + toString(spec.type == ParameterType::Integer
                                              ? ParameterValue(static_cast<std::int64_t>(spec.minimum))
                                              : ParameterValue(spec.minimum)) +
                           ", " +
                           toString(spec.type == ParameterType::Integer
                                        ? ParameterValue(static_cast<std::int64_t>(spec.maximum))
                                        : ParameterValue(spec.maximum)) +
                           "]";
        if (!spec.unit.empty())
            text += " " + spec.unit;
        return text;
    }
    case ParameterType::Choice: {
        std::string text = "one of:";
        for (std::size_t i = 0; i < spec.choices.size(); ++i)
            text += (i ? ", " : " ") + spec.choices[i];
        return text;
    }
    case ParameterType::Boolean: return "true or false";
    case ParameterType::Text: return "";
    }
    return "";
}

} // namespace nuclei3d
