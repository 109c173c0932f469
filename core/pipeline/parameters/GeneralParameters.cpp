#include "pipeline/ParameterSchema.h"
#include "pipeline/parameters/StageParameters.h"

namespace nuclei3d {

void declareGeneralParameters(ParameterSchema& s) {
    s.addStage("general", "General");
    s.addInteger("general.threads", "CPU threads", 0, 0, 1024, "",
                 "CPU threads for computation and LibTorch; 0 uses every core.");
    s.addChoice("general.device", "Compute device", "auto", {"auto", "cpu", "cuda"},
                "Where networks run: auto picks CUDA when this build of LibTorch has it and a GPU is present.");
}

} // namespace nuclei3d
