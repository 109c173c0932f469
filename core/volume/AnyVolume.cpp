#include "volume/AnyVolume.h"

#include "pipeline/Error.h"

#include <algorithm>
#include <limits>

namespace nuclei3d {

VoxelType voxelType(const AnyVolume& volume) {
    return std::visit([](const auto& v) { return voxelTypeOf<typename std::decay_t<decltype(v)>::value_type>(); },
                      volume);
}

const char* voxelTypeName(VoxelType type) {
    switch (type) {
    case VoxelType::UInt8: return "uint8";
    case VoxelType::UInt16: return "uint16";
    case VoxelType::UInt32: return "uint32";
    case VoxelType::Float32: return "float32";
    case VoxelType::Rgb8: return "rgb8";
    }
    return "unknown";
}

std::size_t bytesPerVoxel(VoxelType type) {
    switch (type) {
    case VoxelType::UInt8: return 1;
    case VoxelType::UInt16: return 2;
    case VoxelType::UInt32: return 4;
    case VoxelType::Float32: return 4;
    case VoxelType::Rgb8: return 3;
    }
    return 0;
}

Shape shapeOf(const AnyVolume& volume) {
    return std::visit([](const auto& v) { return v.shape(); }, volume);
}

Spacing spacingOf(const AnyVolume& volume) {
    return std::visit([](const auto& v) { return v.spacing(); }, volume);
}

AnyVolume narrowestLabels(const Volume<std::uint32_t>& labels) {
    const std::uint32_t largest =
        labels.empty() ? 0 : *std::max_element(labels.storage().begin(), labels.storage().end());
    if (largest > std::numeric_limits<std::uint16_t>::max())
        return labels;
    Volume<std::uint16_t> compact(labels.shape(), 0, labels.spacing());
    for (std::size_t i = 0; i < labels.voxelCount(); ++i)
        compact[i] = static_cast<std::uint16_t>(labels[i]);
    return compact;
}

Volume<float> toFloat(const AnyVolume& volume) {
    return std::visit(
        [](const auto& v) -> Volume<float> {
            using T = typename std::decay_t<decltype(v)>::value_type;
            if constexpr (std::is_same_v<T, Rgb8>) {
                throw Error("an RGB volume cannot be used where a grey-level volume is needed");
            } else {
                Volume<float> out(v.shape(), 0.0f, v.spacing());
                for (std::size_t i = 0; i < v.voxelCount(); ++i)
                    out[i] = static_cast<float>(v[i]);
                return out;
            }
        },
        volume);
}

} // namespace nuclei3d
