#include "io/ImageJMetadata.h"

#include "io/NumberText.h"

#include <cmath>
#include <string_view>

namespace nuclei3d {

namespace {

std::size_t parseCount(std::string_view value, std::size_t fallback) {
    const auto number = parseNumber(value);
    if (!number || !(*number >= 0.0) || *number > 1e12 || std::floor(*number) != *number)
        return fallback;
    return static_cast<std::size_t>(*number);
}

} // namespace

ImageJDescription parseImageJDescription(const std::string& text) {
    ImageJDescription result;
    if (text.rfind("ImageJ=", 0) != 0)
        return result;
    result.present = true;
    std::string_view rest(text);
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const std::size_t equals = line.find('=');
        if (equals == std::string_view::npos)
            continue;
        const std::string_view key = line.substr(0, equals);
        const std::string_view value = line.substr(equals + 1);
        if (key == "images")
            result.images = parseCount(value, 0);
        else if (key == "channels")
            result.channels = parseCount(value, 1);
        else if (key == "slices")
            result.slices = parseCount(value, 0);
        else if (key == "frames")
            result.frames = parseCount(value, 1);
        else if (key == "spacing")
            result.spacing = parseNumber(value);
        else if (key == "unit")
            result.unit = std::string(value);
        else if (key == "yunit")
            result.yunit = std::string(value);
        else if (key == "zunit")
            result.zunit = std::string(value);
    }
    return result;
}

std::string formatImageJDescription(std::size_t slices, const Spacing& spacing,
                                    std::optional<double> displayMin, std::optional<double> displayMax) {
    // The version is the one tifffile writes; ImageJ only checks that the key is there.
    std::string text = "ImageJ=1.11a\n";
    text += "images=" + std::to_string(slices) + "\n";
    text += "slices=" + std::to_string(slices) + "\n";
    if (spacing.known) {
        text += "unit=micron\n";
        text += "spacing=" + formatNumber(spacing.z) + "\n";
    }
    text += "loop=false\n";
    if (displayMin && displayMax) {
        text += "min=" + formatNumber(*displayMin) + "\n";
        text += "max=" + formatNumber(*displayMax) + "\n";
    }
    return text;
}

} // namespace nuclei3d
