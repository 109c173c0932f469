#include "model/Layer.h"

#include "pipeline/Error.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <type_traits>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace nuclei3d::ui {

LayerKind Layer::kind() const {
    if (labels)
        return LayerKind::Labels;
    if (rgb)
        return LayerKind::Rgb;
    return LayerKind::Scalar;
}

Shape Layer::shape() const {
    if (scalar)
        return scalar->shape();
    if (labels)
        return labels->shape();
    if (rgb)
        return rgb->shape();
    return {};
}

QString Layer::valueText(std::size_t x, std::size_t y, std::size_t z) const {
    if (scalar)
        return QString::number(double(scalar->at(x, y, z)), 'g', 4);
    if (labels) {
        const std::uint32_t id = labels->at(x, y, z);
        if (id < categoryNames.size())
            return categoryNames[id];
        return QString::number(id);
    }
    if (rgb) {
        const Rgb8 c = rgb->at(x, y, z);
        return QStringLiteral("(%1, %2, %3)").arg(c.r).arg(c.g).arg(c.b);
    }
    return {};
}

namespace {

/// Hands a volume to a layer. A big volume is first copied into memory asked to be backed by 2 MB
/// pages: the xz and yz slice views read it with large strides, where every voxel is on another
/// 4 kB page and the page-table walks, not the arithmetic, set the redraw time. Elsewhere (or when
/// the kernel declines) it is an ordinary copy.
template <typename T>
std::shared_ptr<const Volume<T>> shareForViewing(Volume<T> volume) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const std::size_t bytes = volume.voxelCount() * sizeof(T);
    if (bytes >= (std::size_t{64} << 20)) {
        std::vector<T> storage;
        storage.reserve(volume.voxelCount()); // mapped, not yet touched: advice applies at first touch
        const std::uintptr_t huge = std::uintptr_t{2} << 20;
        const auto begin = reinterpret_cast<std::uintptr_t>(storage.data());
        const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1);
        const std::uintptr_t last = (begin + bytes) & ~(huge - 1);
        if (last > first)
            madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
        storage.assign(volume.storage().begin(), volume.storage().end());
        const Shape shape = volume.shape();
        const Spacing spacing = volume.spacing();
        volume = {}; // the original goes before the next layer is made
        return std::make_shared<const Volume<T>>(shape, std::move(storage), spacing);
    }
#endif
    return std::make_shared<const Volume<T>>(std::move(volume));
}

ColourMap defaultMapOf(LayerRole role) {
    switch (role) {
    case LayerRole::Probability:
        return ColourMap::Fire;
    case LayerRole::ShapeMap:
        return ColourMap::Magenta;
    default:
        return ColourMap::Grey;
    }
}

Layer baseLayer(LayerRole role, const QString& name) {
    Layer layer;
    layer.role = role;
    layer.name = name;
    layer.colourMap = defaultMapOf(role);
    if (defaultKindOf(role) == LayerKind::Labels) {
        layer.opacity = 0.5;
        // Contours and categorical layers are drawn as they are; outlines suit instance labels
        // over an image better than fills (the image stays visible inside each nucleus).
        layer.labelStyle = role == LayerRole::Labels || role == LayerRole::GroundTruth ? LabelStyle::Outline
                                                                                        : LabelStyle::Fill;
        if (role == LayerRole::Contours || layer.labelStyle == LabelStyle::Outline)
            layer.opacity = 0.9; // thin lines need to be strong to be seen
    }
    return layer;
}

} // namespace

Layer makeScalarLayer(LayerRole role, const QString& name, Volume<float> volume) {
    Layer layer = baseLayer(role, name);
    layer.scalar = shareForViewing(std::move(volume));
    autoContrast(layer);
    if (role == LayerRole::Probability || role == LayerRole::ShapeMap)
        layer.opacity = 0.6; // maps are overlays: the image below stays visible
    return layer;
}

Layer makeLabelLayer(LayerRole role, const QString& name, Volume<std::uint32_t> labels) {
    Layer layer = baseLayer(role, name);
    layer.labels = shareForViewing(std::move(labels));
    if (role == LayerRole::Contours)
        layer.palette.assign(256, 0xffffe14du); // every contour value (1 or 255) in one bright yellow
    return layer;
}

Layer makeRgbLayer(LayerRole role, const QString& name, Volume<Rgb8> picture) {
    Layer layer = baseLayer(role, name);
    layer.opacity = 0.6;
    layer.rgb = shareForViewing(std::move(picture));
    return layer;
}

Layer makeLayer(LayerRole role, const QString& name, AnyVolume volume) {
    return std::visit(
        [&](auto&& v) -> Layer {
            using T = typename std::decay_t<decltype(v)>::value_type;
            if constexpr (std::is_same_v<T, Rgb8>) {
                return makeRgbLayer(role, name, std::move(v));
            } else {
                if (defaultKindOf(role) == LayerKind::Labels) {
                    if constexpr (std::is_same_v<T, float>) {
                        throw Error(QCoreApplication::translate("nuclei3d::ui::Layer",
                                                                "%1 holds floating-point voxels, not nucleus ids")
                                        .arg(name)
                                        .toStdString());
                    } else {
                        Volume<std::uint32_t> ids(v.shape(), 0u, v.spacing());
                        std::copy(v.storage().begin(), v.storage().end(), ids.storage().begin());
                        return makeLabelLayer(role, name, std::move(ids));
                    }
                }
                return makeScalarLayer(role, name, toFloat(AnyVolume(std::move(v))));
            }
        },
        std::move(volume));
}

LayerRole guessRole(const QString& fileName, VoxelType type) {
    const QString n = fileName.toLower();
    if (type == VoxelType::Rgb8)
        return n.contains(QLatin1String("label.")) ? LayerRole::LabelPicture : LayerRole::SegColor;
    const bool integer = type != VoxelType::Float32;
    if (integer && (n.contains(QLatin1String("_gt")) || n.startsWith(QLatin1String("gt")) || n.contains(QLatin1String("ground")) ||
                    n.contains(QLatin1String("truth")) || n.contains(QLatin1String("mask"))))
        return LayerRole::GroundTruth;
    if (integer && n.contains(QLatin1String("classes")))
        return LayerRole::Classes;
    if (integer && n.contains(QLatin1String("contour")))
        return LayerRole::Contours;
    if (integer && (n.contains(QLatin1String("label")) || n.contains(QLatin1String("instance"))))
        return LayerRole::Labels;
    if (n.contains(QLatin1String("shape")))
        return LayerRole::ShapeMap;
    if (n.contains(QLatin1String("seg")) || n.contains(QLatin1String("prob")))
        return LayerRole::Probability;
    if (n.contains(QLatin1String("blurred")))
        return LayerRole::Blurred;
    if (n.contains(QLatin1String("syn")))
        return LayerRole::Synthetic;
    return LayerRole::Image;
}

void autoContrast(Layer& layer) {
    if (!layer.scalar || layer.scalar->empty())
        return;
    const Volume<float>& volume = *layer.scalar;
    // A strided sample is plenty for percentiles and keeps opening a big volume instant.
    const std::size_t stride = std::max<std::size_t>(1, volume.voxelCount() / 200000);
    std::vector<float> sample;
    sample.reserve(volume.voxelCount() / stride + 1);
    for (std::size_t i = 0; i < volume.voxelCount(); i += stride)
        sample.push_back(volume[i]);
    auto at = [&](double q) {
        const auto k = static_cast<std::size_t>(q * static_cast<double>(sample.size() - 1));
        std::nth_element(sample.begin(), sample.begin() + static_cast<std::ptrdiff_t>(k), sample.end());
        return sample[k];
    };
    layer.low = at(0.005);
    layer.high = at(0.995);
    if (layer.high <= layer.low)
        layer.high = layer.low + 1.0f;
}

} // namespace nuclei3d::ui
