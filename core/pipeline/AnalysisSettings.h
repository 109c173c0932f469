#pragma once
// Turns a validated ParameterSet into the settings of the analysis stages (stage 5 post-processing,
// the classical baseline, stage 6 evaluation), so that their code never looks parameters up by name.
#include "evaluate/Evaluation.h"
#include "pipeline/ParameterSet.h"
#include "postprocess/ClassicSettings.h"
#include "postprocess/PostprocessSettings.h"

#include <string>
#include <vector>

namespace nuclei3d {

/// postprocess.*; the class lists are parsed and checked (Error naming the parameter).
PostprocessSettings postprocessSettingsFrom(const ParameterSet& parameters);
/// classic.*
ClassicSettings classicSettingsFrom(const ParameterSet& parameters);
/// evaluate.*
EvaluationOptions evaluationOptionsFrom(const ParameterSet& parameters);

/// "0.5, 0.8" -> {0.5, 0.8}; an empty text gives no numbers. Error naming `parameter` for anything
/// that is not a number.
std::vector<double> parseNumberList(const std::string& text, const std::string& parameter);
/// "elongated, round" -> {"elongated", "round"} (spaces around names trimmed).
std::vector<std::string> parseNameList(const std::string& text);

} // namespace nuclei3d
