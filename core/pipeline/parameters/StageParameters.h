#pragma once
// One function per stage of METHOD.md declares that stage's parameters into the schema.
namespace nuclei3d {
class ParameterSchema;

void declareGeneralParameters(ParameterSchema& schema);
void declareSynthParameters(ParameterSchema& schema);
void declareMicroscopeParameters(ParameterSchema& schema);
void declareGanParameters(ParameterSchema& schema);
void declareUnetParameters(ParameterSchema& schema);
void declareInferenceParameters(ParameterSchema& schema);
void declarePostprocessParameters(ParameterSchema& schema);
void declareClassicParameters(ParameterSchema& schema);
void declareEvaluateParameters(ParameterSchema& schema);
} // namespace nuclei3d
