#pragma once
// A volume whose voxel type is known only at run time (what a TIFF file holds).
#include "volume/Volume.h"

#include <array>
#include <cstdint>
#include <string>
#include <variant>

namespace nuclei3d {

/// 8-bit RGB voxel, used for the colour pictures of stage 5 (I_segcolor, I_label).
struct Rgb8 {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    bool operator==(const Rgb8& o) const { return r == o.r && g == o.g && b == o.b; }
};

enum class VoxelType { UInt8, UInt16, UInt32, Float32, Rgb8 };

using AnyVolume = std::variant<Volume<std::uint8_t>, Volume<std::uint16_t>, Volume<std::uint32_t>,
                               Volume<float>, Volume<Rgb8>>;

template <typename T> constexpr VoxelType voxelTypeOf();
template <> constexpr VoxelType voxelTypeOf<std::uint8_t>() { return VoxelType::UInt8; }
template <> constexpr VoxelType voxelTypeOf<std::uint16_t>() { return VoxelType::UInt16; }
template <> constexpr VoxelType voxelTypeOf<std::uint32_t>() { return VoxelType::UInt32; }
template <> constexpr VoxelType voxelTypeOf<float>() { return VoxelType::Float32; }
template <> constexpr VoxelType voxelTypeOf<Rgb8>() { return VoxelType::Rgb8; }

VoxelType voxelType(const AnyVolume& volume);
const char* voxelTypeName(VoxelType type);
std::size_t bytesPerVoxel(VoxelType type);
Shape shapeOf(const AnyVolume& volume);
Spacing spacingOf(const AnyVolume& volume);

/// Labels as uint16 when the largest id fits (half the file for the usual case), else uint32.
AnyVolume narrowestLabels(const Volume<std::uint32_t>& labels);

/// Copies any scalar volume into float (RGB volumes are refused with an Error).
Volume<float> toFloat(const AnyVolume& volume);

} // namespace nuclei3d
