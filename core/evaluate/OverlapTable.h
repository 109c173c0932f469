#pragma once
// Voxel counts of two instance label volumes (prediction and ground truth) and of every pair of
// objects that share voxels, gathered in one pass. Everything stage 6 scores is derived from
// these counts, so the volumes themselves are read only once.
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nuclei3d {

struct LabelSize {
    std::uint32_t id = 0;
    std::uint64_t voxels = 0;
};

struct LabelOverlap {
    std::uint32_t pred = 0;
    std::uint32_t gt = 0;
    std::uint64_t voxels = 0; // voxels labelled pred in the prediction and gt in the ground truth
};

class OverlapTable {
  public:
    /// Counts both volumes (label 0 is background). Throws Error when the shapes differ or the
    /// volumes have no voxels; throws Cancelled when progress is cancelled.
    static OverlapTable count(const Volume<std::uint32_t>& pred, const Volume<std::uint32_t>& gt,
                              const Progress& progress = {});

    /// The table after removing, from both volumes, objects of fewer than minSize voxels (what
    /// skimage.morphology.remove_small_objects does to a label image: size >= minSize is kept).
    /// Removing an object only deletes its own rows: the other objects' counts do not change.
    OverlapTable withoutSmallObjects(std::uint64_t minSize) const;

    /// Sorted by id ascending.
    const std::vector<LabelSize>& predSizes() const { return m_pred; }
    const std::vector<LabelSize>& gtSizes() const { return m_gt; }
    /// Only pairs with both ids non-zero, sorted by (pred, gt) ascending: numpy.unique's order.
    const std::vector<LabelOverlap>& overlaps() const { return m_overlaps; }

  private:
    std::vector<LabelSize> m_pred;
    std::vector<LabelSize> m_gt;
    std::vector<LabelOverlap> m_overlaps;
};

} // namespace nuclei3d
