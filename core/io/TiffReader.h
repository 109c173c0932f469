#pragma once
// Reads 3D volumes from TIFF stacks (one page per z slice), as written by Fiji/ImageJ, tifffile,
// OME-TIFF writers and Nuclei3D itself. Every problem with the file is a FileError naming it.
//
// Threads: any thread; calls on different threads are independent.
#include "pipeline/Progress.h"
#include "volume/AnyVolume.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace nuclei3d {

struct VolumeFileInfo {
    Shape shape;
    VoxelType type = VoxelType::UInt8;
    Spacing spacing;         ///< micrometres; known = false when the file carries no calibration
    std::string compression; ///< of the first page: "none", "LZW", "Deflate", ...
    bool bigTiff = false;
    bool tiled = false;
};

/// Reads only the headers: shape, voxel type, voxel size and layout. Throws FileError for a file
/// readVolume() would refuse for its format (but does not look at the pixel data).
VolumeFileInfo readVolumeInfo(const std::filesystem::path& file);

/// Reads the whole stack. Reports progress once per page and throws Cancelled when asked to stop.
AnyVolume readVolume(const std::filesystem::path& file, const Progress& progress = {});

/// Reads a label image (0 = background, every other value one object's id). Any unsigned integer
/// type is accepted; a float file only when every value is a whole number >= 0; RGB is refused.
Volume<std::uint32_t> readLabelVolume(const std::filesystem::path& file, const Progress& progress = {});

} // namespace nuclei3d
