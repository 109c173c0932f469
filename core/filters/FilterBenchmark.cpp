#include "filters/FilterBenchmark.h"

#include "pipeline/PeakMemory.h"

#include "filters/Canny3D.h"
#include "filters/ConnectedComponents.h"
#include "filters/DistanceTransform.h"
#include "filters/GaussianBlur.h"
#include "filters/LabelUtilities.h"
#include "filters/Maxima.h"
#include "filters/Threshold.h"
#include "filters/Watershed.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace nuclei3d {
namespace {

class Table {
  public:
    explicit Table(const Progress& progress, int steps) : m_progress(progress), m_steps(steps) {}

    /// Runs one step, timing it and recording the peak memory; `pipeline` adds it to the chain's total.
    void run(const std::string& name, bool pipeline, const std::function<void(const Progress&)>& step) {
        const Progress sub =
            m_progress.sub(static_cast<double>(m_done) / m_steps, static_cast<double>(m_done + 1) / m_steps);
        resetPeakMemory();
        const auto start = std::chrono::steady_clock::now();
        const std::clock_t cpuStart = std::clock();
        step(sub);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        const double peak = peakMemoryMebibytes();
        m_rows.push_back({name, seconds, cpu, peak});
        if (pipeline) {
            m_pipelineSeconds += seconds;
            m_pipelineCpu += cpu;
            m_pipelinePeak = std::max(m_pipelinePeak, peak);
        }
        ++m_done;
        m_progress.report(static_cast<double>(m_done) / m_steps, name);
    }
    void note(const std::string& line) { m_notes.push_back(line); }

    std::string text(const std::string& title) const {
        std::ostringstream out;
        out << title << "\n";
        char line[160];
        std::snprintf(line, sizeof line, "%-44s %9s %9s %16s\n", "step", "seconds", "CPU s",
                      "peak RSS (MiB)");
        out << line;
        for (const Row& r : m_rows) {
            std::snprintf(line, sizeof line, "%-44s %9.3f %9.3f %16s\n", r.name.c_str(), r.seconds, r.cpu,
                          memoryText(r.peak).c_str());
            out << line;
        }
        std::snprintf(line, sizeof line, "%-44s %9.3f %9.3f %16s\n", "classical chain (rows marked *), total",
                      m_pipelineSeconds, m_pipelineCpu, memoryText(m_pipelinePeak).c_str());
        out << line;
        for (const std::string& n : m_notes)
            out << n << "\n";
        return out.str();
    }

  private:
    struct Row {
        std::string name;
        double seconds; // wall clock
        double cpu;     // all threads together
        double peak;
    };
    static std::string memoryText(double mib) {
        if (mib < 0)
            return "n/a";
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.0f", mib);
        return buffer;
    }

    Progress m_progress;
    int m_steps;
    int m_done = 0;
    std::vector<Row> m_rows;
    std::vector<std::string> m_notes;
    double m_pipelineSeconds = 0.0;
    double m_pipelineCpu = 0.0;
    double m_pipelinePeak = -1.0;
};

/// Spheres of radius 6-12 voxels at random centres until about a quarter of the volume is covered
/// (they may touch and overlap, as crowded nuclei do), intensity 100 inside, 20 outside, plus noise.
Volume<float> sphereVolume(const Shape& shape, std::size_t& spheres) {
    std::mt19937 rng(20240611u);
    std::uniform_real_distribution<double> ux(0.0, static_cast<double>(shape.x)),
        uy(0.0, static_cast<double>(shape.y)), uz(0.0, static_cast<double>(shape.z)), radius(6.0, 12.0);
    Volume<std::uint8_t> inside(shape, 0);
    const double target = 0.25 * static_cast<double>(shape.voxelCount());
    double covered = 0.0;
    spheres = 0;
    while (covered < target) {
        const double cx = ux(rng), cy = uy(rng), cz = uz(rng), r = radius(rng);
        auto range = [&](double c, std::size_t n, std::size_t& lo, std::size_t& hi) {
            lo = static_cast<std::size_t>(std::max(0.0, std::ceil(c - r)));
            hi = static_cast<std::size_t>(std::min(static_cast<double>(n) - 1.0, std::floor(c + r)));
        };
        std::size_t x0, x1, y0, y1, z0, z1;
        range(cx, shape.x, x0, x1);
        range(cy, shape.y, y0, y1);
        range(cz, shape.z, z0, z1);
        for (std::size_t z = z0; z <= z1 && z < shape.z; ++z)
            for (std::size_t y = y0; y <= y1 && y < shape.y; ++y)
                for (std::size_t x = x0; x <= x1 && x < shape.x; ++x) {
                    const double dx = static_cast<double>(x) - cx, dy = static_cast<double>(y) - cy,
                                 dz = static_cast<double>(z) - cz;
                    if (dx * dx + dy * dy + dz * dz <= r * r && inside.at(x, y, z) == 0) {
                        inside.at(x, y, z) = 1;
                        covered += 1.0;
                    }
                }
        ++spheres;
    }
    Volume<float> image(shape, 0.0f, Spacing::micrometres(0.5, 0.5, 1.0));
    std::uniform_real_distribution<float> noise(-15.0f, 15.0f);
    for (std::size_t i = 0; i < image.voxelCount(); ++i)
        image[i] = (inside[i] ? 100.0f : 20.0f) + noise(rng);
    return image;
}

} // namespace

std::string benchmarkFilters(Shape shape, const Progress& progress) {
    if (shape.empty())
        throw Error("filter benchmark: the volume must not be empty");
    constexpr int kSteps = 15;
    Table table(progress, kSteps);
    std::size_t spheres = 0;
    Volume<float> image;
    table.run("make spheres (setup)", false, [&](const Progress&) { image = sphereVolume(shape, spheres); });
    const Spacing spacing = image.spacing();

    // Steps outside the chain first, on copies, so the chain below starts from the same state.
    table.run("Canny 3D (sigma 1 voxel)", false, [&](const Progress& p) {
        CannyOptions options;
        options.lowThreshold = 10.0f;
        options.highThreshold = 20.0f;
        (void)canny3d(image, options, p);
    });

    Volume<std::uint8_t> mask;
    Volume<float> distance;
    Volume<std::uint32_t> labels;
    float threshold = 0.0f;
    table.run("* Gaussian blur (sigma 1 voxel), in place", true,
              [&](const Progress& p) { gaussianBlur(image, 1.0, 1.0, 1.0, p); });
    table.run("* Otsu threshold (256 bins)", true,
              [&](const Progress& p) { threshold = otsuThreshold(image, 256, p); });
    table.run("* threshold to mask", true, [&](const Progress& p) {
        mask = thresholdAbove(image, threshold, p);
        image = Volume<float>();
    });
    table.run("* distance transform (0.5 x 0.5 x 1 um)", true,
              [&](const Progress& p) { distance = distanceTransform(mask, spacing, p); });
    table.run("regional maxima of the distance map (26)", false,
              [&](const Progress& p) { (void)regionalMaxima(distance, &mask, Connectivity::TwentySix, p); });
    table.run("* h-maxima markers (h 0.5 um, 26)", true, [&](const Progress& p) {
        labels = hMaximaMarkers(distance, 0.5f, &mask, Connectivity::TwentySix, p);
    });
    std::uint32_t markerCount = 0;
    for (std::uint32_t v : labels.storage())
        markerCount = std::max(markerCount, v);
    table.run("* watershed (26, markers moved in)", true, [&](const Progress& p) {
        for (float& v : distance.storage())
            v = -v;
        labels = watershed(distance, std::move(labels), &mask, Connectivity::TwentySix, p);
        distance = Volume<float>();
    });
    std::uint32_t removed = 0, objects = 0;
    table.run("* remove objects under 50 voxels", true,
              [&](const Progress& p) { removed = removeSmallObjects(labels, 50, p); });
    table.run("* relabel consecutively", true,
              [&](const Progress& p) { objects = relabelConsecutive(labels, p); });

    table.run("connected components (6) of the mask", false,
              [&](const Progress& p) { (void)connectedComponents(mask, Connectivity::Six, p); });
    table.run("connected components (26) of the mask", false,
              [&](const Progress& p) { (void)connectedComponents(mask, Connectivity::TwentySix, p); });
    table.run("distance to object boundary (contours)", false,
              [&](const Progress& p) { (void)distanceToObjectBoundary(labels, spacing, p); });
    table.run("object sizes", false, [&](const Progress&) { (void)objectSizes(labels); });

    std::ostringstream title;
    title << "Filter benchmark: " << shape.x << " x " << shape.y << " x " << shape.z << " voxels ("
          << static_cast<double>(shape.voxelCount()) / 1e6 << " M), " << threadCount() << " threads, "
          << spheres << " spheres";
    table.note("threshold " + std::to_string(threshold) + ", " + std::to_string(markerCount) + " markers, " +
               std::to_string(removed) + " small objects removed, " + std::to_string(objects) +
               " objects left");
    table.note(
        "seconds: wall clock; CPU s: all threads together; peak RSS: the whole process's during that step, "
        "inputs that are alive included");
    return table.text(title.str());
}

} // namespace nuclei3d
