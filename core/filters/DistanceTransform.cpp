#include "filters/DistanceTransform.h"

#include "filters/ParallelProgress.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace nuclei3d {
namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();
// Lines along y and z are strided in memory; gathering 16 neighbouring lines at once reads whole
// 64-byte cache lines instead of one float from each.
constexpr std::size_t kBlock = 16;

struct Extent {
    std::size_t x, y, z;
    std::size_t voxels() const { return x * y * z; }
};

/// Squared spacing per axis, the weight of each axis in the squared distance.
struct Weights {
    double x, y, z;
};

Weights weightsOf(const Spacing& spacing) {
    if (!spacing.known)
        return {1.0, 1.0, 1.0};
    for (double s : {spacing.x, spacing.y, spacing.z})
        if (!(s > 0.0) || !std::isfinite(s))
            throw Error("distance transform: the voxel spacing must be positive and finite");
    return {spacing.x * spacing.x, spacing.y * spacing.y, spacing.z * spacing.z};
}

/// First pass on a row of 0 (background) / infinity (foreground): squared distance to the nearest
/// zero of the row. On a binary row this is two sweeps, no parabolas needed.
void rowPass(float* row, std::size_t n, double weight) {
    bool seen = false;
    std::size_t last = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (row[i] == 0.0f) {
            seen = true;
            last = i;
        } else {
            row[i] = seen ? static_cast<float>(i - last) : kInf;
        }
    }
    seen = false;
    for (std::size_t i = n; i-- > 0;) {
        if (row[i] == 0.0f) {
            seen = true;
            last = i;
        } else if (seen) {
            row[i] = std::min(row[i], static_cast<float>(last - i));
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        if (row[i] != 0.0f && row[i] != kInf)
            row[i] = static_cast<float>(static_cast<double>(row[i]) * static_cast<double>(row[i]) * weight);
}

/// The 1D transform d(q) = min_p weight * (q - p)^2 + f(p) by the lower envelope of the parabolas
/// rooted at the finite samples of f. Scratch is kept so that a worker allocates once per line length.
class Envelope {
  public:
    void run(const float* f, float* d, std::size_t n, double weight) {
        // Most lines of a nuclei volume lie in the background: all zero in, all zero out.
        std::size_t firstNonZero = 0;
        while (firstNonZero < n && f[firstNonZero] == 0.0f)
            ++firstNonZero;
        if (firstNonZero == n) {
            std::fill(d, d + n, 0.0f);
            return;
        }
        m_site.resize(n);
        m_height.resize(n);
        m_from.resize(n + 1);
        std::ptrdiff_t k = -1;
        for (std::size_t q = 0; q < n; ++q) {
            if (f[q] == kInf)
                continue;
            const double dq = static_cast<double>(q);
            const double hq = static_cast<double>(f[q]) + weight * dq * dq;
            if (k < 0) {
                k = 0;
                m_site[0] = q;
                m_height[0] = hq;
                m_from[0] = -std::numeric_limits<double>::infinity();
                m_from[1] = std::numeric_limits<double>::infinity();
                continue;
            }
            double s = 0.0;
            for (;;) {
                const auto kk = static_cast<std::size_t>(k);
                const double dp = static_cast<double>(m_site[kk]);
                s = (hq - m_height[kk]) / (2.0 * weight * (dq - dp));
                if (s > m_from[kk])
                    break;
                --k; // m_from[0] is -infinity, so k never drops below 0 here
            }
            const auto kk = static_cast<std::size_t>(++k);
            m_site[kk] = q;
            m_height[kk] = hq;
            m_from[kk] = s;
            m_from[kk + 1] = std::numeric_limits<double>::infinity();
        }
        if (k < 0) {
            std::fill(d, d + n, kInf);
            return;
        }
        std::size_t j = 0;
        for (std::size_t q = 0; q < n; ++q) {
            const double dq = static_cast<double>(q);
            while (m_from[j + 1] < dq)
                ++j;
            const double diff = dq - static_cast<double>(m_site[j]);
            d[q] = static_cast<float>(weight * diff * diff + static_cast<double>(f[m_site[j]]));
        }
    }

  private:
    std::vector<std::size_t> m_site;
    std::vector<double> m_height; // f(site) + weight * site^2
    std::vector<double> m_from;   // where each parabola starts to be the lowest
};

/// Runs the envelope on `count` (<= kBlock) neighbouring lines of length n that start at
/// data[base + b] and step by `stride`; the last pass also takes the square root.
class LineBlock {
  public:
    void run(float* data, std::size_t base, std::size_t stride, std::size_t n, std::size_t count,
             double weight, bool takeRoot) {
        m_in.resize(kBlock * n);
        m_out.resize(kBlock * n);
        for (std::size_t k = 0; k < n; ++k) {
            const float* src = data + base + k * stride;
            for (std::size_t b = 0; b < count; ++b)
                m_in[b * n + k] = src[b];
        }
        for (std::size_t b = 0; b < count; ++b)
            m_envelope.run(m_in.data() + b * n, m_out.data() + b * n, n, weight);
        for (std::size_t k = 0; k < n; ++k) {
            float* dst = data + base + k * stride;
            if (takeRoot)
                for (std::size_t b = 0; b < count; ++b)
                    dst[b] = std::sqrt(m_out[b * n + k]);
            else
                for (std::size_t b = 0; b < count; ++b)
                    dst[b] = m_out[b * n + k];
        }
    }

  private:
    std::vector<float> m_in, m_out;
    Envelope m_envelope;
};

/// Turns a field of 0 (background) / infinity (foreground) into Euclidean distances, one pass per
/// axis. `parallel` spreads each pass over threads (whole volume); otherwise it runs on the caller's
/// thread (one small object among many that run side by side).
void distancePasses(float* data, const Extent& e, const Weights& w, bool parallel,
                    ParallelProgress& progress) {
    const std::size_t slice = e.x * e.y;
    auto run = [&](std::size_t count, const std::function<void(std::size_t, std::size_t)>& body) {
        if (parallel)
            parallelFor(0, count, body);
        else
            body(0, count);
    };
    run(e.z, [&](std::size_t zb, std::size_t ze) {
        for (std::size_t z = zb; z < ze; ++z) {
            for (std::size_t y = 0; y < e.y; ++y)
                rowPass(data + z * slice + y * e.x, e.x, w.x);
            progress.advance(slice);
        }
    });
    run(e.z, [&](std::size_t zb, std::size_t ze) {
        LineBlock block;
        for (std::size_t z = zb; z < ze; ++z) {
            for (std::size_t x0 = 0; x0 < e.x; x0 += kBlock)
                block.run(data, z * slice + x0, e.x, e.y, std::min(kBlock, e.x - x0), w.y, false);
            progress.advance(slice);
        }
    });
    run(e.y, [&](std::size_t yb, std::size_t ye) {
        LineBlock block;
        for (std::size_t y = yb; y < ye; ++y) {
            for (std::size_t x0 = 0; x0 < e.x; x0 += kBlock)
                block.run(data, y * e.x + x0, slice, e.z, std::min(kBlock, e.x - x0), w.z, true);
            progress.advance(e.x * e.z);
        }
    });
}

struct Box { // inclusive; 32-bit because there is one per label id
    std::uint32_t x0 = std::numeric_limits<std::uint32_t>::max(), y0 = x0, z0 = x0;
    std::uint32_t x1 = 0, y1 = 0, z1 = 0;
    bool empty() const { return x0 > x1; }
};

/// Bounding boxes of the objects, found run by run so a long run costs one update. Ids index a
/// table directly when they are dense enough; sparse ids go through a sorted list instead.
class ObjectBoxes {
  public:
    explicit ObjectBoxes(const Volume<std::uint32_t>& labels) {
        std::uint32_t largest = 0;
        for (std::uint32_t v : labels.storage())
            largest = std::max(largest, v);
        m_direct = largest <= std::max<std::size_t>(labels.voxelCount(), 1u << 16);
        if (!m_direct) {
            std::uint32_t previous = 0;
            for (std::uint32_t v : labels.storage())
                if (v != previous) {
                    if (v != 0)
                        m_ids.push_back(v);
                    previous = v;
                }
            std::sort(m_ids.begin(), m_ids.end());
            m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
        }
        m_boxes.resize(m_direct ? static_cast<std::size_t>(largest) + 1 : m_ids.size());
        const std::size_t nx = labels.sizeX();
        for (std::size_t z = 0; z < labels.sizeZ(); ++z)
            for (std::size_t y = 0; y < labels.sizeY(); ++y) {
                const std::uint32_t* row = labels.data() + labels.index(0, y, z);
                for (std::size_t x = 0; x < nx;) {
                    const std::uint32_t label = row[x];
                    std::size_t end = x + 1;
                    while (end < nx && row[end] == label)
                        ++end;
                    if (label != 0) {
                        Box& b = m_boxes[slot(label)];
                        b.x0 = std::min(b.x0, static_cast<std::uint32_t>(x));
                        b.x1 = std::max(b.x1, static_cast<std::uint32_t>(end - 1));
                        b.y0 = std::min(b.y0, static_cast<std::uint32_t>(y));
                        b.y1 = std::max(b.y1, static_cast<std::uint32_t>(y));
                        b.z0 = std::min(b.z0, static_cast<std::uint32_t>(z));
                        b.z1 = std::max(b.z1, static_cast<std::uint32_t>(z));
                    }
                    x = end;
                }
            }
    }
    std::size_t size() const { return m_boxes.size(); }
    const Box& box(std::size_t slot) const { return m_boxes[slot]; }
    std::uint32_t label(std::size_t slot) const {
        return m_direct ? static_cast<std::uint32_t>(slot) : m_ids[slot];
    }

  private:
    std::size_t slot(std::uint32_t label) const {
        return m_direct ? label
                        : static_cast<std::size_t>(std::lower_bound(m_ids.begin(), m_ids.end(), label) -
                                                   m_ids.begin());
    }
    bool m_direct = true;
    std::vector<std::uint32_t> m_ids;
    std::vector<Box> m_boxes;
};

} // namespace

Volume<float> distanceTransform(const Volume<std::uint8_t>& mask, const Spacing& spacing,
                                const Progress& progress) {
    const Weights w = weightsOf(spacing);
    Volume<float> out(mask.shape(), 0.0f, mask.spacing());
    if (out.empty())
        return out;
    const Extent e{mask.sizeX(), mask.sizeY(), mask.sizeZ()};
    const std::size_t slice = e.x * e.y;
    parallelFor(0, e.z, [&](std::size_t zb, std::size_t ze) {
        const std::uint8_t* in = mask.data();
        float* dst = out.data();
        for (std::size_t i = zb * slice; i < ze * slice; ++i)
            dst[i] = in[i] != 0 ? kInf : 0.0f;
    });
    ParallelProgress tracker(progress, 3 * e.voxels(), "distance transform");
    distancePasses(out.data(), e, w, true, tracker);
    return out;
}

Volume<float> distanceToObjectBoundary(const Volume<std::uint32_t>& labels, const Spacing& spacing,
                                       const Progress& progress) {
    // Distance to "anything but my label" is not separable over the whole volume (each voxel has its
    // own background), so each object gets its own transform inside its bounding box grown by one
    // voxel. That is exact: the grown box's rim is outside the object, and clamping any farther
    // non-object voxel onto the box brings it no farther away.
    const Weights w = weightsOf(spacing);
    Volume<float> out(labels.shape(), 0.0f, labels.spacing());
    if (out.empty())
        return out;
    const ObjectBoxes boxes(labels);

    struct Job {
        std::uint32_t label;
        std::size_t x0, y0, z0;
        Extent e;
    };
    std::vector<Job> small, large;
    std::size_t totalVoxels = 0;
    // A box this large is worth all threads by itself; smaller ones run side by side.
    const std::size_t largeBox = std::max<std::size_t>(labels.voxelCount() / 16, 1u << 20);
    for (std::size_t slot = 0; slot < boxes.size(); ++slot) {
        const Box& b = boxes.box(slot);
        const std::uint32_t label = boxes.label(slot);
        if (b.empty() || label == 0)
            continue;
        const std::size_t x0 = b.x0 == 0 ? 0 : b.x0 - 1u,
                          x1 = std::min<std::size_t>(b.x1 + 1u, labels.sizeX() - 1);
        const std::size_t y0 = b.y0 == 0 ? 0 : b.y0 - 1u,
                          y1 = std::min<std::size_t>(b.y1 + 1u, labels.sizeY() - 1);
        const std::size_t z0 = b.z0 == 0 ? 0 : b.z0 - 1u,
                          z1 = std::min<std::size_t>(b.z1 + 1u, labels.sizeZ() - 1);
        const Job job{label, x0, y0, z0, {x1 - x0 + 1, y1 - y0 + 1, z1 - z0 + 1}};
        totalVoxels += job.e.voxels();
        (job.e.voxels() >= largeBox ? large : small).push_back(job);
    }

    ParallelProgress tracker(progress, 3 * totalVoxels, "distance to object boundary");
    auto runJob = [&](const Job& job, std::vector<float>& field, bool parallel) {
        field.resize(job.e.voxels());
        for (std::size_t z = 0; z < job.e.z; ++z)
            for (std::size_t y = 0; y < job.e.y; ++y) {
                const std::uint32_t* src = labels.data() + labels.index(job.x0, job.y0 + y, job.z0 + z);
                float* dst = field.data() + (z * job.e.y + y) * job.e.x;
                for (std::size_t x = 0; x < job.e.x; ++x)
                    dst[x] = src[x] == job.label ? kInf : 0.0f;
            }
        distancePasses(field.data(), job.e, w, parallel, tracker);
        for (std::size_t z = 0; z < job.e.z; ++z)
            for (std::size_t y = 0; y < job.e.y; ++y) {
                const std::size_t start = labels.index(job.x0, job.y0 + y, job.z0 + z);
                const float* src = field.data() + (z * job.e.y + y) * job.e.x;
                for (std::size_t x = 0; x < job.e.x; ++x)
                    if (labels[start + x] == job.label)
                        out[start + x] = src[x]; // each voxel is written only by its own object's job
            }
    };
    {
        std::vector<float> field;
        for (const Job& job : large)
            runJob(job, field, true);
    }
    parallelFor(0, small.size(), [&](std::size_t b, std::size_t e) {
        std::vector<float> field;
        for (std::size_t i = b; i < e; ++i)
            runJob(small[i], field, false);
    });
    return out;
}

} // namespace nuclei3d
