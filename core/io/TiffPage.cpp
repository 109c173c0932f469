#include "io/TiffPage.h"

#include "io/TiffLimits.h"
#include "pipeline/Error.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace nuclei3d {

namespace {

std::string pageName(const TiffPage& page) {
    return "page " + std::to_string(page.number);
}

std::uint64_t ceilDiv(std::uint64_t a, std::uint64_t b) {
    return (a + b - 1) / b;
}

std::uint64_t maxCompressionRatio(std::uint16_t compression) {
    switch (compression) {
    case COMPRESSION_LZW:
    case COMPRESSION_ADOBE_DEFLATE:
    case COMPRESSION_DEFLATE:
    case COMPRESSION_PACKBITS:
    case COMPRESSION_JPEG:
    case COMPRESSION_OJPEG:
        return tiff::kMaxCompressionRatio;
    default:
        return tiff::kMaxCompressionRatioRunLength;
    }
}

const char* sampleFormatName(std::uint16_t format) {
    switch (format) {
    case SAMPLEFORMAT_INT:
        return "signed integer";
    case SAMPLEFORMAT_IEEEFP:
        return "floating-point";
    case SAMPLEFORMAT_COMPLEXINT:
        return "complex integer";
    case SAMPLEFORMAT_COMPLEXIEEEFP:
        return "complex floating-point";
    default:
        return "unsigned integer";
    }
}

std::string photometricName(std::uint16_t photometric) {
    switch (photometric) {
    case PHOTOMETRIC_SEPARATED:
        return "CMYK (separated)";
    case PHOTOMETRIC_YCBCR:
        return "YCbCr";
    case PHOTOMETRIC_CIELAB:
    case PHOTOMETRIC_ICCLAB:
    case PHOTOMETRIC_ITULAB:
        return "L*a*b*";
    case PHOTOMETRIC_MASK:
        return "transparency mask";
    case PHOTOMETRIC_LOGL:
    case PHOTOMETRIC_LOGLUV:
        return "LogLuv";
    case PHOTOMETRIC_CFA:
        return "colour filter array (raw camera)";
    default:
        return "photometric " + std::to_string(photometric);
    }
}

const char* const kSupported =
    "Nuclei3D reads 8-, 16- and 32-bit unsigned integer and 32-bit floating-point grey images "
    "and 8-bit RGB";

VoxelType greyType(const TiffHandle& tiff, const std::string& where, std::uint16_t bits,
                   std::uint16_t format) {
    if (format == SAMPLEFORMAT_UINT || format == SAMPLEFORMAT_VOID) {
        switch (bits) {
        case 8:
            return VoxelType::UInt8;
        case 16:
            return VoxelType::UInt16;
        case 32:
            return VoxelType::UInt32;
        default:
            break;
        }
    } else if (format == SAMPLEFORMAT_IEEEFP && bits == 32) {
        return VoxelType::Float32;
    }
    throw FileError(tiff.reportedPath(), where + " holds " + std::to_string(bits) + "-bit " +
                                             sampleFormatName(format) +
                                             " samples, which are not supported (" + kSupported + ")");
}

VoxelType rgbType(const TiffHandle& tiff, const std::string& where, std::uint16_t samples, std::uint16_t bits,
                  std::uint16_t format, std::uint16_t planar) {
    const std::string prefix = where + " is an RGB colour image with ";
    if (samples != 3)
        throw FileError(tiff.reportedPath(),
                        prefix + std::to_string(samples) +
                            " samples per pixel (an alpha channel?), which is not supported (" + kSupported +
                            ")");
    if (bits != 8 || (format != SAMPLEFORMAT_UINT && format != SAMPLEFORMAT_VOID))
        throw FileError(tiff.reportedPath(), prefix + std::to_string(bits) + "-bit " +
                                                 sampleFormatName(format) +
                                                 " samples, which are not supported (" + kSupported + ")");
    if (planar != PLANARCONFIG_CONTIG)
        throw FileError(tiff.reportedPath(),
                        prefix + "its colours stored as separate planes, which is not supported");
    return VoxelType::Rgb8;
}

VoxelType voxelTypeOfPage(const TiffHandle& tiff, const std::string& where) {
    TIFF* tif = tiff.get();
    std::uint16_t bits = 1, samples = 1, format = SAMPLEFORMAT_UINT, planar = PLANARCONFIG_CONTIG;
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLESPERPIXEL, &samples);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLEFORMAT, &format);
    TIFFGetFieldDefaulted(tif, TIFFTAG_PLANARCONFIG, &planar);
    std::uint16_t photometric = 0;
    const bool hasPhotometric = TIFFGetField(tif, TIFFTAG_PHOTOMETRIC, &photometric) != 0;
    // Some writers leave out Photometric; the sample count is then the best evidence.
    if (!hasPhotometric)
        photometric = samples == 3 ? PHOTOMETRIC_RGB : PHOTOMETRIC_MINISBLACK;

    if (photometric == PHOTOMETRIC_RGB)
        return rgbType(tiff, where, samples, bits, format, planar);
    // Palette images are read as their index values: label images are often saved that way.
    if (photometric != PHOTOMETRIC_MINISBLACK && photometric != PHOTOMETRIC_MINISWHITE &&
        photometric != PHOTOMETRIC_PALETTE)
        throw FileError(tiff.reportedPath(), where + " uses the " + photometricName(photometric) +
                                                 " colour model, which is not supported (" + kSupported +
                                                 ")");
    if (samples != 1)
        throw FileError(
            tiff.reportedPath(),
            where + " has " + std::to_string(samples) +
                " samples (channels) per pixel; Nuclei3D reads single-channel grey images (save the "
                "nuclear stain as its own single-channel stack) or 8-bit RGB");
    return greyType(tiff, where, bits, format);
}

} // namespace

bool isMainPage(TIFF* tiff) {
    std::uint32_t subfileType = 0;
    if (TIFFGetField(tiff, TIFFTAG_SUBFILETYPE, &subfileType) &&
        (subfileType & (FILETYPE_REDUCEDIMAGE | FILETYPE_MASK)) != 0)
        return false;
    std::uint16_t oldSubfileType = 0;
    if (TIFFGetField(tiff, TIFFTAG_OSUBFILETYPE, &oldSubfileType) && oldSubfileType == OFILETYPE_REDUCEDIMAGE)
        return false;
    return true;
}

TiffPage describePage(const TiffHandle& tiff, std::size_t number, std::uint32_t directory) {
    TIFF* tif = tiff.get();
    TiffPage page;
    page.number = number;
    page.directory = directory;
    const std::string where = pageName(page);
    const auto& file = tiff.reportedPath();

    if (!TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &page.width) ||
        !TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &page.height))
        throw FileError(file, where + " has no image size (a damaged file)");
    if (page.width == 0 || page.height == 0)
        throw FileError(file, where + " is empty (" + std::to_string(page.width) + " x " +
                                  std::to_string(page.height) + " pixels)");
    if (page.width > tiff::kMaxImageSide || page.height > tiff::kMaxImageSide)
        throw FileError(file, where + " claims " + std::to_string(page.width) + " x " +
                                  std::to_string(page.height) + " pixels, more than the limit of " +
                                  std::to_string(tiff::kMaxImageSide) +
                                  " per side: the file is damaged or not a microscopy stack");
    std::uint32_t depth = 1;
    if (TIFFGetField(tif, TIFFTAG_IMAGEDEPTH, &depth) && depth > 1)
        throw FileError(file, where + " stores a 3D block (ImageDepth " + std::to_string(depth) +
                                  "), which is not supported: Nuclei3D reads one page per z slice");

    page.type = voxelTypeOfPage(tiff, where);
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &page.bitsPerSample);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLEFORMAT, &page.sampleFormat);
    TIFFGetFieldDefaulted(tif, TIFFTAG_COMPRESSION, &page.compression);
    page.tiled = TIFFIsTiled(tif) != 0;
    if (page.tiled) {
        if (!TIFFGetField(tif, TIFFTAG_TILEWIDTH, &page.tileWidth) ||
            !TIFFGetField(tif, TIFFTAG_TILELENGTH, &page.tileHeight) || page.tileWidth == 0 ||
            page.tileHeight == 0 || page.tileWidth > tiff::kMaxImageSide ||
            page.tileHeight > tiff::kMaxImageSide)
            throw FileError(file, where + " has an invalid tile size (a damaged file)");
        if (std::uint64_t{page.tileWidth} * page.tileHeight * bytesPerVoxel(page.type) > tiff::kMaxTileBytes)
            throw FileError(file, where + " has tiles of " + std::to_string(page.tileWidth) + " x " +
                                      std::to_string(page.tileHeight) +
                                      " pixels, larger than any sensible tiling (a damaged file?)");
    } else {
        std::uint32_t rows = 0;
        TIFFGetFieldDefaulted(tif, TIFFTAG_ROWSPERSTRIP, &rows);
        page.rowsPerStrip = rows == 0 ? page.height : std::min(rows, page.height);
    }
    // A layout where libtiff's idea of a row differs from ours (subsampling, odd bit packing) would
    // decode into the wrong places; refuse it rather than return scrambled voxels.
    if (TIFFScanlineSize64(tif) != page.rowBytes())
        throw FileError(file, where + " has a row layout Nuclei3D cannot read (" +
                                  std::to_string(page.bitsPerSample) + "-bit samples)");
    return page;
}

void checkSamePageFormat(const TiffHandle& tiff, const TiffPage& first, const TiffPage& page) {
    const auto size = [](const TiffPage& p) {
        return std::to_string(p.width) + " x " + std::to_string(p.height);
    };
    if (page.width != first.width || page.height != first.height)
        throw FileError(tiff.reportedPath(), pageName(page) + " is " + size(page) + " pixels but page 1 is " +
                                                 size(first) +
                                                 "; all pages of a stack must have the same size");
    if (page.type != first.type)
        throw FileError(tiff.reportedPath(), pageName(page) + " holds " + voxelTypeName(page.type) +
                                                 " voxels but page 1 holds " + voxelTypeName(first.type) +
                                                 "; all pages of a stack must have the same voxel type");
}

void checkStoredData(const TiffHandle& tiff, const TiffPage& page, std::uint64_t fileSize) {
    TIFF* tif = tiff.get();
    const auto& file = tiff.reportedPath();
    const std::string where = pageName(page);
    if (!TIFFIsCODECConfigured(page.compression))
        throw FileError(file, where + " is compressed with " + compressionName(page.compression) +
                                  ", which this build of libtiff cannot decode");

    const std::uint64_t expected =
        page.tiled ? ceilDiv(page.width, page.tileWidth) * ceilDiv(page.height, page.tileHeight)
                   : ceilDiv(page.height, page.rowsPerStrip);
    const std::uint64_t count = page.tiled ? TIFFNumberOfTiles(tif) : TIFFNumberOfStrips(tif);
    const char* pieces = page.tiled ? "tiles" : "strips";
    if (count != expected)
        throw FileError(file, where + " has " + std::to_string(count) + " " + pieces + " where " +
                                  std::to_string(expected) + " are needed (a damaged file)");

    const std::uint64_t tileBytes =
        std::uint64_t{page.tileWidth} * page.tileHeight * bytesPerVoxel(page.type);
    std::uint64_t stored = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        int error = 0;
        const std::uint64_t offset = TIFFGetStrileOffsetWithErr(tif, i, &error);
        const std::uint64_t bytes = TIFFGetStrileByteCountWithErr(tif, i, &error);
        if (error)
            tiff.fail(where + ": the position of its pixel data cannot be read (a damaged file)");
        if (offset > fileSize || bytes > fileSize - offset)
            throw FileError(file, "is truncated or damaged: the pixel data of " + where + " end at byte " +
                                      std::to_string(offset + bytes) + " but the file has only " +
                                      std::to_string(fileSize) + " bytes");
        if (page.compression == COMPRESSION_NONE) {
            const std::uint64_t rows = std::min<std::uint64_t>(
                page.rowsPerStrip, page.height - std::uint64_t{i} * page.rowsPerStrip);
            const std::uint64_t needed = page.tiled ? tileBytes : rows * page.rowBytes();
            if (bytes < needed)
                throw FileError(file, "is truncated or damaged: " + where + " stores " +
                                          std::to_string(bytes) + " bytes in one of its " + pieces +
                                          " where " + std::to_string(needed) + " are needed");
        }
        stored += bytes;
    }
    // Whole tiles are decoded, padding included, so that is what the stored bytes must account for.
    const std::uint64_t decoded = page.tiled ? count * tileBytes : page.byteCount();
    if (page.compression != COMPRESSION_NONE &&
        decoded > maxCompressionRatio(page.compression) * std::max<std::uint64_t>(stored, 1))
        throw FileError(file, "is damaged: " + where + " claims " + std::to_string(decoded) +
                                  " bytes of pixels but stores only " + std::to_string(stored) +
                                  " compressed bytes, far more than any compression can achieve");
}

void decodePage(const TiffHandle& tiff, const TiffPage& page, std::uint8_t* destination) {
    TIFF* tif = tiff.get();
    tiff.clearErrors();
    const std::size_t rowBytes = page.rowBytes();
    const std::string failure = "is damaged or truncated: " + pageName(page) + " cannot be decoded";
    if (!page.tiled) {
        const std::uint32_t strips = static_cast<std::uint32_t>(ceilDiv(page.height, page.rowsPerStrip));
        for (std::uint32_t s = 0; s < strips; ++s) {
            const std::size_t firstRow = std::size_t{s} * page.rowsPerStrip;
            const std::size_t rows = std::min<std::size_t>(page.rowsPerStrip, page.height - firstRow);
            const auto bytes = static_cast<tmsize_t>(rows * rowBytes);
            if (TIFFReadEncodedStrip(tif, s, destination + firstRow * rowBytes, bytes) != bytes)
                tiff.fail(failure);
        }
        return;
    }
    const std::size_t voxelBytes = bytesPerVoxel(page.type);
    const std::size_t tileRowBytes = std::size_t{page.tileWidth} * voxelBytes;
    const auto tileBytes = static_cast<tmsize_t>(tileRowBytes * page.tileHeight);
    if (TIFFTileSize64(tif) != static_cast<std::uint64_t>(tileBytes))
        throw FileError(tiff.reportedPath(), pageName(page) + " has a tile layout Nuclei3D cannot read");
    // Uninitialised: a tile that fails to decode never makes its whole size occupy memory.
    std::unique_ptr<std::uint8_t[]> tile(new std::uint8_t[static_cast<std::size_t>(tileBytes)]);
    for (std::uint32_t y = 0; y < page.height; y += page.tileHeight) {
        const std::size_t rows = std::min<std::size_t>(page.tileHeight, page.height - y);
        for (std::uint32_t x = 0; x < page.width; x += page.tileWidth) {
            const std::size_t columnBytes =
                std::min<std::size_t>(page.tileWidth, page.width - x) * voxelBytes;
            if (TIFFReadEncodedTile(tif, TIFFComputeTile(tif, x, y, 0, 0), tile.get(), tileBytes) !=
                tileBytes)
                tiff.fail(failure);
            // Tiles overhanging the right or bottom edge carry padding that is not part of the image.
            for (std::size_t r = 0; r < rows; ++r)
                std::memcpy(destination + (y + r) * rowBytes + x * voxelBytes, tile.get() + r * tileRowBytes,
                            columnBytes);
        }
    }
}

std::string compressionName(std::uint16_t compression) {
    switch (compression) {
    case COMPRESSION_NONE:
        return "none";
    case COMPRESSION_LZW:
        return "LZW";
    case COMPRESSION_ADOBE_DEFLATE:
    case COMPRESSION_DEFLATE:
        return "Deflate";
    case COMPRESSION_PACKBITS:
        return "PackBits";
    case COMPRESSION_JPEG:
        return "JPEG";
    case COMPRESSION_OJPEG:
        return "old-style JPEG";
    case COMPRESSION_CCITTRLE:
    case COMPRESSION_CCITTFAX3:
    case COMPRESSION_CCITTFAX4:
        return "CCITT";
    case COMPRESSION_LZMA:
        return "LZMA";
    case COMPRESSION_ZSTD:
        return "Zstandard";
    case COMPRESSION_WEBP:
        return "WebP";
    case COMPRESSION_LERC:
        return "LERC";
    case COMPRESSION_JXL:
        return "JPEG XL";
    case COMPRESSION_JP2000:
        return "JPEG 2000";
    default:
        return "compression scheme " + std::to_string(compression);
    }
}

} // namespace nuclei3d
