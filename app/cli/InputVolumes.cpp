#include "InputVolumes.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "postprocess/MapScaling.h"

#include <cmath>
#include <cstdio>
#include <locale>
#include <sstream>

namespace nuclei3d::cli {

VoxelSizeOption::VoxelSizeOption(CLI::App& command) {
    command
        .add_option(
            "--voxel-size", m_values,
            "Voxel size in micrometres (x y z), replacing the one stored in the file (e.g. 0.8 0.8 1.75)")
        ->expected(3)
        ->type_name("X Y Z")
        ->check(CLI::Validator(
            [](std::string& text) {
                std::istringstream in(text);
                in.imbue(std::locale::classic());
                double value = 0.0;
                in >> value;
                const bool ok = !in.fail() && in.eof() && std::isfinite(value) && value > 0.0;
                return ok ? std::string() : "\"" + text + "\" is not a positive size in micrometres";
            },
            "POSITIVE"));
}

Spacing VoxelSizeOption::resolve(const Spacing& fromFile, const std::string& file) const {
    if (given())
        return Spacing::micrometres(m_values[0], m_values[1], m_values[2]);
    if (!fromFile.known)
        std::fprintf(
            stderr,
            "note: %s stores no voxel size; sizes in micrometres count as voxels (give --voxel-size X Y Z)\n",
            file.c_str());
    return fromFile;
}

std::string shapeText(const Shape& shape) {
    std::ostringstream out;
    out << shape.x << " x " << shape.y << " x " << shape.z;
    return out.str();
}

void requireSameShape(const std::string& file, const std::string& reference, const Shape& referenceShape) {
    const Shape shape = readVolumeInfo(file).shape;
    if (shape != referenceShape)
        throw FileError(file, "its size " + shapeText(shape) + " (x y z) differs from " + reference + "'s " +
                                  shapeText(referenceShape));
}

Volume<float> readIntensityVolume(const std::string& file, const Spacing& spacing, const Progress& progress) {
    AnyVolume volume = readVolume(file, progress);
    if (voxelType(volume) == VoxelType::Rgb8)
        throw FileError(file, "is an RGB colour image; a single-channel (grey) volume is needed");
    // A float file is taken as it is; only other types are converted (one volume in memory, not two).
    Volume<float> image = std::holds_alternative<Volume<float>>(volume)
                              ? std::move(std::get<Volume<float>>(volume))
                              : toFloat(volume);
    image.setSpacing(spacing);
    return image;
}

Volume<float> readMapVolume(const std::string& file, const Spacing& spacing, const Progress& progress) {
    Volume<float> map = mapOnUnitScale(readVolume(file, progress), file);
    map.setSpacing(spacing);
    return map;
}

void requireNotConstant(const Volume<float>& volume, const std::string& file) {
    const float first = volume.empty() ? 0.0f : volume[0];
    for (std::size_t i = 1; i < volume.voxelCount(); ++i)
        if (volume[i] != first && !(std::isnan(volume[i]) && std::isnan(first)))
            return;
    std::ostringstream value;
    value << first;
    throw FileError(file,
                    "every voxel holds the same value (" + value.str() + "): there is nothing to segment");
}

} // namespace nuclei3d::cli
