#include "views/SliceRenderer.h"

#include "pipeline/Parallel.h"

#include <QColor>

#include <algorithm>
#include <cmath>
#include <vector>

namespace nuclei3d::ui {

PlaneAxes planeAxes(Plane plane) {
    switch (plane) {
    case Plane::XY:
        return {0, 1, 2};
    case Plane::XZ:
        return {0, 2, 1};
    case Plane::YZ:
        return {1, 2, 0};
    }
    return {0, 1, 2};
}

QString planeName(Plane plane) {
    switch (plane) {
    case Plane::XY:
        return QStringLiteral("xy");
    case Plane::XZ:
        return QStringLiteral("xz");
    case Plane::YZ:
        return QStringLiteral("yz");
    }
    return {};
}

namespace {

std::size_t extent(const Shape& s, int axis) { return axis == 0 ? s.x : axis == 1 ? s.y : s.z; }

/// Where a plane's voxels lie in the volume's memory: first voxel, step along u and along v.
struct Walk {
    std::size_t base = 0;
    std::size_t du = 1;
    std::size_t dv = 1;
    int width = 0;
    int height = 0;
};

Walk walkOf(const Shape& s, Plane plane, std::size_t index) {
    const std::size_t strides[3] = {1, s.x, s.x * s.y};
    const PlaneAxes a = planeAxes(plane);
    Walk w;
    w.base = index * strides[a.normal];
    w.du = strides[a.horizontal];
    w.dv = strides[a.vertical];
    w.width = static_cast<int>(extent(s, a.horizontal));
    w.height = static_cast<int>(extent(s, a.vertical));
    return w;
}

/// The picture's pixels, taken once on the calling thread: QImage::scanLine() may detach and is
/// not for concurrent use, raw rows are.
struct Canvas {
    uchar* bits;
    qsizetype bytesPerLine;
};

template <typename T>
inline void prefetchAhead(const T* row, int u, std::size_t du) {
#if defined(__GNUC__)
    if (du > 1) // a prefetch of an address past the volume is harmless: it never faults
        __builtin_prefetch(row + static_cast<std::size_t>(u + 16) * du);
#else
    (void)row;
    (void)u;
    (void)du;
#endif
}

inline QRgb mix(QRgb below, QRgb above, int alpha) { // alpha 0..256
    auto m = [alpha](int a, int b) { return (a * (256 - alpha) + b * alpha) >> 8; };
    return qRgb(m(qRed(below), qRed(above)), m(qGreen(below), qGreen(above)), m(qBlue(below), qBlue(above)));
}

std::array<QRgb, 256> lookupTable(ColourMap map) {
    std::array<QRgb, 256> lut{};
    for (int i = 0; i < 256; ++i) {
        const double t = i / 255.0;
        switch (map) {
        case ColourMap::Grey:
            lut[static_cast<std::size_t>(i)] = qRgb(i, i, i);
            break;
        case ColourMap::Green:
            lut[static_cast<std::size_t>(i)] = qRgb(0, i, 0);
            break;
        case ColourMap::Magenta:
            lut[static_cast<std::size_t>(i)] = qRgb(i, 0, i);
            break;
        case ColourMap::Cyan:
            lut[static_cast<std::size_t>(i)] = qRgb(0, i, i);
            break;
        case ColourMap::Fire: {
            // Black -> red -> yellow -> white, like ImageJ's "Fire" in spirit.
            const int r = static_cast<int>(std::clamp(3.0 * t, 0.0, 1.0) * 255.0);
            const int g = static_cast<int>(std::clamp(3.0 * t - 1.0, 0.0, 1.0) * 255.0);
            const int b = static_cast<int>(std::clamp(3.0 * t - 2.0, 0.0, 1.0) * 255.0);
            lut[static_cast<std::size_t>(i)] = qRgb(r, g, b);
            break;
        }
        }
    }
    return lut;
}

void drawScalar(const Canvas& canvas, const Layer& layer, const std::array<QRgb, 256>& lut, const Walk& w, int alpha,
                int v0, int v1) {
    const float low = layer.low;
    const float scale = 255.0f / (layer.high - layer.low);
    const float* data = layer.scalar->data() + w.base;
    for (int v = v0; v < v1; ++v) {
        auto* line = reinterpret_cast<QRgb*>(canvas.bits + static_cast<std::ptrdiff_t>(v) * canvas.bytesPerLine);
        const float* row = data + static_cast<std::size_t>(v) * w.dv;
        for (int u = 0; u < w.width; ++u) {
            // Along a strided row every voxel is on its own cache line and often its own page:
            // asking for the ones ahead early hides most of that latency (the yz plane).
            prefetchAhead(row, u, w.du);
            const float value = row[static_cast<std::size_t>(u) * w.du];
            const int i = static_cast<int>(std::clamp((value - low) * scale, 0.0f, 255.0f));
            const QRgb c = lut[static_cast<std::size_t>(i)];
            line[u] = alpha >= 256 ? c : mix(line[u], c, alpha);
        }
    }
}

void drawLabels(const Canvas& canvas, const Layer& layer, const Walk& w, int alpha, int v0, int v1) {
    const std::uint32_t* data = layer.labels->data() + w.base;
    const bool outline = layer.labelStyle == LabelStyle::Outline;
    // Neighbouring voxels mostly share an id: remembering the last colour avoids most lookups.
    std::uint32_t lastId = 0;
    QRgb lastColour = 0;
    for (int v = v0; v < v1; ++v) {
        auto* line = reinterpret_cast<QRgb*>(canvas.bits + static_cast<std::ptrdiff_t>(v) * canvas.bytesPerLine);
        const std::uint32_t* row = data + static_cast<std::size_t>(v) * w.dv;
        for (int u = 0; u < w.width; ++u) {
            prefetchAhead(row, u, w.du);
            const std::uint32_t id = row[static_cast<std::size_t>(u) * w.du];
            if (id == 0)
                continue;
            if (outline) {
                // A voxel is on the outline when a neighbour in the plane (or the picture's edge)
                // belongs to something else.
                const bool inner = u > 0 && u + 1 < w.width && v > 0 && v + 1 < w.height &&
                                   row[static_cast<std::size_t>(u - 1) * w.du] == id &&
                                   row[static_cast<std::size_t>(u + 1) * w.du] == id &&
                                   *(row - w.dv + static_cast<std::size_t>(u) * w.du) == id &&
                                   *(row + w.dv + static_cast<std::size_t>(u) * w.du) == id;
                if (inner)
                    continue;
            }
            if (id != lastId) {
                lastId = id;
                lastColour = id < layer.palette.size() ? layer.palette[id] : labelColour(id);
            }
            line[u] = alpha >= 256 ? lastColour : mix(line[u], lastColour, alpha);
        }
    }
}

void drawRgb(const Canvas& canvas, const Layer& layer, const Walk& w, int alpha, int v0, int v1) {
    const Rgb8* data = layer.rgb->data() + w.base;
    for (int v = v0; v < v1; ++v) {
        auto* line = reinterpret_cast<QRgb*>(canvas.bits + static_cast<std::ptrdiff_t>(v) * canvas.bytesPerLine);
        const Rgb8* row = data + static_cast<std::size_t>(v) * w.dv;
        for (int u = 0; u < w.width; ++u) {
            const Rgb8 c = row[static_cast<std::size_t>(u) * w.du];
            if (c.r == 0 && c.g == 0 && c.b == 0)
                continue; // background of I_segcolor and I_label
            const QRgb colour = qRgb(c.r, c.g, c.b);
            line[u] = alpha >= 256 ? colour : mix(line[u], colour, alpha);
        }
    }
}

} // namespace

QSize planeSize(const Shape& shape, Plane plane) {
    const PlaneAxes a = planeAxes(plane);
    return QSize(static_cast<int>(extent(shape, a.horizontal)), static_cast<int>(extent(shape, a.vertical)));
}

std::array<std::size_t, 3> voxelOf(Plane plane, int u, int v, std::size_t index) {
    const PlaneAxes a = planeAxes(plane);
    std::array<std::size_t, 3> p{};
    p[static_cast<std::size_t>(a.horizontal)] = static_cast<std::size_t>(u);
    p[static_cast<std::size_t>(a.vertical)] = static_cast<std::size_t>(v);
    p[static_cast<std::size_t>(a.normal)] = index;
    return p;
}

QImage renderPlane(const LayerModel& layers, Plane plane, std::size_t index) {
    const Shape shape = layers.shape();
    if (layers.count() == 0 || index >= extent(shape, planeAxes(plane).normal))
        return {};
    const Walk w = walkOf(shape, plane, index);
    QImage picture(w.width, w.height, QImage::Format_RGB32);
    picture.fill(Qt::black);
    struct Visible {
        const Layer* layer;
        int alpha;
        std::array<QRgb, 256> lut;
    };
    std::vector<Visible> visible;
    for (int row = layers.count() - 1; row >= 0; --row) {
        const Layer& layer = layers.layer(row);
        if (!layer.visible || layer.opacity <= 0.0 || layer.shape() != shape)
            continue;
        visible.push_back({&layer, static_cast<int>(std::lround(layer.opacity * 256.0)),
                           layer.kind() == LayerKind::Scalar ? lookupTable(layer.colourMap) : std::array<QRgb, 256>{}});
    }
    const Canvas canvas{picture.bits(), picture.bytesPerLine()};
    // Bands of rows in parallel: each band draws every layer, bottom first, into its own rows.
    // The xz and yz planes read the volume with large strides, where a second core helps most.
    parallelFor(
        0, static_cast<std::size_t>(w.height),
        [&](std::size_t begin, std::size_t end) {
            const int v0 = static_cast<int>(begin), v1 = static_cast<int>(end);
            for (const Visible& l : visible) {
                switch (l.layer->kind()) {
                case LayerKind::Scalar:
                    drawScalar(canvas, *l.layer, l.lut, w, l.alpha, v0, v1);
                    break;
                case LayerKind::Labels:
                    drawLabels(canvas, *l.layer, w, l.alpha, v0, v1);
                    break;
                case LayerKind::Rgb:
                    drawRgb(canvas, *l.layer, w, l.alpha, v0, v1);
                    break;
                }
            }
        },
        32);
    return picture;
}

QRgb labelColour(std::uint32_t id) {
    const double hue = std::fmod(static_cast<double>(id) * 0.618033988749895, 1.0);
    return QColor::fromHsvF(static_cast<float>(hue), 0.75f, 1.0f).rgb();
}

} // namespace nuclei3d::ui
