#include "synth/MicroscopeSettings.h"

namespace nuclei3d {

MicroscopeSettings microscopeSettingsFrom(const ParameterSet& p) {
    MicroscopeSettings s;
    s.background = p.real("microscope.background");
    s.signal = p.real("microscope.signal");
    s.betweenNucleiCv = p.real("microscope.between_nuclei_cv");
    s.withinNucleusCv = p.real("microscope.within_nucleus_cv");
    s.photons = p.real("microscope.photons");
    s.readNoise = p.real("microscope.read_noise");
    s.zAttenuation = p.real("microscope.z_attenuation");
    s.haze = p.real("microscope.haze");
    s.hazeSigma = p.real("microscope.haze_sigma");
    s.psfSigma = p.real("synth.blur_sigma");
    s.seed = static_cast<std::uint64_t>(p.integer("synth.seed"));
    return s;
}

} // namespace nuclei3d
