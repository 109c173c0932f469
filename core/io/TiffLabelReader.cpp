// readLabelVolume (declared in TiffReader.h): a label image read through readVolume and checked to be
// one whole-number id per voxel.
#include "io/TiffReader.h"

#include "io/NumberText.h"
#include "pipeline/Error.h"

#include <cmath>
#include <type_traits>

namespace nuclei3d {
namespace fs = std::filesystem;

namespace {

std::string voxelPosition(const Shape& shape, std::size_t index) {
    const std::size_t x = index % shape.x;
    const std::size_t y = (index / shape.x) % shape.y;
    const std::size_t z = index / shape.sliceSize();
    return "x=" + std::to_string(x) + ", y=" + std::to_string(y) + ", z=" + std::to_string(z);
}

// Float label images come from tools that store everything as float; they are fine as long as every
// value is an id. A fraction or a negative value means this is an intensity image, not labels.
Volume<std::uint32_t> labelsFromFloat(const fs::path& file, const Volume<float>& volume) {
    Volume<std::uint32_t> labels(volume.shape(), 0u, volume.spacing());
    for (std::size_t i = 0; i < volume.voxelCount(); ++i) {
        const float value = volume[i];
        if (!(value >= 0.0f) || !(value <= 4294967295.0f) || std::floor(value) != value) {
            throw FileError(file, "is not a label image: it holds fractional/negative values (for example " +
                                      formatNumber(value) + " at voxel " + voxelPosition(volume.shape(), i) +
                                      "); label ids must be whole numbers from 0 up");
        }
        labels[i] = static_cast<std::uint32_t>(value);
    }
    return labels;
}

template <typename T> Volume<std::uint32_t> toLabels(const fs::path& file, Volume<T>& volume) {
    if constexpr (std::is_same_v<T, std::uint32_t>) {
        return std::move(volume);
    } else if constexpr (std::is_same_v<T, Rgb8>) {
        throw FileError(file, "is an RGB colour image, not a label image");
    } else if constexpr (std::is_same_v<T, float>) {
        return labelsFromFloat(file, volume);
    } else {
        Volume<std::uint32_t> labels(volume.shape(), 0u, volume.spacing());
        for (std::size_t i = 0; i < volume.voxelCount(); ++i)
            labels[i] = volume[i];
        return labels;
    }
}

} // namespace

Volume<std::uint32_t> readLabelVolume(const fs::path& file, const Progress& progress) {
    // Refused from the header alone, before a colour volume is read only to be thrown away.
    if (readVolumeInfo(file).type == VoxelType::Rgb8)
        throw FileError(file, "is an RGB colour image, not a label image (a label image holds one "
                              "whole-number object id per voxel)");
    AnyVolume volume = readVolume(file, progress);
    return std::visit([&file](auto& typed) { return toLabels(file, typed); }, volume);
}

} // namespace nuclei3d
