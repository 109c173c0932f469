#include "synth/SyntheticNuclei.h"

#include "filters/GaussianBlur.h"
#include "synth/NucleusPlacement.h"
#include "synth/SynthMaps.h"

namespace nuclei3d {

SynthResult generateSynthetic(const SynthSettings& settings, const Progress& progress) {
    validate(settings);
    progress.checkCancelled();
    SynthResult result;
    result.instances = Volume<std::uint32_t>(settings.shape, 0, effectiveSpacing(settings));
    // Shares of the progress bar follow measured run times (512 x 512 x 415, 15,000 nuclei, 2 cores:
    // about 0.5 s placing, 0.7 s allocating and deriving the maps, 0.8 s blurring).
    placeNuclei(settings, result, progress.sub(0.0, 0.3));
    deriveSynthMaps(result, progress.sub(0.3, 0.6));
    const double sigma = settings.blurSigma;
    gaussianBlur(result.blurred, sigma, sigma, sigma, progress.sub(0.6, 1.0));
    return result;
}

} // namespace nuclei3d
