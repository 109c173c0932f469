#include "io/TiffWriter.h"

#include "io/AtomicFile.h"
#include "io/ImageJMetadata.h"
#include "io/TiffHandle.h"
#include "io/TiffLimits.h"
#include "pipeline/Error.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <type_traits>
#include <vector>

namespace nuclei3d {
namespace fs = std::filesystem;

namespace {

static_assert(sizeof(Rgb8) == 3, "RGB voxels are written straight from memory as three bytes");

// Strips of about this size keep memory use and seek granularity small for readers while leaving
// the per-strip overhead negligible.
constexpr std::size_t kTargetStripBytes = 256 * 1024;

struct SampleLayout {
    std::uint16_t bits;
    std::uint16_t format;
    std::uint16_t samples;
    std::uint16_t photometric;
};

template <typename T> SampleLayout sampleLayout() {
    if constexpr (std::is_same_v<T, Rgb8>)
        return {8, SAMPLEFORMAT_UINT, 3, PHOTOMETRIC_RGB};
    else if constexpr (std::is_same_v<T, float>)
        return {32, SAMPLEFORMAT_IEEEFP, 1, PHOTOMETRIC_MINISBLACK};
    else
        return {static_cast<std::uint16_t>(8 * sizeof(T)), SAMPLEFORMAT_UINT, 1, PHOTOMETRIC_MINISBLACK};
}

std::uint16_t compressionTag(TiffWriteOptions::Compression compression) {
    switch (compression) {
    case TiffWriteOptions::Compression::Deflate:
        return COMPRESSION_ADOBE_DEFLATE;
    case TiffWriteOptions::Compression::Lzw:
        return COMPRESSION_LZW;
    case TiffWriteOptions::Compression::None:
        break;
    }
    return COMPRESSION_NONE;
}

// Horizontal differencing shrinks smooth microscopy data a lot, but only 8- and 16-bit data get it:
// some readers (older ImageJ among them) cannot undo a predictor on 32-bit samples.
template <typename T> bool usesPredictor(std::uint16_t compression) {
    return compression != COMPRESSION_NONE && (sizeof(T) <= 2 || std::is_same_v<T, Rgb8>);
}

// The display range ImageJ shows; without it Fiji stretches 16-bit and float data from 0 to the
// type's maximum and the image looks black. 8-bit and RGB data need none.
template <typename T>
std::pair<std::optional<double>, std::optional<double>> displayRange(const Volume<T>& volume) {
    if constexpr (std::is_same_v<T, Rgb8> || std::is_same_v<T, std::uint8_t>) {
        return {};
    } else {
        bool any = false;
        T low{}, high{};
        for (const T value : volume.storage()) {
            if constexpr (std::is_floating_point_v<T>)
                if (!std::isfinite(value))
                    continue;
            if (!any) {
                low = high = value;
                any = true;
            } else {
                low = std::min(low, value);
                high = std::max(high, value);
            }
        }
        if (!any)
            return {};
        return {static_cast<double>(low), static_cast<double>(high)};
    }
}

template <typename T>
bool setPageTags(TIFF* tif, const Volume<T>& volume, std::uint16_t compression, std::uint32_t rowsPerStrip,
                 const std::string* description) {
    const SampleLayout layout = sampleLayout<T>();
    const Spacing& spacing = volume.spacing();
    bool ok = TIFFSetField(tif, TIFFTAG_SUBFILETYPE, std::uint32_t{0}) &&
              TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, static_cast<std::uint32_t>(volume.sizeX())) &&
              TIFFSetField(tif, TIFFTAG_IMAGELENGTH, static_cast<std::uint32_t>(volume.sizeY())) &&
              TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, layout.bits) &&
              TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, layout.samples) &&
              TIFFSetField(tif, TIFFTAG_SAMPLEFORMAT, layout.format) &&
              TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, layout.photometric) &&
              TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG) &&
              TIFFSetField(tif, TIFFTAG_COMPRESSION, compression) &&
              TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, rowsPerStrip);
    if (ok && usesPredictor<T>(compression))
        ok = TIFFSetField(tif, TIFFTAG_PREDICTOR, PREDICTOR_HORIZONTAL);
    if (ok && spacing.known)
        ok = TIFFSetField(tif, TIFFTAG_XRESOLUTION, 1.0 / spacing.x) &&
             TIFFSetField(tif, TIFFTAG_YRESOLUTION, 1.0 / spacing.y) &&
             TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, RESUNIT_NONE);
    // ImageJ and tifffile look for their description in the first page only.
    if (ok && description)
        ok = TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, description->c_str());
    return ok;
}

template <typename T> void checkWritable(const fs::path& file, const Volume<T>& volume) {
    const Shape& shape = volume.shape();
    if (shape.empty())
        throw FileError(file, "cannot be written: the volume is empty");
    if (shape.x > tiff::kMaxImageSide || shape.y > tiff::kMaxImageSide || shape.z > tiff::kMaxPages)
        throw FileError(file, "cannot be written: " + std::to_string(shape.x) + " x " +
                                  std::to_string(shape.y) + " x " + std::to_string(shape.z) +
                                  " voxels exceed the TIFF stack limits (" +
                                  std::to_string(tiff::kMaxImageSide) + " per side, " +
                                  std::to_string(tiff::kMaxPages) + " pages)");
    const Spacing& spacing = volume.spacing();
    if (spacing.known && !(spacing.x > 0.0 && spacing.y > 0.0 && spacing.z > 0.0 &&
                           std::isfinite(spacing.x) && std::isfinite(spacing.y) && std::isfinite(spacing.z)))
        throw FileError(file, "cannot be written: the voxel size must be positive");
}

template <typename T>
void writeTyped(const fs::path& file, const Volume<T>& volume, const TiffWriteOptions& options,
                const Progress& progress) {
    checkWritable(file, volume);
    progress.checkCancelled();

    const std::size_t rowBytes = volume.sizeX() * sizeof(T);
    const std::size_t height = volume.sizeY();
    const auto rowsPerStrip =
        static_cast<std::uint32_t>(std::clamp<std::size_t>(kTargetStripBytes / rowBytes, 1, height));
    const std::uint16_t compression = compressionTag(options.compression);
    const bool bigTiff =
        options.forceBigTiff || volume.voxelCount() * sizeof(T) > tiff::kBigTiffThresholdBytes;
    const auto [low, high] = displayRange(volume);
    const std::string description = formatImageJDescription(volume.sizeZ(), volume.spacing(), low, high);
    const std::string step = "Writing " + file.filename().string();
    const std::string incomplete = "could not be written completely (disk full?)";

    AtomicFile target(file);
    TiffHandle tiff(target.temporaryPath(),
                    bigTiff ? TiffHandle::Mode::WriteBigTiff : TiffHandle::Mode::Write, file);
    TIFF* tif = tiff.get();
    // libtiff's encoders (the predictor in particular) work in place on the buffer they are given,
    // so compressed strips go through a copy; uncompressed ones are written straight from the volume.
    std::vector<std::uint8_t> scratch(compression == COMPRESSION_NONE ? 0 : rowsPerStrip * rowBytes);

    for (std::size_t z = 0; z < volume.sizeZ(); ++z) {
        if (!setPageTags(tif, volume, compression, rowsPerStrip, z == 0 ? &description : nullptr))
            tiff.fail("could not be written (libtiff refused the page layout)");
        const auto* slice = reinterpret_cast<const std::uint8_t*>(volume.slice(z));
        for (std::size_t row = 0, strip = 0; row < height; row += rowsPerStrip, ++strip) {
            const std::size_t bytes = std::min<std::size_t>(rowsPerStrip, height - row) * rowBytes;
            const std::uint8_t* source = slice + row * rowBytes;
            if (!scratch.empty())
                source = static_cast<const std::uint8_t*>(std::memcpy(scratch.data(), source, bytes));
            if (TIFFWriteEncodedStrip(tif, static_cast<std::uint32_t>(strip),
                                      const_cast<std::uint8_t*>(source),
                                      static_cast<tmsize_t>(bytes)) != static_cast<tmsize_t>(bytes))
                tiff.fail(incomplete);
        }
        if (!TIFFWriteDirectory(tif))
            tiff.fail(incomplete);
        progress.report(static_cast<double>(z + 1) / static_cast<double>(volume.sizeZ()), step);
    }
    tiff.close();
    target.commit();
}

} // namespace

void writeVolume(const fs::path& file, const AnyVolume& volume, const TiffWriteOptions& options,
                 const Progress& progress) {
    std::visit([&](const auto& typed) { writeTyped(file, typed, options, progress); }, volume);
}

} // namespace nuclei3d
