#pragma once
// Stage 2 inference: a trained G1 (A -> B) applied to every xy slice of a blurred I_binary gives
// I_syn, the synthetic microscopy the U-Nets train on. No torch header here (pimpl).
//
// Threads: one thread at a time per GanGenerator.
#include "gan/GanConfig.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <filesystem>
#include <memory>

namespace nuclei3d {

class GanGenerator {
public:
    /// Reads G1 from a GAN folder (generator.pt, or checkpoint.pt of an unfinished run) or from
    /// either file itself; FileError naming the file for anything missing or unreadable.
    static GanGenerator load(const std::filesystem::path& folderOrFile);
    ~GanGenerator();
    GanGenerator(GanGenerator&&) noexcept;
    GanGenerator& operator=(GanGenerator&&) noexcept;

    const GanNetworkConfig& config() const;
    /// I_syn on 0..1 for `blurred`, a blurred I_binary on stage 1's 0..255 scale, slice by slice
    /// (any xy size: edges are padded to the generator's size multiple and cropped back). Reports
    /// and checks cancel once per batch of slices.
    Volume<float> synthesize(const Volume<float>& blurred, const Progress& progress = {});

    struct Impl;

private:
    explicit GanGenerator(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace nuclei3d
