#pragma once
// How dense the GAN's domain A was, as train-gan and run print it: a foreground fraction, or the
// nucleus count when the user gave synth.count.
#include "synth/SynthSettings.h"

#include <string>

namespace nuclei3d::cli {

/// "foreground fraction 0.100" or "40 nuclei per volume".
std::string ganDomainDensityText(const SynthSettings& domainA);

} // namespace nuclei3d::cli
