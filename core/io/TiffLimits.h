#pragma once
// Sanity limits shared by the TIFF reader and writer. A header claiming more than this is treated as
// damaged rather than trusted, so a lying file cannot make us allocate absurd amounts of memory.
#include <cstdint>

namespace nuclei3d::tiff {

/// Largest accepted width or height of one page (far beyond any microscope camera or stitched tile).
constexpr std::uint32_t kMaxImageSide = 65536;
/// Largest accepted tile, in bytes of decoded voxels (common tiles are 256 x 256 to 1024 x 1024).
constexpr std::uint64_t kMaxTileBytes = 256ull * 1024 * 1024;
/// Largest accepted number of z slices (pages).
constexpr std::uint32_t kMaxPages = 65536;
/// For compressed pages: the decoded size may be at most this many times the stored bytes. Deflate
/// cannot exceed ~1032:1, LZW ~2700:1, PackBits 64:1, so a larger claim means a damaged or hostile
/// header.
constexpr std::uint64_t kMaxCompressionRatio = 4096;
/// The same for codecs that store long runs in a few bytes: Zstandard packs an empty 1024 x 1024
/// 16-bit page into 81 bytes (~26000:1), LZMA into ~430 (~4900:1). Empty pages are common in
/// label images, so these get a wider bound.
constexpr std::uint64_t kMaxCompressionRatioRunLength = 65536;
/// Above this many bytes of voxel data the writer switches to BigTIFF (classic TIFF ends at 4 GiB,
/// and the directories and compression overhead need room too).
constexpr std::uint64_t kBigTiffThresholdBytes = 3584ull * 1024 * 1024;

} // namespace nuclei3d::tiff
