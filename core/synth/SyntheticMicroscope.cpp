#include "synth/SyntheticMicroscope.h"

#include "filters/GaussianBlur.h"
#include "pipeline/Error.h"
#include "synth/RandomStream.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nuclei3d {
namespace {

// Box-Muller on RandomStream's exact uniforms: std::normal_distribution differs between libraries.
double normal(RandomStream& random) {
    const double u1 = 1.0 - random.uniform(); // (0, 1]: log stays finite
    const double u2 = random.uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

// Poisson by inversion for small means (exact) and by its normal limit for large ones, where the
// two are indistinguishable at the precision of a float image and inversion would be slow.
double poisson(RandomStream& random, double mean) {
    if (mean <= 0.0)
        return 0.0;
    if (mean > 40.0)
        return std::max(0.0, std::round(mean + std::sqrt(mean) * normal(random)));
    double p = std::exp(-mean);
    double cumulative = p;
    const double u = random.uniform();
    double k = 0.0;
    while (u > cumulative && k < 1000.0) {
        k += 1.0;
        p *= mean / k;
        cumulative += p;
    }
    return k;
}

void checkSettings(const MicroscopeSettings& s) {
    if (!(s.photons > 0.0) || s.readNoise < 0.0 || s.psfSigma < 0.0 || s.textureSigma < 0.0 ||
        s.betweenNucleiCv < 0.0 || s.withinNucleusCv < 0.0 || s.zAttenuation < 0.0 || s.haze < 0.0 ||
        !(s.hazeSigma > 0.0))
        throw Error("synthetic microscope: photons and the glow's reach must be positive and every other "
                    "setting non-negative");
}

// The glow: the nuclei's footprint blurred far beyond the PSF and scaled so its peak is `level`.
// Real volumes have it where cells are (cytoplasm, light from out-of-focus nuclei), and a network
// that never saw it may call it nucleus.
void addHaze(Volume<float>& image, const Volume<std::uint32_t>& instances, double level, double sigma,
             const Progress& progress) {
    Volume<float> glow(instances.shape(), 0.0f, instances.spacing());
    for (std::size_t i = 0; i < glow.voxelCount(); ++i)
        glow[i] = instances[i] != 0 ? 1.0f : 0.0f;
    gaussianBlur(glow, sigma, sigma, sigma, progress);
    const float peak = glow.voxelCount() > 0 ? *std::max_element(glow.data(), glow.data() + glow.voxelCount()) : 0.0f;
    if (!(peak > 0.0f))
        return;
    const auto scale = static_cast<float>(level / peak);
    for (std::size_t i = 0; i < image.voxelCount(); ++i)
        image[i] += scale * glow[i];
}

} // namespace

Volume<float> simulateMicroscope(const Volume<std::uint32_t>& instances, std::size_t nucleusCount,
                                 const MicroscopeSettings& settings, const Progress& progress) {
    checkSettings(settings);
    RandomStream random(settings.seed ^ 0x6d6963726f73636fULL); // own stream, apart from placement
    // Brightness per nucleus: a truncated normal around the mean, so no nucleus goes dark.
    std::vector<float> brightness(nucleusCount + 1, 0.0f);
    for (std::size_t id = 1; id <= nucleusCount; ++id)
        brightness[id] = static_cast<float>(
            settings.signal * std::max(0.1, 1.0 + settings.betweenNucleiCv * normal(random)));
    progress.report(0.05, "microscope: texture");

    // Texture: smoothed white noise scaled to unit standard deviation.
    Volume<float> texture(instances.shape(), 0.0f, instances.spacing());
    for (std::size_t i = 0; i < texture.voxelCount(); ++i)
        texture[i] = static_cast<float>(normal(random));
    if (settings.textureSigma > 0.0) {
        gaussianBlur(texture, settings.textureSigma, settings.textureSigma, settings.textureSigma,
                     progress.sub(0.1, 0.3));
        double sumSquares = 0.0;
        for (std::size_t i = 0; i < texture.voxelCount(); ++i)
            sumSquares += double(texture[i]) * texture[i];
        const double sd = std::sqrt(sumSquares / std::max<std::size_t>(1, texture.voxelCount()));
        const float scale = sd > 0.0 ? static_cast<float>(1.0 / sd) : 0.0f;
        for (std::size_t i = 0; i < texture.voxelCount(); ++i)
            texture[i] *= scale;
    }

    // The object: brightness times texture inside nuclei, then the PSF.
    Volume<float> image(instances.shape(), 0.0f, instances.spacing());
    const auto cv = static_cast<float>(settings.withinNucleusCv);
    for (std::size_t i = 0; i < image.voxelCount(); ++i) {
        const std::uint32_t id = instances[i];
        if (id == 0)
            continue;
        if (id > nucleusCount)
            throw Error("synthetic microscope: an instance id is larger than the nucleus count");
        image[i] = brightness[id] * std::max(0.0f, 1.0f + cv * texture[i]);
    }
    texture = Volume<float>();
    if (settings.haze > 0.0)
        addHaze(image, instances, settings.haze * settings.signal, settings.hazeSigma, progress.sub(0.3, 0.35));
    progress.report(0.35, "microscope: PSF");
    if (settings.psfSigma > 0.0)
        gaussianBlur(image, settings.psfSigma, settings.psfSigma, settings.psfSigma, progress.sub(0.35, 0.7));

    // Depth attenuation, background, then photon and read noise.
    const std::size_t slice = image.shape().sliceSize();
    for (std::size_t z = 0; z < image.sizeZ(); ++z) {
        progress.report(0.7 + 0.3 * double(z) / double(image.sizeZ()), "microscope: noise");
        const double attenuation = std::exp(-settings.zAttenuation * double(z));
        float* row = image.slice(z);
        for (std::size_t i = 0; i < slice; ++i) {
            const double expected = settings.background + attenuation * row[i];
            const double counts = poisson(random, expected * settings.photons);
            row[i] = static_cast<float>(counts / settings.photons + settings.readNoise * normal(random));
        }
    }
    progress.report(1.0, "microscope: done");
    return image;
}

} // namespace nuclei3d
