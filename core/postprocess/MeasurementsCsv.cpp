#include "postprocess/MeasurementsCsv.h"

#include "io/AtomicFile.h"

#include <charconv>

namespace nuclei3d {
namespace {

// Ten significant digits: sub-nanometre for positions and sizes in micrometres, and short
// enough to read. std::to_chars never looks at the locale.
std::string number(double value) {
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 10);
    return std::string(buffer, r.ptr);
}

// Input intensities are floats: their shortest exact form ("0.1", not "0.1000000015").
std::string number(float value) {
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, r.ptr);
}

std::string quoted(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

const std::vector<std::string>& measurementsCsvColumns() {
    static const std::vector<std::string> columns{"id",
                                                  "centroid_z_vox",
                                                  "centroid_y_vox",
                                                  "centroid_x_vox",
                                                  "centroid_z_um",
                                                  "centroid_y_um",
                                                  "centroid_x_um",
                                                  "volume_vox",
                                                  "volume_um3",
                                                  "equivalent_diameter_um",
                                                  "semi_axis_major_um",
                                                  "semi_axis_middle_um",
                                                  "semi_axis_minor_um",
                                                  "roundness",
                                                  "intensity_mean",
                                                  "intensity_min",
                                                  "intensity_max",
                                                  "class",
                                                  "touches_border"};
    return columns;
}

std::string measurementsCsv(const std::vector<NucleusMeasurement>& nuclei) {
    std::string text;
    for (const std::string& column : measurementsCsvColumns())
        text += (text.empty() ? "" : ",") + column;
    text += "\n";
    for (const NucleusMeasurement& n : nuclei) {
        std::string row = std::to_string(n.id);
        const auto add = [&row](const std::string& field) { row += "," + field; };
        for (double v : n.centroidVoxels)
            add(number(v));
        for (double v : n.centroidMicrometres)
            add(number(v));
        add(std::to_string(n.volumeVoxels));
        add(number(n.volumeCubicMicrometres));
        add(number(n.equivalentDiameterMicrometres));
        for (double v : n.semiAxesMicrometres)
            add(number(v));
        add(number(n.roundness));
        add(n.hasIntensity ? number(n.meanIntensity) : "");
        add(n.hasIntensity ? number(n.minIntensity) : "");
        add(n.hasIntensity ? number(n.maxIntensity) : "");
        add(quoted(n.className));
        add(n.touchesBorder ? "1" : "0");
        text += row + "\n";
    }
    return text;
}

void writeMeasurementsCsv(const std::filesystem::path& file, const std::vector<NucleusMeasurement>& nuclei) {
    writeTextFileAtomically(file, measurementsCsv(nuclei));
}

} // namespace nuclei3d
