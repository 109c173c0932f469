#pragma once
// Stage 4 of METHOD.md: a trained U-Net applied to a volume of any size, tile by tile. Tiles overlap
// and are blended with smooth (squared-sine) weights, so no seam shows; the weights are separable
// and the tiles form a grid, so their sum at a voxel is a product of three 1D sums and no weight
// volume is needed: memory is the input, the output and one tile's working set.
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "unet/UnetModel.h"
#include "volume/IntensityRange.h"
#include "volume/Volume.h"

#include <cstddef>
#include <vector>

namespace nuclei3d {

struct TileSettings {
    std::size_t tileSize = 64; ///< rounded down to a multiple of the network's size multiple
    std::size_t overlap = 16;
    /// How many of the eight xy orientations (flips and transposes, the symmetries training
    /// augments with) each tile is predicted in; the sigmoids are averaged. 1 = the tile as it is.
    int views = 1;
};

TileSettings tileSettingsFrom(const ParameterSet& parameters);

/// The percentile ranges of one image, each measured once however many models ask for it (the M1s
/// of an ensemble and their retries all normalise with the same percentiles). Holds a reference to
/// the image, which must outlive it.
class ImageInputRanges {
public:
    explicit ImageInputRanges(const Volume<float>& image) : m_image(image) {}
    /// The range `model`'s percentiles give on the image.
    IntensityRange forModel(const UnetModel& model);

private:
    struct Measured {
        double low, high;
        IntensityRange range;
    };
    const Volume<float>& m_image;
    std::vector<Measured> m_measured;
};

/// sigmoid of the network output for every voxel: I_seg (probability) for M1, I_shape (0..1) for
/// M2. The input is normalised with the model's percentiles computed on `image` (taken from
/// `ranges` when given: it must be the same image's). Reports and checks cancel once per tile
/// (Cancelled); Error for settings that cannot tile.
Volume<float> predictVolume(UnetModel& model, const Volume<float>& image, const TileSettings& tiles,
                            const Progress& progress = {}, ImageInputRanges* ranges = nullptr);

} // namespace nuclei3d
