#pragma once
// The first pass over a TIFF file, before any pixel is read: which directories are the z slices,
// their common format, the voxel size, and every check that makes reading the pixels safe.
#include "io/TiffHandle.h"
#include "io/TiffPage.h"
#include "volume/Shape.h"
#include "volume/Spacing.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace nuclei3d {

struct TiffStack {
    std::vector<TiffPage> pages; ///< the z slices in order; never empty
    Spacing spacing;
    std::uint64_t fileSize = 0;
    bool bigTiff = false;

    const TiffPage& firstPage() const { return pages.front(); }
    Shape shape() const { return {firstPage().width, firstPage().height, pages.size()}; }
};

/// Checks that `file` exists, is a non-empty regular file and starts with a TIFF header, so that the
/// common mistakes get a plain message before libtiff is involved. Returns the file size in bytes.
std::uint64_t checkTiffFile(const std::filesystem::path& file);

/// Walks all directories of the open file. With `checkData`, each page's stored data is also checked
/// against the file size (see checkStoredData), which readVolume needs and readVolumeInfo does not.
TiffStack scanTiffStack(const TiffHandle& tiff, std::uint64_t fileSize, bool checkData);

/// Makes `directory` libtiff's current directory (cheaply when moving forward, as a reader does).
void selectDirectory(const TiffHandle& tiff, std::uint32_t directory);

} // namespace nuclei3d
