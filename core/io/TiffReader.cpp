#include "io/TiffReader.h"

#include "io/TiffHandle.h"
#include "io/TiffPage.h"
#include "io/TiffStack.h"
#include "pipeline/Error.h"

#include <cstring>
#include <memory>
#include <new>

namespace nuclei3d {
namespace fs = std::filesystem;

namespace {

static_assert(sizeof(Rgb8) == 3, "RGB voxels are decoded straight into memory as three bytes");

std::string sizeText(const TiffStack& stack) {
    const Shape shape = stack.shape();
    return std::to_string(shape.x) + " x " + std::to_string(shape.y) + " x " + std::to_string(shape.z) + " " +
           voxelTypeName(stack.firstPage().type) + " voxels";
}

template <typename T>
Volume<T> readVoxels(const TiffHandle& tiff, const TiffStack& stack, const Progress& progress) {
    const std::size_t pages = stack.pages.size();
    const std::size_t pageBytes = static_cast<std::size_t>(stack.firstPage().byteCount());
    const std::string step = "Reading " + tiff.reportedPath().filename().string();

    // The first page is decoded before the volume is allocated: a damaged or lying file nearly always
    // fails there, having cost one page of memory instead of the whole claimed volume. The buffer is
    // left uninitialised so that only the part actually decoded ever occupies memory.
    std::unique_ptr<std::uint8_t[]> firstPage(new std::uint8_t[pageBytes]);
    selectDirectory(tiff, stack.firstPage().directory);
    decodePage(tiff, stack.firstPage(), firstPage.get());
    progress.report(1.0 / static_cast<double>(pages), step);

    Volume<T> volume(stack.shape(), T{}, stack.spacing);
    std::memcpy(volume.data(), firstPage.get(), pageBytes);
    firstPage.reset();
    for (std::size_t z = 1; z < pages; ++z) {
        selectDirectory(tiff, stack.pages[z].directory);
        decodePage(tiff, stack.pages[z], reinterpret_cast<std::uint8_t*>(volume.slice(z)));
        progress.report(static_cast<double>(z + 1) / static_cast<double>(pages), step);
    }
    return volume;
}

AnyVolume readAnyVoxels(const TiffHandle& tiff, const TiffStack& stack, const Progress& progress) {
    switch (stack.firstPage().type) {
    case VoxelType::UInt8:
        return readVoxels<std::uint8_t>(tiff, stack, progress);
    case VoxelType::UInt16:
        return readVoxels<std::uint16_t>(tiff, stack, progress);
    case VoxelType::UInt32:
        return readVoxels<std::uint32_t>(tiff, stack, progress);
    case VoxelType::Float32:
        return readVoxels<float>(tiff, stack, progress);
    case VoxelType::Rgb8:
        return readVoxels<Rgb8>(tiff, stack, progress);
    }
    throw FileError(tiff.reportedPath(), "has an unknown voxel type");
}

} // namespace

VolumeFileInfo readVolumeInfo(const fs::path& file) {
    const std::uint64_t fileSize = checkTiffFile(file);
    const TiffHandle tiff(file, TiffHandle::Mode::Read, file);
    const TiffStack stack = scanTiffStack(tiff, fileSize, false);
    VolumeFileInfo info;
    info.shape = stack.shape();
    info.type = stack.firstPage().type;
    info.spacing = stack.spacing;
    info.compression = compressionName(stack.firstPage().compression);
    info.bigTiff = stack.bigTiff;
    info.tiled = stack.firstPage().tiled;
    return info;
}

AnyVolume readVolume(const fs::path& file, const Progress& progress) {
    progress.checkCancelled();
    const std::uint64_t fileSize = checkTiffFile(file);
    const TiffHandle tiff(file, TiffHandle::Mode::Read, file);
    const TiffStack stack = scanTiffStack(tiff, fileSize, true);
    try {
        return readAnyVoxels(tiff, stack, progress);
    } catch (const std::bad_alloc&) {
        throw FileError(file, "does not fit in memory (" + sizeText(stack) + ")");
    } catch (const std::length_error&) {
        throw FileError(file, "does not fit in memory (" + sizeText(stack) + ")");
    }
}

} // namespace nuclei3d
