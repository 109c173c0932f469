#include "ParameterOptions.h"

#include "pipeline/Error.h"
#include "pipeline/GeneralSettings.h"
#include "pipeline/ParameterPresets.h"

namespace nuclei3d::cli {

ParameterOptions::ParameterOptions(CLI::App& command, const std::vector<std::string>& stages,
                                   const std::map<std::string, std::string>& aliases) {
    command.add_option("--params", m_paramsFile, "Parameter file (JSON, as written to params.json) to start from")
        ->check(CLI::ExistingFile)
        ->type_name("FILE");
    std::vector<std::string> presetIds;
    std::string presetHelp = "Start from a named set of values, applied after --params and before the flags:";
    for (const ParameterPreset& preset : parameterPresets()) {
        presetIds.push_back(preset.id);
        presetHelp += "\n  " + preset.id + ": " + preset.description;
    }
    command.add_option("--preset", m_preset, presetHelp)->check(CLI::IsMember(presetIds))->type_name("NAME");
    command.add_option("--set", m_assignments, "Set any parameter: --set synth.count=500 (repeatable)")
        ->type_name("NAME=VALUE")
        ->take_all()
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->allow_extra_args(false);
    const auto& schema = ParameterSchema::instance();
    for (const auto& stage : stages) {
        std::string group;
        for (const auto& info : schema.stages())
            if (info.id == stage)
                group = "Parameters: " + info.title;
        for (const ParameterSpec* spec : schema.forStage(stage)) {
            std::string names = "--" + spec->name;
            if (const auto alias = aliases.find(spec->name); alias != aliases.end())
                names = alias->second + "," + names;
            std::string help = spec->help;
            const std::string range = describeRange(*spec);
            if (!range.empty())
                help += " " + range + ".";
            else if (!spec->unit.empty())
                help += " (" + spec->unit + ")";
            CLI::Option* option = command.add_option(names, m_flagValues[spec->name], help);
            option->default_str(toString(spec->defaultValue));
            option->type_name(spec->type == ParameterType::Integer ? "INT"
                              : spec->type == ParameterType::Real  ? "NUMBER"
                              : spec->type == ParameterType::Boolean ? "BOOL"
                                                                   : "TEXT");
            option->group(group);
            m_flags[spec->name] = option;
        }
    }
}

bool ParameterOptions::wasGiven(const std::string& name) const {
    if (!m_preset.empty())
        for (const auto& [presetName, text] : parameterPreset(m_preset).values)
            if (presetName == name)
                return true;
    const auto it = m_flags.find(name);
    if (it != m_flags.end() && it->second->count() > 0)
        return true;
    for (const auto& a : m_assignments)
        if (a.rfind(name + "=", 0) == 0)
            return true;
    return false;
}

void ParameterOptions::applyExplicit(ParameterSet& parameters) const {
    if (!m_preset.empty())
        applyPreset(parameters, parameterPreset(m_preset));
    for (const auto& [name, option] : m_flags)
        if (option->count() > 0)
            parameters.setFromText(name, m_flagValues.at(name));
    for (const auto& assignment : m_assignments)
        parameters.setAssignment(assignment);
}

ParameterSet ParameterOptions::resolve(int threads) const {
    ParameterSet parameters;
    if (!m_paramsFile.empty())
        parameters.load(m_paramsFile);
    applyExplicit(parameters);
    if (threads > 0)
        parameters.set("general.threads", static_cast<std::int64_t>(threads));
    applyGeneralParameters(parameters);
    return parameters;
}

bool ParameterOptions::chosenByUser(const std::string& name) const {
    if (wasGiven(name))
        return true;
    if (m_paramsFile.empty() || name.rfind("synth.size_", 0) == 0 || name.rfind("synth.voxel_", 0) == 0)
        return false;
    if (!m_fileValues) {
        m_fileValues.emplace();
        m_fileValues->load(m_paramsFile);
    }
    return !m_fileValues->isDefault(name);
}

void addGeneralOptions(CLI::App& app, int& threads) {
    const ParameterSpec* spec = ParameterSchema::instance().find("general.threads");
    app.add_option("-j,--threads", threads, spec->help)->default_str("0")->check(CLI::Range(0, 1024));
}

} // namespace nuclei3d::cli
