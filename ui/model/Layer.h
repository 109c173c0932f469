#pragma once
// One layer of the document: a volume (scalar, labels or RGB) with how it is shown (visibility,
// opacity, colour map, contrast, label style) and where it came from (a file, or a job whose result
// is not saved yet). Volumes are shared and immutable, so a job may read a layer's volume while the
// window keeps showing it.
#include "model/LayerRole.h"
#include "model/NucleusTable.h"

#include "volume/AnyVolume.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace nuclei3d::ui {

struct Layer {
    QString name;
    LayerRole role = LayerRole::Image;
    /// The file the volume was read from or saved to; empty while only in memory.
    QString file;

    bool visible = true;
    double opacity = 1.0; // 0..1
    ColourMap colourMap = ColourMap::Grey;
    LabelStyle labelStyle = LabelStyle::Fill;
    float low = 0.0f; // contrast: this value is drawn black
    float high = 1.0f; // and this one at full colour

    std::shared_ptr<const Volume<float>> scalar;
    std::shared_ptr<const Volume<std::uint32_t>> labels;
    std::shared_ptr<const Volume<Rgb8>> rgb;
    /// Fixed colours by id (0xAARRGGBB; ids past the end use the id colour walk). The evaluation
    /// layer uses it for its categories.
    std::vector<std::uint32_t> palette;
    /// Names of the ids of a categorical layer (the evaluation's "true positive", ...), by id.
    std::vector<QString> categoryNames;
    /// A labels layer's stage-5 measurements by id (null when none were made or found).
    std::shared_ptr<const NucleusTable> nuclei;

    LayerKind kind() const;
    Shape shape() const;
    bool hasVolume() const { return scalar || labels || rgb; }
    /// The value at a voxel as text for the hover read-out ("0.53", "id 12", "RGB 255 0 0").
    QString valueText(std::size_t x, std::size_t y, std::size_t z) const;
};

/// A layer of `role` over a volume read from a file: scalar volumes get the role's colour map and
/// a contrast at robust percentiles; integer volumes become labels when the role is a label role,
/// RGB volumes become RGB layers. Runs on any thread (no Qt object involved).
Layer makeLayer(LayerRole role, const QString& name, AnyVolume volume);
Layer makeScalarLayer(LayerRole role, const QString& name, Volume<float> volume);
Layer makeLabelLayer(LayerRole role, const QString& name, Volume<std::uint32_t> labels);
Layer makeRgbLayer(LayerRole role, const QString& name, Volume<Rgb8> picture);

/// The role a file most likely holds, from its voxel type and its name (labels, instances, mask,
/// gt, ground truth -> labels; RGB -> I_segcolor; "seg"/"prob" float -> I_seg ...).
LayerRole guessRole(const QString& fileName, VoxelType type);

/// Contrast at the 0.5th and 99.5th percentiles of a strided sample (robust to hot pixels).
void autoContrast(Layer& layer);

} // namespace nuclei3d::ui
