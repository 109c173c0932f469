#pragma once
// Test inputs for the TIFF suites: pattern volumes, files written directly with libtiff in layouts
// and formats Nuclei3D's writer never makes (tiles, big-endian, odd sample types, hyperstacks), and
// files assembled byte by byte for damage libtiff refuses to write. No test logic of its own.
#include "VolumeCompare.h"
#include "volume/AnyVolume.h"

#include <tiffio.h>

#include <QtTest>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <type_traits>
#include <vector>

namespace nuclei3d::test {

/// A deterministic pattern that uses the whole range of small types and the high bytes of wide ones,
/// so that byte-order and layout mistakes show up as wrong values.
template <typename T> T patternValue(std::size_t x, std::size_t y, std::size_t z) {
    const std::size_t n = x * 7 + y * 13 + z * 31;
    if constexpr (std::is_same_v<T, Rgb8>)
        return Rgb8{static_cast<std::uint8_t>(n), static_cast<std::uint8_t>(n * 3 + 1),
                    static_cast<std::uint8_t>(255 - n % 256)};
    else if constexpr (std::is_same_v<T, float>)
        return static_cast<float>(n % 1000) * 0.25f - 30.5f;
    else if constexpr (std::is_same_v<T, std::uint32_t>)
        return static_cast<std::uint32_t>(n * 2654435761u);
    else if constexpr (std::is_same_v<T, std::uint16_t>)
        return static_cast<std::uint16_t>(n * 257 + 3);
    else
        return static_cast<T>(n);
}

template <typename T> Volume<T> patternVolume(Shape shape, Spacing spacing = {}) {
    Volume<T> volume(shape, T{}, spacing);
    for (std::size_t z = 0; z < shape.z; ++z)
        for (std::size_t y = 0; y < shape.y; ++y)
            for (std::size_t x = 0; x < shape.x; ++x)
                volume.at(x, y, z) = patternValue<T>(x, y, z);
    return volume;
}

/// How writeWithLibtiff lays a volume out.
struct LibtiffLayout {
    std::string mode = "w"; ///< "w", "w8" (BigTIFF), "wb" (big-endian), "w8b"
    std::uint16_t compression = COMPRESSION_NONE;
    std::uint16_t predictor = PREDICTOR_NONE;
    bool tiled = false;
    std::uint32_t tileSize = 16;
    std::uint32_t rowsPerStrip = 0; ///< 0: one strip per page
    std::string description;        ///< written on the first page when not empty
    float xResolution = 0.0f;       ///< written when > 0
    float yResolution = 0.0f;
    std::uint16_t resolutionUnit = 0; ///< written when > 0
    bool thumbnails = false;          ///< add a small reduced-resolution page after every page
};

template <typename T>
void writeWithLibtiff(const std::filesystem::path& file, const Volume<T>& volume,
                      const LibtiffLayout& layout) {
    TIFF* tif = TIFFOpen(file.string().c_str(), layout.mode.c_str());
    QVERIFY2(tif, "libtiff could not create the test file");
    const auto width = static_cast<std::uint32_t>(volume.sizeX());
    const auto height = static_cast<std::uint32_t>(volume.sizeY());
    const bool rgb = std::is_same_v<T, Rgb8>;
    const std::size_t rowBytes = volume.sizeX() * sizeof(T);
    for (std::size_t z = 0; z < volume.sizeZ(); ++z) {
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, width);
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, height);
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, rgb ? 8 : static_cast<int>(8 * sizeof(T)));
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, rgb ? 3 : 1);
        TIFFSetField(tif, TIFFTAG_SAMPLEFORMAT,
                     std::is_same_v<T, float> ? SAMPLEFORMAT_IEEEFP : SAMPLEFORMAT_UINT);
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, rgb ? PHOTOMETRIC_RGB : PHOTOMETRIC_MINISBLACK);
        TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tif, TIFFTAG_COMPRESSION, layout.compression);
        if (layout.predictor != PREDICTOR_NONE)
            TIFFSetField(tif, TIFFTAG_PREDICTOR, layout.predictor);
        if (z == 0 && !layout.description.empty())
            TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, layout.description.c_str());
        if (layout.xResolution > 0.0f)
            TIFFSetField(tif, TIFFTAG_XRESOLUTION, static_cast<double>(layout.xResolution));
        if (layout.yResolution > 0.0f)
            TIFFSetField(tif, TIFFTAG_YRESOLUTION, static_cast<double>(layout.yResolution));
        if (layout.resolutionUnit > 0)
            TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, layout.resolutionUnit);
        const auto* slice = reinterpret_cast<const std::uint8_t*>(volume.slice(z));
        if (layout.tiled) {
            TIFFSetField(tif, TIFFTAG_TILEWIDTH, layout.tileSize);
            TIFFSetField(tif, TIFFTAG_TILELENGTH, layout.tileSize);
            const std::size_t tileRow = layout.tileSize * sizeof(T);
            std::vector<std::uint8_t> tile(tileRow * layout.tileSize);
            for (std::uint32_t ty = 0; ty < height; ty += layout.tileSize)
                for (std::uint32_t tx = 0; tx < width; tx += layout.tileSize) {
                    std::fill(tile.begin(), tile.end(), std::uint8_t{0xAB}); // padding must be ignored
                    for (std::uint32_t r = 0; r < layout.tileSize && ty + r < height; ++r)
                        std::memcpy(tile.data() + r * tileRow, slice + (ty + r) * rowBytes + tx * sizeof(T),
                                    std::min<std::size_t>(layout.tileSize, width - tx) * sizeof(T));
                    QVERIFY(TIFFWriteTile(tif, tile.data(), tx, ty, 0, 0) >= 0);
                }
        } else {
            const std::uint32_t rows = layout.rowsPerStrip ? layout.rowsPerStrip : height;
            TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, rows);
            std::vector<std::uint8_t> strip;
            for (std::uint32_t row = 0, s = 0; row < height; row += rows, ++s) {
                const std::size_t bytes = std::min(rows, height - row) * rowBytes;
                strip.assign(slice + row * rowBytes,
                             slice + row * rowBytes + bytes); // libtiff swabs in place
                QVERIFY(TIFFWriteEncodedStrip(tif, s, strip.data(), static_cast<tmsize_t>(bytes)) >= 0);
            }
        }
        QVERIFY(TIFFWriteDirectory(tif));
        if (layout.thumbnails) {
            // A thumbnail of another size and type: a reader that does not skip it fails loudly.
            TIFFSetField(tif, TIFFTAG_SUBFILETYPE, FILETYPE_REDUCEDIMAGE);
            TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, 4u);
            TIFFSetField(tif, TIFFTAG_IMAGELENGTH, 3u);
            TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 8);
            TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
            TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
            TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, 3u);
            std::uint8_t thumb[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
            QVERIFY(TIFFWriteEncodedStrip(tif, 0, thumb, sizeof thumb) >= 0);
            QVERIFY(TIFFWriteDirectory(tif));
        }
    }
    TIFFClose(tif);
}

/// One page written with arbitrary tags and raw (already encoded) strip bytes, for sample types
/// and lies Nuclei3D must refuse.
struct RawPage {
    std::uint32_t width = 8;
    std::uint32_t height = 4;
    std::uint16_t bits = 8;
    std::uint16_t sampleFormat = SAMPLEFORMAT_UINT;
    std::uint16_t samples = 1;
    std::uint16_t photometric = PHOTOMETRIC_MINISBLACK;
    std::uint16_t compression = COMPRESSION_NONE;
    std::string description;
    std::uint32_t imageDepth = 0;    ///< written when > 0
    std::uint32_t subfileType = 0;   ///< written when > 0 (FILETYPE_REDUCEDIMAGE for a thumbnail)
    std::uint32_t tileSize = 0;      ///< > 0: one tile of this size instead of one strip
    std::vector<std::uint8_t> strip; ///< empty: zero bytes for the whole page at the claimed size

    std::size_t claimedBytes() const { return (std::size_t{width} * bits * samples + 7) / 8 * height; }
};

inline void writeRawPages(const std::filesystem::path& file, const std::vector<RawPage>& pages,
                          const char* mode = "w") {
    TIFF* tif = TIFFOpen(file.string().c_str(), mode);
    QVERIFY2(tif, "libtiff could not create the test file");
    for (const RawPage& page : pages) {
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, page.width);
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, page.height);
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, page.bits);
        TIFFSetField(tif, TIFFTAG_SAMPLEFORMAT, page.sampleFormat);
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, page.samples);
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, page.photometric);
        TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tif, TIFFTAG_COMPRESSION, page.compression);
        if (page.tileSize > 0) {
            TIFFSetField(tif, TIFFTAG_TILEWIDTH, page.tileSize);
            TIFFSetField(tif, TIFFTAG_TILELENGTH, page.tileSize);
        } else {
            TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, page.height);
        }
        if (page.imageDepth > 0)
            TIFFSetField(tif, TIFFTAG_IMAGEDEPTH, page.imageDepth);
        if (page.subfileType > 0)
            TIFFSetField(tif, TIFFTAG_SUBFILETYPE, page.subfileType);
        if (page.samples == 4 && page.photometric == PHOTOMETRIC_RGB) {
            const std::uint16_t extra[] = {EXTRASAMPLE_UNASSALPHA};
            TIFFSetField(tif, TIFFTAG_EXTRASAMPLES, 1, extra);
        }
        if (page.samples == 2) {
            const std::uint16_t extra[] = {EXTRASAMPLE_UNSPECIFIED};
            TIFFSetField(tif, TIFFTAG_EXTRASAMPLES, 1, extra);
        }
        if (!page.description.empty())
            TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, page.description.c_str());
        std::vector<std::uint8_t> bytes = page.strip;
        if (bytes.empty())
            bytes.assign(page.claimedBytes(), 0);
        if (page.tileSize > 0)
            QVERIFY(TIFFWriteRawTile(tif, 0, bytes.data(), static_cast<tmsize_t>(bytes.size())) >= 0);
        else
            QVERIFY(TIFFWriteRawStrip(tif, 0, bytes.data(), static_cast<tmsize_t>(bytes.size())) >= 0);
        QVERIFY(TIFFWriteDirectory(tif));
    }
    TIFFClose(tif);
}

/// A classic little-endian TIFF of one 8-bit page whose directory comes right after the header and
/// whose pixel data come last, claiming `claimedBytes` of strip data but holding `pixels`: cutting
/// such a file short removes pixel data while the directory stays readable.
inline std::vector<std::uint8_t> buildTiffBytes(std::uint32_t width, std::uint32_t height,
                                                const std::vector<std::uint8_t>& pixels,
                                                std::uint32_t claimedBytes) {
    std::vector<std::uint8_t> out;
    const auto put16 = [&out](std::uint32_t v) {
        out.push_back(static_cast<std::uint8_t>(v));
        out.push_back(static_cast<std::uint8_t>(v >> 8));
    };
    const auto put32 = [&](std::uint32_t v) {
        put16(v & 0xFFFF);
        put16(v >> 16);
    };
    const std::uint16_t entries = 9;
    const std::uint32_t dataOffset = 8 + 2 + entries * 12 + 4;
    out = {'I', 'I', 42, 0};
    put32(8);
    put16(entries);
    const auto entry = [&](std::uint16_t tag, std::uint16_t type, std::uint32_t value) {
        put16(tag);
        put16(type);
        put32(1);
        if (type == 3) { // SHORT: value in the first two bytes
            put16(value);
            put16(0);
        } else {
            put32(value);
        }
    };
    entry(256, 4, width);
    entry(257, 4, height);
    entry(258, 3, 8);
    entry(259, 3, 1);
    entry(262, 3, 1);
    entry(273, 4, dataOffset);
    entry(277, 3, 1);
    entry(278, 4, height);
    entry(279, 4, claimedBytes);
    put32(0);
    out.insert(out.end(), pixels.begin(), pixels.end());
    return out;
}

inline void writeBytes(const std::filesystem::path& file, const std::vector<std::uint8_t>& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

inline std::vector<std::uint8_t> readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The ImageDescription of the first page, read with libtiff directly.
inline std::string firstDescription(const std::filesystem::path& file) {
    TIFF* tif = TIFFOpen(file.string().c_str(), "r");
    if (!tif)
        return {};
    const char* text = nullptr;
    std::string result;
    if (TIFFGetField(tif, TIFFTAG_IMAGEDESCRIPTION, &text) && text)
        result = text;
    TIFFClose(tif);
    return result;
}

/// Files (including hidden temporaries) left in a folder.
inline std::vector<std::string> folderEntries(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    return names;
}

} // namespace nuclei3d::test
