#include "evaluate/EvaluationBenchmark.h"

#include "evaluate/Evaluation.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "volume/Volume.h"

#include <charconv>
#include <chrono>
#include <cstdint>

namespace nuclei3d {
namespace {

constexpr std::size_t kCell = 20; // one nucleus per 20^3 cell: about the density of real tissue

std::size_t cellsAlong(std::size_t extent) {
    return (extent + kCell - 1) / kCell;
}

// Cheap deterministic jitter per cell (no random engine: the volumes must be the same every run).
int jitter(std::size_t cell, unsigned salt) {
    std::uint64_t h = (cell + 1) * 0x9E3779B97F4A7C15ull + salt * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    h *= 0x94D049BB133111EBull;
    h ^= h >> 29;
    return static_cast<int>(h % 5) - 2; // -2..2
}

// A ball in each cell; the prediction is shifted by `shift` voxels in x, one voxel larger, and
// every seventh cell takes the label of its x neighbour (a merge) so that the matching has work.
Volume<std::uint32_t> makeLabels(const Shape& shape, bool prediction) {
    Volume<std::uint32_t> labels(shape);
    const std::size_t cx = cellsAlong(shape.x);
    const std::size_t cy = cellsAlong(shape.y);
    const int shift = prediction ? 2 : 0;
    const int radius = prediction ? 8 : 7;
    parallelFor(0, shape.z, [&](std::size_t zBegin, std::size_t zEnd) {
        for (std::size_t z = zBegin; z < zEnd; ++z)
            for (std::size_t y = 0; y < shape.y; ++y) {
                std::uint32_t* row = labels.slice(z) + y * shape.x;
                for (std::size_t x = 0; x < shape.x; ++x) {
                    const std::size_t cell = x / kCell + cx * (y / kCell + cy * (z / kCell));
                    const int half = static_cast<int>(kCell / 2);
                    const int dx = static_cast<int>(x % kCell) - half - jitter(cell, 1) - shift;
                    const int dy = static_cast<int>(y % kCell) - half - jitter(cell, 2);
                    const int dz = static_cast<int>(z % kCell) - half - jitter(cell, 3);
                    if (dx * dx + dy * dy + dz * dz > radius * radius)
                        continue;
                    const bool merged = prediction && cell % 7 == 1 && x >= kCell;
                    row[x] = static_cast<std::uint32_t>((merged ? cell - 1 : cell) + 1);
                }
            }
    });
    return labels;
}

std::string decimal(double value, int decimals) {
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return std::string(buffer, r.ptr);
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

std::string benchmarkEvaluation(Shape shape, const Progress& progress) {
    if (shape.empty())
        throw Error("bench evaluate needs a volume size with at least one voxel along each axis");
    const auto buildStart = std::chrono::steady_clock::now();
    progress.report(0.0, "building label volumes");
    const Volume<std::uint32_t> gt = makeLabels(shape, false);
    progress.report(0.25, "building label volumes");
    const Volume<std::uint32_t> pred = makeLabels(shape, true);
    const double buildSeconds = secondsSince(buildStart);

    const auto start = std::chrono::steady_clock::now();
    const EvaluationResult r = evaluateInstances(pred, gt, {}, progress.sub(0.5, 1.0));
    const double seconds = secondsSince(start);

    const double megaVoxels = static_cast<double>(shape.voxelCount()) / 1e6;
    const IouScore* iou50 = r.atIouPercent(50);
    return "evaluate " + std::to_string(shape.x) + "x" + std::to_string(shape.y) + "x" +
           std::to_string(shape.z) + " (" + decimal(megaVoxels, 1) + " Mvoxels, " +
           std::to_string(r.predObjects) + " predicted / " + std::to_string(r.gtObjects) +
           " true objects): " + decimal(seconds, 3) + " s, " + decimal(megaVoxels / seconds, 1) +
           " Mvoxels/s on " + std::to_string(threadCount()) +
           " threads (building the volumes: " + decimal(buildSeconds, 2) + " s); paper F1 " +
           decimal(r.paper.f1, 4) + ", F1@0.5 " + decimal(iou50 ? iou50->score.f1 : 0.0, 4) + ", merges " +
           std::to_string(r.merges) + ", splits " + std::to_string(r.splits);
}

} // namespace nuclei3d
