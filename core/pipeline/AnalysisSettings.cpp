#include "pipeline/AnalysisSettings.h"

#include "pipeline/Error.h"
#include "postprocess/ShapeClasses.h"

#include <cmath>
#include <locale>
#include <sstream>

namespace nuclei3d {
namespace {

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

std::vector<std::string> splitOnCommas(const std::string& text) {
    std::vector<std::string> parts;
    if (trimmed(text).empty())
        return parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = text.find(',', start);
        parts.push_back(
            trimmed(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
        if (comma == std::string::npos)
            return parts;
        start = comma + 1;
    }
}

Connectivity connectivityFrom(const std::string& text) {
    return text == "6" ? Connectivity::Six : Connectivity::TwentySix;
}

std::uint64_t voxels(std::int64_t value) {
    return value < 0 ? 0 : static_cast<std::uint64_t>(value);
}

} // namespace

std::vector<double> parseNumberList(const std::string& text, const std::string& parameter) {
    std::vector<double> numbers;
    for (const std::string& part : splitOnCommas(text)) {
        std::istringstream in(part);
        in.imbue(std::locale::classic()); // '.' is the decimal point whatever the user's locale
        double value = 0.0;
        in >> value;
        if (part.empty() || in.fail() || !in.eof() || !std::isfinite(value))
            throw Error(parameter + ": \"" + part +
                        "\" is not a number (expected comma-separated numbers, e.g. 0.5,0.8)");
        numbers.push_back(value);
    }
    return numbers;
}

std::vector<std::string> parseNameList(const std::string& text) {
    return splitOnCommas(text);
}

PostprocessSettings postprocessSettingsFrom(const ParameterSet& p) {
    PostprocessSettings s;
    s.threshold = p.real("postprocess.threshold");
    s.thresholdFrom = p.text("postprocess.threshold_from") == "image" ? ThresholdSource::Image : ThresholdSource::Fixed;
    s.growThreshold = p.real("postprocess.grow_threshold");
    s.axialElongation = p.real("postprocess.axial_elongation");
    s.hMicrometres = p.real("postprocess.h");
    s.probabilityPower = p.real("postprocess.probability_power");
    s.probabilitySigma = p.real("postprocess.probability_sigma");
    s.probabilityReferenceRadius = p.real("postprocess.probability_reference_radius");
    s.connectivity = connectivityFrom(p.text("postprocess.connectivity"));
    s.minSize = voxels(p.integer("postprocess.min_size"));
    s.contourDistance = p.real("postprocess.contour_distance");
    s.shapeSigma = p.real("postprocess.shape_sigma");
    s.shapeThresholds =
        parseNumberList(p.text("postprocess.shape_thresholds"), "postprocess.shape_thresholds");
    s.shapeClasses = parseNameList(p.text("postprocess.shape_classes"));
    try {
        validateShapeClasses(s.shapeThresholds, s.shapeClasses);
    } catch (const Error& e) {
        throw Error(std::string("postprocess.shape_thresholds / postprocess.shape_classes: ") + e.what());
    }
    return s;
}

ClassicSettings classicSettingsFrom(const ParameterSet& p) {
    ClassicSettings s;
    s.smoothingSigma = p.real("classic.smoothing_sigma");
    s.thresholdMethod = p.text("classic.threshold_method") == "manual" ? ClassicThresholdMethod::Manual
                                                                       : ClassicThresholdMethod::Otsu;
    s.threshold = p.real("classic.threshold");
    s.thresholdFactor = p.real("classic.threshold_factor");
    s.hMicrometres = p.real("classic.h");
    s.sizes = p.text("classic.sizes") == "auto" ? ClassicSizes::Auto : ClassicSizes::Manual;
    s.nucleusRadius = p.real("classic.nucleus_radius");
    s.sigmaPerRadius = p.real("classic.sigma_per_radius");
    s.hPerRadius = p.real("classic.h_per_radius");
    s.connectivity = connectivityFrom(p.text("classic.connectivity"));
    s.minSize = voxels(p.integer("classic.min_size"));
    return s;
}

EvaluationOptions evaluationOptionsFrom(const ParameterSet& p) {
    EvaluationOptions o;
    o.minSize = voxels(p.integer("evaluate.min_size"));
    return o;
}

} // namespace nuclei3d
