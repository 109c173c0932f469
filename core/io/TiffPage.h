#pragma once
// One page (image file directory) of a TIFF stack as Nuclei3D reads it: size, voxel type and storage
// layout, checked against what Nuclei3D supports before a single voxel is read, then decoded.
// All functions work on the directory libtiff currently has selected in the handle.
#include "io/TiffHandle.h"
#include "volume/AnyVolume.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace nuclei3d {

struct TiffPage {
    std::size_t number = 0;      ///< 1-based position among the stack's pages, for messages
    std::uint32_t directory = 0; ///< libtiff directory index (thumbnails and masks are skipped)
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    VoxelType type = VoxelType::UInt8;
    std::uint16_t bitsPerSample = 8;
    std::uint16_t sampleFormat = 1;
    std::uint16_t compression = 1;
    bool tiled = false;
    std::uint32_t tileWidth = 0;    ///< tiled pages only
    std::uint32_t tileHeight = 0;   ///< tiled pages only
    std::uint32_t rowsPerStrip = 0; ///< striped pages only

    std::size_t rowBytes() const { return std::size_t{width} * bytesPerVoxel(type); }
    std::uint64_t byteCount() const { return std::uint64_t{height} * rowBytes(); }
};

/// Whether the current directory is a full-resolution page rather than a thumbnail, a pyramid level
/// or a transparency mask (all of which a stack reader must skip).
bool isMainPage(TIFF* tiff);

/// Describes the current directory; throws FileError for a page Nuclei3D cannot read (unsupported
/// sample type, several channels, absurd size, ...).
TiffPage describePage(const TiffHandle& tiff, std::size_t number, std::uint32_t directory);

/// Throws FileError unless `page` has the size and voxel type of `first`.
void checkSamePageFormat(const TiffHandle& tiff, const TiffPage& first, const TiffPage& page);

/// Checks, without reading it, that the stored data of the current page lies inside the file and can
/// plausibly decode to the page's size: a header that lies must not make us allocate gigabytes.
void checkStoredData(const TiffHandle& tiff, const TiffPage& page, std::uint64_t fileSize);

/// Decodes the current page into `destination`, page.byteCount() bytes, rows page.rowBytes() apart.
void decodePage(const TiffHandle& tiff, const TiffPage& page, std::uint8_t* destination);

/// "none", "LZW", "Deflate", ... for a TIFF Compression tag value.
std::string compressionName(std::uint16_t compression);

} // namespace nuclei3d
