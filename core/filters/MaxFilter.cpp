#include "filters/MaxFilter.h"

#include "pipeline/Parallel.h"

#include <algorithm>
#include <vector>

namespace nuclei3d {
namespace {

/// Sliding maximum of line[0..n) with half-width r into out (out may not alias line). The queue
/// holds indices of a decreasing run of values; its front is the window's maximum.
void slidingMax(const float* line, std::size_t n, std::size_t r, float* out, std::vector<std::size_t>& queue) {
    queue.resize(n); // every slot is written before it is read
    std::size_t head = 0, tail = 0; // queue[head..tail)
    std::size_t next = 0;           // next index to enter the window
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t last = std::min(n - 1, i + r);
        for (; next <= last; ++next) {
            while (tail > head && line[queue[tail - 1]] <= line[next])
                --tail;
            queue[tail++] = next;
        }
        while (queue[head] + r < i)
            ++head;
        out[i] = line[queue[head]];
    }
}

/// Runs slidingMax over every line of v along one axis: lines are `count` long, `stride` apart in
/// memory, and start at the offsets that `lineStart(k)` gives for k in [0, lines).
template <typename LineStart>
void filterLines(Volume<float>& v, std::size_t lines, std::size_t count, std::size_t stride, std::size_t r,
                 LineStart lineStart, const Progress& progress, const char* step) {
    if (r == 0 || count < 2)
        return;
    float* data = v.data();
    parallelForReporting(lines, progress, step, [&](std::size_t k0, std::size_t k1) {
        std::vector<float> in(count), out(count);
        std::vector<std::size_t> queue;
        for (std::size_t k = k0; k < k1; ++k) {
            float* first = data + lineStart(k);
            for (std::size_t i = 0; i < count; ++i)
                in[i] = first[i * stride];
            slidingMax(in.data(), count, r, out.data(), queue);
            for (std::size_t i = 0; i < count; ++i)
                first[i * stride] = out[i];
        }
    });
}

} // namespace

void boxMaxFilter(Volume<float>& v, std::size_t rx, std::size_t ry, std::size_t rz, const Progress& progress) {
    const std::size_t nx = v.sizeX(), ny = v.sizeY(), nz = v.sizeZ(), slice = nx * ny;
    if (v.empty())
        return;
    filterLines(v, ny * nz, nx, 1, rx, [&](std::size_t k) { return k * nx; }, progress.sub(0.0, 1.0 / 3),
                "local maximum along x");
    filterLines(v, nx * nz, ny, nx, ry, [&](std::size_t k) { return (k / nx) * slice + k % nx; },
                progress.sub(1.0 / 3, 2.0 / 3), "local maximum along y");
    filterLines(v, slice, nz, slice, rz, [&](std::size_t k) { return k; }, progress.sub(2.0 / 3, 1.0),
                "local maximum along z");
}

} // namespace nuclei3d
