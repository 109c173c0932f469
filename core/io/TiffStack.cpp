#include "io/TiffStack.h"

#include "io/ImageJMetadata.h"
#include "io/OmeMetadata.h"
#include "io/TiffCalibration.h"
#include "io/TiffLimits.h"
#include "pipeline/Error.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

namespace nuclei3d {
namespace fs = std::filesystem;

namespace {

std::string imageDescription(TIFF* tif) {
    const char* text = nullptr;
    if (TIFFGetField(tif, TIFFTAG_IMAGEDESCRIPTION, &text) && text)
        return text;
    return {};
}

TiffResolution readResolution(TIFF* tif) {
    TiffResolution resolution;
    float value = 0.0f; // libtiff hands rational tags out as float
    if (TIFFGetField(tif, TIFFTAG_XRESOLUTION, &value) && std::isfinite(value) && value > 0.0f)
        resolution.x = value;
    if (TIFFGetField(tif, TIFFTAG_YRESOLUTION, &value) && std::isfinite(value) && value > 0.0f)
        resolution.y = value;
    std::uint16_t unit = 0;
    if (TIFFGetField(tif, TIFFTAG_RESOLUTIONUNIT, &unit))
        resolution.unit = unit;
    return resolution;
}

std::string channelsAndFrames(std::size_t channels, std::size_t frames) {
    std::string text;
    if (channels > 1)
        text = std::to_string(channels) + " channels";
    if (frames > 1)
        text += (text.empty() ? "" : " and ") + std::to_string(frames) + " time points";
    return text;
}

const char* const kOneChannelAdvice =
    "Nuclei3D reads one channel at one time point: in Fiji, split the channels (Image > Color > Split "
    "Channels) or pick one time point (Image > Duplicate) and save the nuclear stain as its own stack";

// Hyperstacks would otherwise be read as one long z stack with channels and times interleaved.
void checkSingleStack(const TiffHandle& tiff, const ImageJDescription& imagej, const OmePixels& ome,
                      const TiffStack& stack) {
    const auto& file = tiff.reportedPath();
    if (imagej.present && (imagej.channels > 1 || imagej.frames > 1)) {
        // tifffile saves a plain 3D array as channels unless told its axes: a common slip.
        const bool maybeSlices = imagej.frames <= 1 && imagej.slices <= 1;
        throw FileError(
            file, "is an ImageJ hyperstack with " + channelsAndFrames(imagej.channels, imagej.frames) + "; " +
                      kOneChannelAdvice +
                      (maybeSlices ? " (if these channels are really z slices, save the stack again with "
                                     "its axes given as ZYX, e.g. tifffile's metadata={'axes': 'ZYX'})"
                                   : ""));
    }
    const bool rgbChannels = stack.firstPage().type == VoxelType::Rgb8 && ome.sizeC == 3;
    if (ome.present && ((ome.sizeC > 1 && !rgbChannels) || ome.sizeT > 1))
        throw FileError(file, "is an OME-TIFF with " +
                                  channelsAndFrames(rgbChannels ? 1 : ome.sizeC, ome.sizeT) + "; " +
                                  kOneChannelAdvice);
    if (ome.present && ome.imageCount > 1 && stack.pages.size() != ome.sizeZ)
        throw FileError(file, "holds " + std::to_string(ome.imageCount) +
                                  " OME images (series); Nuclei3D reads files that hold a single 3D image");
    if (imagej.present && imagej.images > stack.pages.size())
        throw FileError(
            file, "announces " + std::to_string(imagej.images) +
                      " images in its ImageJ metadata but holds only " + std::to_string(stack.pages.size()) +
                      (stack.pages.size() == 1
                           ? " page (ImageJ saves stacks over 4 GB this way, which Nuclei3D cannot read: "
                             "save it as OME-TIFF or BigTIFF instead)"
                           : " pages (a truncated file?)"));
}

} // namespace

std::uint64_t checkTiffFile(const fs::path& file) {
    std::error_code ec;
    const fs::file_status status = fs::status(file, ec);
    if (status.type() == fs::file_type::not_found)
        throw FileError(file, "does not exist");
    if (ec)
        throw FileError(file, "could not be accessed (" + ec.message() + ")");
    if (fs::is_directory(status))
        throw FileError(file, "is a folder, not a TIFF file");
    if (!fs::is_regular_file(status))
        throw FileError(file, "is not a regular file");
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec)
        throw FileError(file, "could not be read (" + ec.message() + ")");
    if (size == 0)
        throw FileError(file, "is empty (0 bytes)");

    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw FileError(file, std::string("could not be opened for reading (") + std::strerror(errno) + ")");
    unsigned char magic[4] = {};
    in.read(reinterpret_cast<char*>(magic), sizeof magic);
    const bool little =
        magic[0] == 'I' && magic[1] == 'I' && (magic[2] == 42 || magic[2] == 43) && magic[3] == 0;
    const bool big =
        magic[0] == 'M' && magic[1] == 'M' && magic[2] == 0 && (magic[3] == 42 || magic[3] == 43);
    if (!little && !big)
        throw FileError(file, "is not a TIFF file (it does not start with a TIFF header)");
    const bool bigTiff = (little ? magic[2] : magic[3]) == 43;
    if (size < (bigTiff ? 16u : 8u))
        throw FileError(file, "is truncated: " + std::to_string(size) +
                                  " bytes are too few even for a TIFF header");
    return size;
}

TiffStack scanTiffStack(const TiffHandle& tiff, std::uint64_t fileSize, bool checkData) {
    TIFF* tif = tiff.get();
    const auto& file = tiff.reportedPath();
    TiffStack stack;
    stack.fileSize = fileSize;
    stack.bigTiff = TIFFIsBigTIFF(tif) != 0;
    // ImageJ and OME-XML put their metadata in the first directory's description.
    const std::string description = imageDescription(tif);
    TiffResolution resolution;

    for (std::uint32_t directory = 0;; ++directory) {
        if (isMainPage(tif)) {
            if (stack.pages.size() == tiff::kMaxPages)
                throw FileError(file, "has more than " + std::to_string(tiff::kMaxPages) +
                                          " pages, more than Nuclei3D reads as one stack");
            const TiffPage page = describePage(tiff, stack.pages.size() + 1, directory);
            if (stack.pages.empty())
                resolution = readResolution(tif);
            else
                checkSamePageFormat(tiff, stack.firstPage(), page);
            if (checkData)
                checkStoredData(tiff, page, fileSize);
            stack.pages.push_back(page);
        }
        if (directory >= 4 * tiff::kMaxPages)
            throw FileError(file, "has too many directories (thumbnails, masks) to be a microscopy stack");
        const int errorsBefore = tiff.errorCount();
        tiff.clearErrors();
        if (!TIFFReadDirectory(tif)) {
            // At the end of the chain libtiff returns 0 quietly; with an error it is damaged there.
            if (tiff.errorCount() != errorsBefore)
                tiff.fail("is damaged or truncated after page " + std::to_string(stack.pages.size()) +
                          ": the next page cannot be read");
            break;
        }
    }
    if (stack.pages.empty())
        throw FileError(file, "holds only thumbnails or masks, no full-size image");

    const ImageJDescription imagej = parseImageJDescription(description);
    const OmePixels ome = parseOmePixels(description);
    checkSingleStack(tiff, imagej, ome, stack);
    stack.spacing = spacingFromMetadata(ome, imagej, resolution);
    return stack;
}

void selectDirectory(const TiffHandle& tiff, std::uint32_t directory) {
    TIFF* tif = tiff.get();
    tiff.clearErrors();
    // TIFFSetDirectory may walk the chain from the start; reading forward visits each page once.
    if (TIFFCurrentDirectory(tif) > directory && !TIFFSetDirectory(tif, directory))
        tiff.fail("page data cannot be found again (a damaged file)");
    while (TIFFCurrentDirectory(tif) < directory)
        if (!TIFFReadDirectory(tif))
            tiff.fail("page data cannot be found again (a damaged file)");
}

} // namespace nuclei3d
