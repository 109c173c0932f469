#pragma once
// Reading the inputs of the analysis commands (classic, postprocess, evaluate) with errors that name
// the file, and the --voxel-size option that supplies a voxel size the file does not carry (or
// corrects a wrong one).
#include "pipeline/Progress.h"
#include "volume/AnyVolume.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace nuclei3d::cli {

/// --voxel-size X Y Z (micrometres), overriding the voxel size stored in the input file.
class VoxelSizeOption {
  public:
    explicit VoxelSizeOption(CLI::App& command);
    bool given() const { return !m_values.empty(); }
    /// The voxel size to use for `file`, whose own is `fromFile`. Prints a note on stderr when
    /// neither is known: sizes in micrometres then count in voxels.
    Spacing resolve(const Spacing& fromFile, const std::string& file) const;

  private:
    std::vector<double> m_values;
};

/// "X x Y x Z" for messages.
std::string shapeText(const Shape& shape);

/// Throws FileError naming `file` when its size (from the header) differs from `reference`'s.
void requireSameShape(const std::string& file, const std::string& reference, const Shape& referenceShape);

/// Any scalar voxel type as float, with the given spacing. RGB is refused (FileError).
Volume<float> readIntensityVolume(const std::string& file, const Spacing& spacing,
                                  const Progress& progress = {});
/// A probability or shape map on the 0..1 scale (see postprocess/MapScaling.h), with the spacing.
Volume<float> readMapVolume(const std::string& file, const Spacing& spacing, const Progress& progress = {});
/// Throws FileError when every voxel holds the same value: there is nothing to find in it.
void requireNotConstant(const Volume<float>& volume, const std::string& file);

} // namespace nuclei3d::cli
