#include "postprocess/MapScaling.h"

#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <cstdint>
#include <limits>
#include <type_traits>

namespace nuclei3d {
namespace {

template <typename T> Volume<float> scaled(const Volume<T>& v) {
    Volume<float> out(v.shape(), 0.0f, v.spacing());
    const float scale = 1.0f / static_cast<float>(std::numeric_limits<T>::max());
    parallelFor(
        0, v.voxelCount(),
        [&](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i)
                out[i] = static_cast<float>(v[i]) * scale;
        },
        1 << 16);
    return out;
}

} // namespace

Volume<float> mapOnUnitScale(AnyVolume volume, const std::string& what) {
    return std::visit(
        [&what](auto& typed) -> Volume<float> {
            using T = typename std::decay_t<decltype(typed)>::value_type;
            if constexpr (std::is_same_v<T, float>) {
                return std::move(typed);
            } else if constexpr (std::is_same_v<T, std::uint8_t> || std::is_same_v<T, std::uint16_t>) {
                return scaled(typed);
            } else if constexpr (std::is_same_v<T, std::uint32_t>) {
                throw Error(what +
                            ": a 32-bit integer volume looks like labels, not a probability or shape map "
                            "(expected float 0..1, or 8/16-bit scaled to their maximum)");
            } else {
                throw Error(what + ": an RGB colour volume is not a probability or shape map");
            }
        },
        volume);
}

} // namespace nuclei3d
