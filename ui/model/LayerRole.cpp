#include "model/LayerRole.h"

#include <QCoreApplication>

#include <array>

namespace nuclei3d::ui {

// Gives lupdate and tr() one context for these free functions' texts.
class LayerRoleNames {
    Q_DECLARE_TR_FUNCTIONS(nuclei3d::ui::LayerRoleNames)
};

namespace {

const std::array<const char*, 12> kRoleKeys = {"image",    "synthetic",     "blurred",      "probability",
                                               "shape",    "labels",        "contours",     "segcolor",
                                               "label_picture", "ground_truth", "evaluation", "classes"};
const std::array<const char*, kColourMapCount> kMapKeys = {"grey", "green", "magenta", "cyan", "fire"};
} // namespace

QString layerRoleText(LayerRole role) {
    switch (role) {
    case LayerRole::Image:
        return LayerRoleNames::tr("Image (I_orig)");
    case LayerRole::Synthetic:
        return LayerRoleNames::tr("Synthetic image (I_syn)");
    case LayerRole::Blurred:
        return LayerRoleNames::tr("Blurred I_binary");
    case LayerRole::Probability:
        return LayerRoleNames::tr("Probability (I_seg)");
    case LayerRole::ShapeMap:
        return LayerRoleNames::tr("Shape map (I_shape)");
    case LayerRole::Labels:
        return LayerRoleNames::tr("Nucleus labels");
    case LayerRole::Contours:
        return LayerRoleNames::tr("Contours");
    case LayerRole::SegColor:
        return LayerRoleNames::tr("Coloured labels (I_segcolor)");
    case LayerRole::LabelPicture:
        return LayerRoleNames::tr("Shape classes (I_label)");
    case LayerRole::GroundTruth:
        return LayerRoleNames::tr("Ground truth");
    case LayerRole::Evaluation:
        return LayerRoleNames::tr("Evaluation result");
    case LayerRole::Classes:
        return LayerRoleNames::tr("Shape classes");
    }
    return {};
}

QString layerRoleKey(LayerRole role) { return QString::fromLatin1(kRoleKeys[static_cast<std::size_t>(role)]); }

std::optional<LayerRole> layerRoleFromKey(const QString& key) {
    for (std::size_t i = 0; i < kRoleKeys.size(); ++i)
        if (key == QLatin1String(kRoleKeys[i]))
            return static_cast<LayerRole>(i);
    return std::nullopt;
}

LayerKind defaultKindOf(LayerRole role) {
    switch (role) {
    case LayerRole::Labels:
    case LayerRole::Contours:
    case LayerRole::GroundTruth:
    case LayerRole::Evaluation:
    case LayerRole::Classes:
        return LayerKind::Labels;
    case LayerRole::SegColor:
    case LayerRole::LabelPicture:
        return LayerKind::Rgb;
    default:
        return LayerKind::Scalar;
    }
}

QString colourMapText(ColourMap map) {
    switch (map) {
    case ColourMap::Grey:
        return LayerRoleNames::tr("Grey");
    case ColourMap::Green:
        return LayerRoleNames::tr("Green");
    case ColourMap::Magenta:
        return LayerRoleNames::tr("Magenta");
    case ColourMap::Cyan:
        return LayerRoleNames::tr("Cyan");
    case ColourMap::Fire:
        return LayerRoleNames::tr("Fire");
    }
    return {};
}

QString colourMapKey(ColourMap map) { return QString::fromLatin1(kMapKeys[static_cast<std::size_t>(map)]); }

std::optional<ColourMap> colourMapFromKey(const QString& key) {
    for (std::size_t i = 0; i < kMapKeys.size(); ++i)
        if (key == QLatin1String(kMapKeys[i]))
            return static_cast<ColourMap>(i);
    return std::nullopt;
}

QString labelStyleText(LabelStyle style) {
    return style == LabelStyle::Fill ? LayerRoleNames::tr("Filled") : LayerRoleNames::tr("Outlines");
}

} // namespace nuclei3d::ui
