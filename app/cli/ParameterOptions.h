#pragma once
// Command-line flags generated from the parameter schema: every parameter of the chosen stages
// becomes --stage.key (with its default, unit, range and help in --help), plus --params FILE and
// --preset NAME and --set name=value. Values are applied in a fixed order: defaults, --params, the
// preset, then the flags.
#include "pipeline/ParameterSet.h"

#include <CLI/CLI.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nuclei3d::cli {

class ParameterOptions {
public:
    /// Adds flags for the given stages to `command`. `aliases` maps a parameter name to extra
    /// flag names of the CLI contract, e.g. {"synth.count", "--count"}.
    ParameterOptions(CLI::App& command, const std::vector<std::string>& stages,
                     const std::map<std::string, std::string>& aliases = {});

    /// Defaults, then --params, then --preset, then every flag and --set in command-line order; then the global
    /// --threads (general.threads) when it was given, i.e. `threads` > 0. The result's general stage
    /// (threads, device) is applied to this process (applyGeneralParameters) before it is returned.
    ParameterSet resolve(int threads = 0) const;
    /// Applies only --preset, the explicit flags and --set (for callers that change values in between).
    void applyExplicit(ParameterSet& parameters) const;
    /// Given by flag, --set or the chosen preset.
    bool wasGiven(const std::string& name) const;
    /// What a command that shapes the synthesis like an image (run, pairs --like, train-gan) must not
    /// override: a value given by flag or --set, or one the --params file sets away from its default
    /// -- except the image's geometry (synth.size_*, synth.voxel_*), which a params.json written for
    /// another image also holds.
    bool chosenByUser(const std::string& name) const;
    const std::string& paramsFile() const { return m_paramsFile; }

private:
    std::map<std::string, std::string> m_flagValues; // parameter name -> text
    std::map<std::string, CLI::Option*> m_flags;
    std::vector<std::string> m_assignments;
    std::string m_paramsFile;
    std::string m_preset;
    mutable std::optional<ParameterSet> m_fileValues; // --params alone, read once when first asked
};

/// Registers the global --threads flag (general.threads) on the top-level app.
void addGeneralOptions(CLI::App& app, int& threads);

} // namespace nuclei3d::cli
