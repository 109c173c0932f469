#pragma once
// A complete set of parameter values, always valid against the schema: every setter checks type
// and range and throws nuclei3d::Error with a message naming the parameter and what is allowed.
#include "pipeline/ParameterSchema.h"

#include <filesystem>
#include <map>
#include <string>

namespace nuclei3d {

class ParameterSet {
public:
    /// All parameters at their defaults.
    ParameterSet();

    void set(const std::string& name, const ParameterValue& value);
    /// Parses text as the parameter's type ("300", "0.5", "true", a choice): for --set and flags.
    void setFromText(const std::string& name, const std::string& text);
    /// Parses "name=value".
    void setAssignment(const std::string& assignment);
    void resetToDefaults();

    std::int64_t integer(const std::string& name) const;
    double real(const std::string& name) const;
    bool boolean(const std::string& name) const;
    const std::string& text(const std::string& name) const; ///< Choice and Text
    const ParameterValue& value(const std::string& name) const;
    bool isDefault(const std::string& name) const;

    /// JSON: {"program": ..., "version": ..., "parameters": {"stage": {"key": value}}}.
    std::string toJson() const;
    /// Merges values from JSON text; unknown keys, wrong types and out-of-range values are errors
    /// naming `source` (the file). Keys not given keep their current value.
    void mergeJson(const std::string& jsonText, const std::string& source);
    void load(const std::filesystem::path& file);
    /// Written atomically, with program name and version, so a result can be repeated.
    void save(const std::filesystem::path& file) const;

    bool operator==(const ParameterSet& other) const { return m_values == other.m_values; }

private:
    const ParameterSpec& spec(const std::string& name) const;
    std::map<std::string, ParameterValue> m_values;
};

/// Checks a value against a spec (type and range) and returns it normalised (e.g. an integral
/// double given for an Integer parameter); throws Error naming the parameter otherwise.
ParameterValue checkedValue(const ParameterSpec& spec, const ParameterValue& value);

} // namespace nuclei3d
