#include "gan/GanRealismCheck.h"

#include "pipeline/Error.h"
#include "synth/SyntheticNuclei.h"
#include "unet/PercentileRange.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace nuclei3d {

Volume<float> normaliseRealVolume(const Volume<float>& image, double low, double high) {
    const IntensityRange range = percentileRange(image.data(), image.voxelCount(), low, high);
    Volume<float> out(image.shape(), 0.0f, image.spacing());
    for (std::size_t i = 0; i < image.voxelCount(); ++i)
        out[i] = std::clamp(range.normalise(image[i]), 0.0f, 1.0f);
    return out;
}

GanRealismReport checkGanRealism(GanGenerator& generator, const std::vector<GanRealVolume>& real,
                                 const GanTrainSettings& s, const SynthSettings& synth, const Progress& progress) {
    if (real.empty())
        throw Error("realism check: no real volume");
    std::vector<Volume<float>> normalised;
    for (const GanRealVolume& r : real)
        normalised.push_back(normaliseRealVolume(r.image, s.percentileLow, s.percentileHigh));
    const Shape& like = real.front().image.shape();
    const auto crop = static_cast<std::size_t>(s.cropSize);
    SynthSettings a = ganDomainSynthSettings(synth, s);
    a.shape = Shape{std::min(like.x, crop), std::min(like.y, crop), std::min(like.z, crop)};
    if (real.front().image.spacing().known)
        a.spacing = real.front().image.spacing();
    a.seed = synth.seed + 1000;
    const SynthResult result = generateSynthetic(a, progress.sub(0.0, 0.4));
    const Volume<float> syn = generator.synthesize(result.blurred, progress.sub(0.4, 0.9));
    Volume<float> blurred(result.blurred.shape(), 0.0f);
    for (std::size_t i = 0; i < blurred.voxelCount(); ++i)
        blurred[i] = std::clamp(result.blurred[i] / 255.0f, 0.0f, 1.0f);
    GanRealismReport report;
    report.window = static_cast<std::size_t>(std::min<int>(s.net.sliceSize, static_cast<int>(std::min(a.shape.x, a.shape.y))));
    report.synthetic = compareRealism(syn, normalised, report.window);
    report.blurred = compareRealism(blurred, normalised, report.window);
    progress.report(1.0, "realism check done");
    return report;
}

std::string realismJson(const GanRealismReport& r) {
    nlohmann::json j;
    j["synthetic"] = {{"histogram_distance", r.synthetic.histogramDistance},
                      {"spectrum_distance", r.synthetic.spectrumDistance}};
    j["blurred_input"] = {{"histogram_distance", r.blurred.histogramDistance},
                          {"spectrum_distance", r.blurred.spectrumDistance}};
    j["window"] = r.window;
    j["note"] = "histogram: total variation distance of 64-bin histograms on 0..1; spectrum: mean |log10| "
                "difference of radially averaged power spectra; 0 = identical";
    return j.dump(2) + "\n";
}

} // namespace nuclei3d
