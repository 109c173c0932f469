#include "gan/SamplePng.h"

#include "io/AtomicFile.h"
#include "pipeline/Error.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nuclei3d {

void writeSlicesPng(const std::filesystem::path& file, const std::vector<GreySlice>& slices) {
    constexpr int gap = 2;
    int width = 0, height = 0;
    for (const GreySlice& s : slices) {
        if (s.values.size() != static_cast<std::size_t>(s.width) * static_cast<std::size_t>(s.height))
            throw Error("PNG sample: a slice's size does not match its values");
        width += s.width + (width ? gap : 0);
        height = std::max(height, s.height);
    }
    if (width == 0 || height == 0)
        throw Error("PNG sample: nothing to write");
    cv::Mat image(height, width, CV_8UC1, cv::Scalar(255));
    int x0 = 0;
    for (const GreySlice& s : slices) {
        for (int y = 0; y < s.height; ++y)
            for (int x = 0; x < s.width; ++x) {
                const float v = std::clamp(s.values[static_cast<std::size_t>(y * s.width + x)], 0.0f, 1.0f);
                image.at<std::uint8_t>(y, x0 + x) = static_cast<std::uint8_t>(std::lround(v * 255.0f));
            }
        x0 += s.width + gap;
    }
    AtomicFile out(file);
    // The temporary name has no .png ending, so the format is chosen explicitly by encoding here.
    std::vector<std::uint8_t> bytes;
    if (!cv::imencode(".png", image, bytes))
        throw FileError(file, "cannot encode the PNG image");
    {
        std::FILE* f = std::fopen(out.temporaryPath().c_str(), "wb");
        if (!f)
            throw FileError(file, "cannot write the PNG image");
        const std::size_t written = std::fwrite(bytes.data(), 1, bytes.size(), f);
        if (std::fclose(f) != 0 || written != bytes.size())
            throw FileError(file, "cannot write the PNG image");
    }
    out.commit();
}

} // namespace nuclei3d
