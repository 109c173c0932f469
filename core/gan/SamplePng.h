#pragma once
// Writing 2D slices as 8-bit grey PNG images (the GAN's training samples), side by side.
#include <filesystem>
#include <vector>

namespace nuclei3d {

/// A width x height slice of values in [0, 1] (clamped), row-major.
struct GreySlice {
    int width = 0;
    int height = 0;
    std::vector<float> values;
};

/// The slices next to each other (2 pixel white gaps), written atomically; FileError on failure.
void writeSlicesPng(const std::filesystem::path& file, const std::vector<GreySlice>& slices);

} // namespace nuclei3d
