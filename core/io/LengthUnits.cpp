#include "io/LengthUnits.h"

#include <cctype>
#include <utility>

namespace nuclei3d {

namespace {

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// Writers spell the micro sign many ways; all become 'u' so that one table covers them.
std::string normalised(const std::string& unit) {
    std::string text;
    for (const char c : unit)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    replaceAll(text, "\\u00b5", "u"); // ImageJ's escaped form
    replaceAll(text, "\\u03bc", "u");
    replaceAll(text, "&#181;", "u");
    replaceAll(text, "&#xb5;", "u");
    replaceAll(text, "\xc2\xb5", "u");     // UTF-8 micro sign
    replaceAll(text, "\xce\xbc", "u");     // UTF-8 Greek mu
    replaceAll(text, "\xb5", "u");         // Latin-1 micro sign (after the UTF-8 forms that contain it)
    replaceAll(text, "\xc3\x85", "a");     // UTF-8 Å
    replaceAll(text, "\xe2\x84\xab", "a"); // UTF-8 Angstrom sign
    return text;
}

} // namespace

std::optional<double> micrometresPerUnit(const std::string& unit) {
    static const std::pair<const char*, double> table[] = {
        {"um", 1.0},         {"micron", 1.0},      {"microns", 1.0},     {"micrometer", 1.0},
        {"micrometre", 1.0}, {"micrometers", 1.0}, {"micrometres", 1.0}, {"nm", 1e-3},
        {"nanometer", 1e-3}, {"nanometre", 1e-3},  {"pm", 1e-6},         {"a", 1e-4},
        {"angstrom", 1e-4},  {"mm", 1e3},          {"millimeter", 1e3},  {"millimetre", 1e3},
        {"cm", 1e4},         {"centimeter", 1e4},  {"m", 1e6},           {"meter", 1e6},
        {"metre", 1e6},      {"inch", 25400.0},    {"in", 25400.0},
    };
    const std::string key = normalised(unit);
    for (const auto& [name, factor] : table)
        if (key == name)
            return factor;
    return std::nullopt;
}

} // namespace nuclei3d
