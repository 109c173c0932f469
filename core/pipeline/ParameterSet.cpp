#include "pipeline/ParameterSet.h"

#include "Version.h"
#include "io/AtomicFile.h"
#include "pipeline/Error.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <locale>
#include <sstream>

namespace nuclei3d {
namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

Error outOfRange(const ParameterSpec& spec, const std::string& given) {
    return Error("parameter " + quoted(spec.name) + " = " + given + " is out of range: allowed " + describeRange(spec));
}

Error wrongType(const ParameterSpec& spec, const std::string& given) {
    return Error("parameter " + quoted(spec.name) + " must be " + (spec.type == ParameterType::Integer ? "an " : "a ") +
                 typeName(spec.type) + ", not " + given);
}

double parseNumber(const ParameterSpec& spec, const std::string& text) {
    std::istringstream in(text);
    in.imbue(std::locale::classic()); // "0.5" means the same in every locale
    double v = 0.0;
    in >> v;
    if (!in || !in.eof() || text.empty())
        throw wrongType(spec, quoted(text));
    return v;
}

} // namespace

ParameterValue checkedValue(const ParameterSpec& spec, const ParameterValue& value) {
    switch (spec.type) {
    case ParameterType::Integer: {
        std::int64_t v = 0;
        if (const auto* i = std::get_if<std::int64_t>(&value)) {
            v = *i;
        } else if (const auto* d = std::get_if<double>(&value)) {
            if (!std::isfinite(*d) || std::floor(*d) != *d || std::fabs(*d) > 9e15)
                throw wrongType(spec, toString(value));
            v = static_cast<std::int64_t>(*d);
        } else {
            throw wrongType(spec, quoted(toString(value)));
        }
        if (static_cast<double>(v) < spec.minimum || static_cast<double>(v) > spec.maximum)
            throw outOfRange(spec, std::to_string(v));
        return v;
    }
    case ParameterType::Real: {
        double v = 0.0;
        if (const auto* i = std::get_if<std::int64_t>(&value))
            v = static_cast<double>(*i);
        else if (const auto* d = std::get_if<double>(&value))
            v = *d;
        else
            throw wrongType(spec, quoted(toString(value)));
        if (!std::isfinite(v))
            throw wrongType(spec, toString(value));
        if (v < spec.minimum || v > spec.maximum)
            throw outOfRange(spec, toString(v));
        return v;
    }
    case ParameterType::Boolean:
        if (!std::holds_alternative<bool>(value))
            throw wrongType(spec, quoted(toString(value)));
        return value;
    case ParameterType::Choice: {
        const auto* s = std::get_if<std::string>(&value);
        if (!s)
            throw wrongType(spec, toString(value));
        for (const auto& c : spec.choices)
            if (c == *s)
                return value;
        throw Error("parameter " + quoted(spec.name) + " = " + quoted(*s) + " is not allowed: " + describeRange(spec));
    }
    case ParameterType::Text:
        if (!std::holds_alternative<std::string>(value))
            throw wrongType(spec, toString(value));
        return value;
    }
    return value;
}

ParameterSet::ParameterSet() { resetToDefaults(); }

void ParameterSet::resetToDefaults() {
    m_values.clear();
    for (const auto& spec : ParameterSchema::instance().parameters())
        m_values[spec.name] = spec.defaultValue;
}

const ParameterSpec& ParameterSet::spec(const std::string& name) const {
    const auto& schema = ParameterSchema::instance();
    if (const auto* s = schema.find(name))
        return *s;
    std::string message = "unknown parameter " + quoted(name);
    const std::string hint = schema.closestName(name);
    if (!hint.empty())
        message += " (did you mean " + quoted(hint) + "?)";
    throw Error(message);
}

void ParameterSet::set(const std::string& name, const ParameterValue& value) {
    m_values[name] = checkedValue(spec(name), value);
}

void ParameterSet::setFromText(const std::string& name, const std::string& text) {
    const ParameterSpec& s = spec(name);
    switch (s.type) {
    case ParameterType::Integer:
    case ParameterType::Real: {
        const double v = parseNumber(s, text);
        if (s.type == ParameterType::Integer)
            set(name, std::floor(v) == v ? ParameterValue(v) : throw wrongType(s, quoted(text)));
        else
            set(name, v);
        return;
    }
    case ParameterType::Boolean:
        if (text == "true" || text == "1" || text == "yes" || text == "on")
            set(name, true);
        else if (text == "false" || text == "0" || text == "no" || text == "off")
            set(name, false);
        else
            throw wrongType(s, quoted(text));
        return;
    case ParameterType::Choice:
    case ParameterType::Text: set(name, text); return;
    }
}

void ParameterSet::setAssignment(const std::string& assignment) {
    const auto eq = assignment.find('=');
    if (eq == std::string::npos || eq == 0)
        throw Error("expected name=value, got " + quoted(assignment));
    setFromText(assignment.substr(0, eq), assignment.substr(eq + 1));
}

const ParameterValue& ParameterSet::value(const std::string& name) const {
    spec(name);
    return m_values.at(name);
}

std::int64_t ParameterSet::integer(const std::string& name) const { return std::get<std::int64_t>(value(name)); }
double ParameterSet::real(const std::string& name) const { return std::get<double>(value(name)); }
bool ParameterSet::boolean(const std::string& name) const { return std::get<bool>(value(name)); }
const std::string& ParameterSet::text(const std::string& name) const { return std::get<std::string>(value(name)); }

bool ParameterSet::isDefault(const std::string& name) const { return value(name) == spec(name).defaultValue; }

std::string ParameterSet::toJson() const {
    nlohmann::ordered_json root;
    root["program"] = kProgramName;
    root["version"] = kVersion;
    nlohmann::ordered_json params = nlohmann::ordered_json::object();
    for (const auto& s : ParameterSchema::instance().parameters()) {
        auto& slot = params[s.stage][s.key()];
        std::visit([&slot](const auto& v) { slot = v; }, m_values.at(s.name));
    }
    root["parameters"] = std::move(params);
    return root.dump(2) + "\n";
}

void ParameterSet::mergeJson(const std::string& jsonText, const std::string& source) {
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(jsonText);
    } catch (const nlohmann::json::exception& e) {
        // Not only parse_error: a number too large for a double (1E400) is an out_of_range.
        throw Error(source + ": not valid JSON (" + e.what() + ")");
    }
    if (!root.is_object())
        throw Error(source + ": expected a JSON object with a \"parameters\" object");
    // Accept both a full saved file and a bare {"stage": {...}} object.
    const nlohmann::json* params = &root;
    if (root.contains("parameters")) {
        params = &root["parameters"];
        for (auto it = root.begin(); it != root.end(); ++it)
            if (it.key() != "parameters" && it.key() != "program" && it.key() != "version")
                throw Error(source + ": unknown key " + quoted(it.key()));
    }
    if (!params->is_object())
        throw Error(source + ": \"parameters\" must be an object");

    ParameterSet merged = *this; // all or nothing: a bad file changes nothing
    for (auto stage = params->begin(); stage != params->end(); ++stage) {
        if (!stage.value().is_object())
            throw Error(source + ": " + quoted(stage.key()) + " must be an object of parameters");
        for (auto item = stage.value().begin(); item != stage.value().end(); ++item) {
            const std::string name = stage.key() + "." + item.key();
            try {
                const auto& v = item.value();
                if (v.is_boolean())
                    merged.set(name, v.get<bool>());
                else if (v.is_number_integer())
                    merged.set(name, v.get<std::int64_t>());
                else if (v.is_number())
                    merged.set(name, v.get<double>());
                else if (v.is_string())
                    merged.set(name, v.get<std::string>());
                else
                    merged.set(name, std::string(v.dump()));
            } catch (const Error& e) {
                throw Error(source + ": " + e.what());
            }
        }
    }
    *this = std::move(merged);
}

void ParameterSet::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw FileError(file, "cannot be opened for reading");
    std::ostringstream text;
    text << in.rdbuf();
    mergeJson(text.str(), file.string());
}

void ParameterSet::save(const std::filesystem::path& file) const { writeTextFileAtomically(file, toJson()); }

} // namespace nuclei3d
