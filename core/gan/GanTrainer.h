#pragma once
// Internal (includes torch): one training step of stage 2, split into the generator step (G1, G2
// and, by mode, P1, P2 or the segmentor; the discriminators are frozen) and the discriminator step
// (D1, D2 on real slices against the fakes of the generator step). Used by trainGan and by tests.
#include "gan/GanConfig.h"
#include "gan/GanNetworks.h"
#include "pipeline/Error.h"
#include "volume/Volume.h"

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace nuclei3d {

/// The volumes the batches are drawn from; intensities on 0..1.
struct GanDomains {
    std::vector<Volume<float>> a;               ///< blurred I_binary / 255
    std::vector<Volume<std::uint8_t>> aBinary;  ///< I_binary (0/255), same shapes as a
    std::vector<Volume<float>> b;               ///< real crops' volumes, percentile-normalised
};

/// One step's data: a run of S + 1 consecutive slices from each domain, [S + 1, 1, H, W], in
/// [-1, 1]; aBinary in {0, 1}; noiseSeed seeds the step's cycle noise (GanTrainSettings::cycleNoise).
struct GanBatch {
    torch::Tensor a, aBinary, b;
    std::uint64_t noiseSeed = 0;
};

/// Draws the runs of step `step` (random volume, xy window, first slice, xy flips) from a stream
/// seeded by (seed, step) only.
GanBatch sampleGanBatch(const GanDomains& domains, const GanNetworkConfig& config, std::uint64_t seed,
                        std::int64_t step);

struct GanStepLosses {
    double generatorTotal = 0.0;
    double ganG1 = 0.0, ganG2 = 0.0;           ///< LSGAN terms of G1 (judged by D2) and G2 (by D1)
    double recycleA = 0.0, recycleB = 0.0;     ///< recycle terms (cycle terms in the CycleGAN modes)
    double recurrentA = 0.0, recurrentB = 0.0; ///< L_recurrent(P1), L_recurrent(P2)
    double contour = 0.0;                      ///< L_contour
    double spatial = 0.0;                      ///< SpCycleGAN segmentor term
    double geometry = 0.0;                     ///< geometryLoss(G1(a), a), computed only when weighted
    double discriminatorD1 = 0.0, discriminatorD2 = 0.0;
};

/// A loss that is NaN or infinite; nothing was updated by the step that found it.
class NonFiniteLoss : public Error {
public:
    using Error::Error;
};

class GanTrainer {
public:
    GanTrainer(const GanTrainSettings& settings, torch::Device device);

    GanNetworks& networks() { return m_nets; }
    /// Updates the generator side; keeps the fakes for the discriminator step. NonFiniteLoss when
    /// a term is not finite (then no weight changed).
    void generatorStep(const GanBatch& batch, GanStepLosses& losses);
    /// Updates D1 and D2 from the last generator step's fakes. NonFiniteLoss as above.
    void discriminatorStep(GanStepLosses& losses);
    /// G1 of the batch's last A slice (from the last generator step), [1, 1, H, W].
    torch::Tensor lastFakeB() const;

    void save(torch::serialize::OutputArchive& archive);
    /// Throws FileError naming `file` for anything missing or of other shapes.
    void load(torch::serialize::InputArchive& archive, const std::filesystem::path& file);

private:
    GanTrainSettings m_settings;
    torch::Device m_device;
    GanNetworks m_nets;
    std::unique_ptr<torch::optim::Adam> m_generatorOptimizer;
    std::unique_ptr<torch::optim::Adam> m_discriminatorOptimizer;
    torch::Tensor m_realA, m_realB, m_fakeA, m_fakeB;
};

/// The settings a checkpoint must match, as JSON text.
std::string ganConfigJson(const GanNetworkConfig& config);
/// Reads ganConfigJson's text; FileError naming `file` when malformed.
GanNetworkConfig ganConfigFromJson(const std::string& json, const std::filesystem::path& file);

/// Writes the networks of `nets` (those present) into `archive` as net_<name>.
void writeNetworks(GanNetworks& nets, torch::serialize::OutputArchive& archive);
/// Reads net_<name> for every network of `nets`; FileError naming `file` when one is missing or differs.
void readNetworks(GanNetworks& nets, torch::serialize::InputArchive& archive, const std::filesystem::path& file,
                  bool generatorOnly = false);

} // namespace nuclei3d
