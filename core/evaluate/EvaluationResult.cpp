#include "evaluate/EvaluationResult.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>

namespace nuclei3d {
namespace {

// Fixed-point text with '.' whatever the C locale (a Qt application sets it from the environment).
std::string fixed(double value, int decimals) {
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return std::string(buffer, r.ptr);
}

void addScore(nlohmann::ordered_json& json, const ObjectScore& s) {
    json["precision"] = s.precision;
    json["recall"] = s.recall;
    json["f1"] = s.f1;
    json["tp"] = s.tp;
    json["fp"] = s.fp;
    json["fn"] = s.fn;
}

std::string padLeft(const std::string& text, std::size_t width) {
    return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

std::string padRight(const std::string& text, std::size_t width) {
    return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

std::string tableRow(const std::string& name, const ObjectScore& s, const std::string& ap) {
    return padRight(name, 12) + padLeft(std::to_string(s.tp), 8) + padLeft(std::to_string(s.fp), 8) +
           padLeft(std::to_string(s.fn), 8) + padLeft(fixed(s.precision, 4), 11) +
           padLeft(fixed(s.recall, 4), 9) + padLeft(fixed(s.f1, 4), 9) + padLeft(ap, 9) + "\n";
}

} // namespace

ObjectScore ObjectScore::fromMatches(std::size_t matches, std::size_t predObjects, std::size_t gtObjects) {
    ObjectScore s;
    s.tp = matches;
    s.fp = predObjects - matches;
    s.fn = gtObjects - matches;
    // Same operations in the same order as evaluate.py, so the doubles agree to the last bit.
    s.precision = s.tp + s.fp ? static_cast<double>(s.tp) / static_cast<double>(s.tp + s.fp) : 0.0;
    s.recall = s.tp + s.fn ? static_cast<double>(s.tp) / static_cast<double>(s.tp + s.fn) : 0.0;
    s.f1 = s.precision + s.recall > 0.0 ? 2.0 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
    return s;
}

const IouScore* EvaluationResult::atIouPercent(int percent) const {
    for (const IouScore& s : iou)
        if (std::lround(s.threshold * 100.0) == percent)
            return &s;
    return nullptr;
}

std::string EvaluationResult::toJson() const {
    nlohmann::ordered_json json;
    json["min_size"] = minSize;
    json["pred_objects"] = predObjects;
    json["gt_objects"] = gtObjects;
    json["pred_removed_small"] = predRemovedSmall;
    json["gt_removed_small"] = gtRemovedSmall;
    addScore(json["paper"], paper);
    for (const IouScore& s : iou) {
        nlohmann::ordered_json& entry = json["iou_" + fixed(s.threshold, 2)];
        entry["threshold"] = s.threshold;
        addScore(entry, s.score);
        entry["ap"] = s.averagePrecision;
    }
    json["merges"] = merges;
    json["splits"] = splits;
    return json.dump(2) + "\n";
}

std::string EvaluationResult::toTable() const {
    std::string text = "objects of >= " + std::to_string(minSize) +
                       " voxels: " + std::to_string(predObjects) + " predicted (" +
                       std::to_string(predRemovedSmall) + " smaller removed), " + std::to_string(gtObjects) +
                       " ground truth (" + std::to_string(gtRemovedSmall) + " smaller removed)\n";
    text += padRight("match", 12) + padLeft("TP", 8) + padLeft("FP", 8) + padLeft("FN", 8) +
            padLeft("precision", 11) + padLeft("recall", 9) + padLeft("F1", 9) + padLeft("AP", 9) + "\n";
    text += tableRow("paper 50%", paper, "-");
    for (const IouScore& s : iou)
        text += tableRow("IoU>=" + fixed(s.threshold, 2), s.score, fixed(s.averagePrecision, 4));
    text += "merges: " + std::to_string(merges) +
            " (predicted objects containing at least half of each of two or more true objects)\n";
    text += "splits: " + std::to_string(splits) +
            " (true objects containing at least half of each of two or more predicted objects)\n";
    return text;
}

} // namespace nuclei3d
