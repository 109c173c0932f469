#include "postprocess/Measurements.h"

#include "filters/ParallelProgress.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "postprocess/MeasurementsEigen.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace nuclei3d {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Sums of voxel coordinates and their products. Integers: exact, so the order in which slices
// are added cannot change them. Only the intensity sum is floating point (see measureNuclei).
struct Moments {
    std::uint64_t n = 0;
    std::uint64_t z = 0, y = 0, x = 0;
    std::uint64_t zz = 0, yy = 0, xx = 0, zy = 0, zx = 0, yx = 0;
    bool border = false;
    double intensitySum = 0.0;
    float intensityMin = std::numeric_limits<float>::infinity();
    float intensityMax = -std::numeric_limits<float>::infinity();

    void add(const Moments& o) {
        n += o.n;
        z += o.z;
        y += o.y;
        x += o.x;
        zz += o.zz;
        yy += o.yy;
        xx += o.xx;
        zy += o.zy;
        zx += o.zx;
        yx += o.yx;
        border = border || o.border;
        intensitySum += o.intensitySum;
        intensityMin = std::min(intensityMin, o.intensityMin);
        intensityMax = std::max(intensityMax, o.intensityMax);
    }
};

struct LabelMoments {
    std::uint32_t id = 0;
    Moments m;
};

std::string shapeText(const Shape& s) {
    return std::to_string(s.x) + " x " + std::to_string(s.y) + " x " + std::to_string(s.z);
}

// Moments of every label in slice z, in order of first appearance. One map lookup per run of
// equal labels.
std::vector<LabelMoments> sliceMoments(const Volume<std::uint32_t>& labels, const Volume<float>* intensity,
                                       std::size_t z) {
    const Shape s = labels.shape();
    std::unordered_map<std::uint32_t, std::size_t> slot;
    std::vector<LabelMoments> out;
    const bool zBorder = z == 0 || z + 1 == s.z;
    for (std::size_t y = 0; y < s.y; ++y) {
        const std::uint32_t* row = labels.slice(z) + y * s.x;
        const float* values = intensity ? intensity->slice(z) + y * s.x : nullptr;
        std::size_t x0 = 0;
        while (x0 < s.x) {
            const std::uint32_t id = row[x0];
            std::size_t x1 = x0 + 1;
            while (x1 < s.x && row[x1] == id)
                ++x1;
            if (id != 0) {
                const auto [it, inserted] = slot.emplace(id, out.size());
                if (inserted)
                    out.push_back({id, {}});
                Moments& m = out[it->second].m;
                std::uint64_t sx = 0, sxx = 0;
                for (std::size_t x = x0; x < x1; ++x) {
                    sx += x;
                    sxx += static_cast<std::uint64_t>(x) * x;
                }
                if (values)
                    for (std::size_t x = x0; x < x1; ++x) {
                        m.intensitySum += values[x];
                        m.intensityMin = std::min(m.intensityMin, values[x]);
                        m.intensityMax = std::max(m.intensityMax, values[x]);
                    }
                const std::uint64_t len = x1 - x0;
                m.n += len;
                m.x += sx;
                m.xx += sxx;
                m.y += len * y;
                m.yy += len * y * y;
                m.z += len * z;
                m.zz += len * z * z;
                m.yx += y * sx;
                m.zx += z * sx;
                m.zy += len * z * y;
                m.border = m.border || zBorder || y == 0 || y + 1 == s.y || x0 == 0 || x1 == s.x;
            }
            x0 = x1;
        }
    }
    return out;
}

NucleusMeasurement measurementFrom(std::uint32_t id, const Moments& m, const Spacing& spacing,
                                   bool hasIntensity) {
    NucleusMeasurement r;
    r.id = id;
    const auto n = static_cast<double>(m.n);
    const std::array<double, 3> step{spacing.z, spacing.y, spacing.x};
    const std::array<double, 3> mean{static_cast<double>(m.z) / n, static_cast<double>(m.y) / n,
                                     static_cast<double>(m.x) / n};
    for (std::size_t i = 0; i < 3; ++i) {
        r.centroidVoxels[i] = mean[i];
        r.centroidMicrometres[i] = mean[i] * step[i];
    }
    r.volumeVoxels = m.n;
    r.volumeCubicMicrometres = n * spacing.x * spacing.y * spacing.z;
    r.equivalentDiameterMicrometres = std::cbrt(6.0 * r.volumeCubicMicrometres / kPi);

    const std::array<std::array<std::uint64_t, 3>, 3> second{
        {{m.zz, m.zy, m.zx}, {m.zy, m.yy, m.yx}, {m.zx, m.yx, m.xx}}};
    Matrix3 covariance{};
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j) {
            const double voxelCov = static_cast<double>(second[i][j]) / n - mean[i] * mean[j];
            covariance[i][j] = voxelCov * step[i] * step[j] + (i == j ? step[i] * step[i] / 12.0 : 0.0);
        }
    const SymmetricEigen3 eigen = symmetricEigen3(covariance);
    for (std::size_t i = 0; i < 3; ++i)
        r.semiAxesMicrometres[i] = std::sqrt(5.0 * std::max(0.0, eigen.values[i]));
    r.roundness = r.semiAxesMicrometres[0] > 0.0 ? r.semiAxesMicrometres[2] / r.semiAxesMicrometres[0] : 0.0;

    r.hasIntensity = hasIntensity;
    if (hasIntensity) {
        r.meanIntensity = m.intensitySum / n;
        r.minIntensity = m.intensityMin;
        r.maxIntensity = m.intensityMax;
    }
    r.touchesBorder = m.border;
    return r;
}

} // namespace

std::vector<NucleusMeasurement> measureNuclei(const Volume<std::uint32_t>& labels,
                                              const MeasurementInputs& inputs, const Progress& progress) {
    const Volume<float>* intensity = inputs.intensity;
    if (intensity && intensity->shape() != labels.shape())
        throw Error("the intensity volume is " + shapeText(intensity->shape()) +
                    " voxels but the labels are " + shapeText(labels.shape()) +
                    " (x, y, z); both must have the same size");

    // Each slice is summed on its own and the slices are merged in z order afterwards, so the
    // floating-point intensity sums are added in the same order on any number of threads.
    const std::size_t depth = labels.shape().z;
    std::vector<std::vector<LabelMoments>> slices(depth);
    ParallelProgress parallelProgress(progress.sub(0.0, 0.9), depth, "measuring nuclei");
    parallelFor(0, depth, [&](std::size_t zBegin, std::size_t zEnd) {
        for (std::size_t z = zBegin; z < zEnd; ++z) {
            slices[z] = sliceMoments(labels, intensity, z);
            parallelProgress.advance(1);
        }
    });

    std::unordered_map<std::uint32_t, Moments> total;
    for (auto& slice : slices) {
        for (const LabelMoments& lm : slice)
            total[lm.id].add(lm.m);
        slice = {};
    }
    std::vector<std::uint32_t> ids;
    ids.reserve(total.size());
    for (const auto& entry : total)
        ids.push_back(entry.first);
    std::sort(ids.begin(), ids.end());

    std::vector<NucleusMeasurement> result;
    result.reserve(ids.size());
    for (std::uint32_t id : ids) {
        result.push_back(measurementFrom(id, total.at(id), labels.spacing(), intensity != nullptr));
        if (inputs.classOfLabel && id < inputs.classOfLabel->size())
            result.back().className = (*inputs.classOfLabel)[id];
    }
    progress.report(1.0, "measuring nuclei");
    return result;
}

} // namespace nuclei3d
