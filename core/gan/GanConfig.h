#pragma once
// The settings of stage 2 (METHOD.md "Stage 2"): which ablation runs, the sizes of the six networks
// and the loss weights, as plain data (no torch) so that front ends and tests can fill them.
#include "pipeline/ParameterSet.h"
#include "synth/SynthSettings.h"

#include <cstdint>
#include <string>

namespace nuclei3d {

/// The ablations share one training loop; they differ only in which networks and terms take part.
enum class GanMode {
    CycleGan,     ///< G1, G2, D1, D2 with cycle terms, no predictors
    SpCycleGan,   ///< CycleGAN plus a segmentor that must recover I_binary from G1's output
    RecycleGan,   ///< predictors P1, P2 with recurrent and recycle terms, no L_contour
    RecycleGanHd, ///< RecycleGan plus the Hausdorff-distance contour term (the publication's method)
};

const char* ganModeName(GanMode mode);          ///< "cyclegan", "spcyclegan", "recyclegan", "recyclegan-hd"
GanMode ganModeFromName(const std::string& name); ///< throws Error for anything else ("nogan" included)
bool usesPredictors(GanMode mode);               ///< RecycleGan and RecycleGanHd

/// The architecture of the networks; stored in checkpoints, a resume must match it.
struct GanNetworkConfig {
    GanMode mode = GanMode::RecycleGanHd;
    int sliceSize = 64;          ///< training slices are sliceSize x sliceSize
    int predictorSlices = 10;    ///< S: slices stacked as channels into P1 and P2
    int generatorFilters = 16;   ///< first-layer width of G1, G2, P1, P2 (and the segmentor)
    int generatorBlocks = 3;     ///< residual blocks at the generators' bottleneck
    int downsamplings = 2;       ///< stride-2 steps; slices must be multiples of 2^downsamplings
    int discriminatorFilters = 16;
    int discriminatorLayers = 3; ///< convolutions before the output layer (2 of them stride 2 at most)

    bool operator==(const GanNetworkConfig& o) const;
    bool operator!=(const GanNetworkConfig& o) const { return !(*this == o); }
    int sizeMultiple() const { return 1 << downsamplings; }
    /// The publication-sized configuration (128^2 slices, width 64, 9 residual blocks), for a GPU.
    static GanNetworkConfig publication(GanMode mode = GanMode::RecycleGanHd);
};

struct GanLossWeights {
    double recycleA = 1.0;    ///< lambda1: L_recycle(G1, G2, P2) (cycle A in the CycleGAN modes)
    double recycleB = 10.0;   ///< lambda2: L_recycle(G2, G1, P1) (cycle B in the CycleGAN modes)
    double recurrentA = 10.0; ///< lambda3: L_recurrent(P1)
    double recurrentB = 10.0; ///< lambda4: L_recurrent(P2)
    double contour = 0.1;     ///< lambda5: L_contour(G2, P1), recyclegan-hd only
    double spatial = 1.0;     ///< the segmentor's term, spcyclegan only
    double geometry = 1.0;    ///< ours: G1 keeps the input's layout (geometryLoss), every GAN mode; 0 = off
};

struct GanTrainSettings {
    GanNetworkConfig net;
    GanLossWeights weights;
    double learningRate = 1e-4;
    double beta1 = 0.5;
    double beta2 = 0.999;
    std::int64_t steps = 2000;
    int cropSize = 128;         ///< edge of the domain-A synthetic volumes (capped by the real volume)
    int syntheticVolumes = 4;   ///< domain-A volumes made before training
    double domainForegroundFraction = 0.0; ///< domain A's share of nucleus voxels; 0 = the synth settings'
    std::int64_t sampleEvery = 100;
    std::int64_t checkpointEvery = 200;
    std::uint64_t seed = 1;
    /// Ours: standard deviation of Gaussian noise on G1's and G2's pictures (on the [-1, 1] scale)
    /// where the cycle, recycle and contour terms map them back; the GAN terms see them clean. 0 =
    /// the publication's losses.
    double cycleNoise = 0.0;
    /// Ours: L_contour left out of steps whose binary slice q holds no nucleus (no contour to match;
    /// on such empty runs G1's input is constant and its gradient there is amplified, docs/ACCURACY.md).
    /// false = the publication's losses.
    bool contourSkipsEmptySlices = false;
    double percentileLow = 1.0; ///< real intensities are normalised like the U-Nets' input
    double percentileHigh = 99.8;
};

/// gan.* (and inference.percentile_*). gan.mode "nogan" is refused (Error): there is nothing to train.
GanTrainSettings ganTrainSettingsFrom(const ParameterSet& parameters);

/// The synthetic settings of domain A: `synth` with domainForegroundFraction's density when it is set.
SynthSettings ganDomainSynthSettings(const SynthSettings& synth, const GanTrainSettings& settings);

/// Throws Error with a message for the user when the settings cannot train.
void validate(const GanTrainSettings& settings);

} // namespace nuclei3d
