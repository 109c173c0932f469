#pragma once
// What a layer of the document is (the method's volumes, METHOD.md) and how it may be drawn. The
// role decides the default look (grey image, coloured labels, ...) and its key names it in project
// files; the texts are the user-visible, translated names.
#include <QString>

#include <optional>

namespace nuclei3d::ui {

enum class LayerRole {
    Image,        // I_orig: the microscopy volume
    Synthetic,    // I_syn: the GAN's synthetic microscopy volume
    Blurred,      // the Gaussian-blurred I_binary of stage 1
    Probability,  // I_seg: nucleus probability
    ShapeMap,     // I_shape
    Labels,       // instance labels (stage 5 or the classical baseline)
    Contours,     // I_contour / contours of the labels
    SegColor,     // I_segcolor
    LabelPicture, // I_label
    GroundTruth,  // hand-annotated instance labels
    Evaluation,   // true positive / false positive / ... per nucleus
    Classes,      // stage 5's shape class per voxel (classes.tif: class index + 1, 0 background)
};

/// How a layer's voxels are interpreted: grey levels through a colour map, ids, or RGB colours.
enum class LayerKind { Scalar, Labels, Rgb };

enum class ColourMap { Grey, Green, Magenta, Cyan, Fire };
enum class LabelStyle { Fill, Outline };

QString layerRoleText(LayerRole role);
/// Stable, untranslated key for project files ("image", "labels", ...).
QString layerRoleKey(LayerRole role);
std::optional<LayerRole> layerRoleFromKey(const QString& key);
LayerKind defaultKindOf(LayerRole role);

QString colourMapText(ColourMap map);
QString colourMapKey(ColourMap map);
std::optional<ColourMap> colourMapFromKey(const QString& key);
constexpr int kColourMapCount = 5;

QString labelStyleText(LabelStyle style);

} // namespace nuclei3d::ui
