#pragma once
// Writes volumes as TIFF stacks, one page per z slice, with ImageJ metadata (unit, z spacing,
// X/YResolution) so that Fiji, tifffile and napari open them with the right voxel size.
//
// Writing is atomic: the data go to a temporary file beside the target, which replaces the target
// only once complete. A failure or a cancel leaves neither a partial file nor the temporary file.
// Threads: any thread; calls on different threads are independent.
#include "pipeline/Progress.h"
#include "volume/AnyVolume.h"

#include <filesystem>

namespace nuclei3d {

struct TiffWriteOptions {
    enum class Compression { None, Deflate, Lzw };
    /// Uncompressed is the default: fastest to write and read, and readable by every tool.
    Compression compression = Compression::None;
    /// BigTIFF is used by itself when the voxels exceed ~3.5 GB; this forces it for smaller volumes.
    bool forceBigTiff = false;
};

/// Writes uint8, uint16, uint32, float32 and RGB volumes. Reports progress once per page and
/// throws Cancelled when asked to stop; throws FileError when the file cannot be written.
void writeVolume(const std::filesystem::path& file, const AnyVolume& volume,
                 const TiffWriteOptions& options = {}, const Progress& progress = {});

} // namespace nuclei3d
