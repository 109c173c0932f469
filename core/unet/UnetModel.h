#pragma once
// A trained U-Net as `segment` uses it: the network, what it was trained for, its architecture and
// its intensity normalisation, and the parameters of the run that made it, all in one model file so
// that nothing else is needed. No torch header here (pimpl), so front ends compile without LibTorch.
//
// Threads: one thread at a time per UnetModel.
#include "unet/UNetConfig.h"

#include <filesystem>
#include <memory>
#include <string>

namespace nuclei3d {

enum class UnetTask { Segmentation, Shape }; ///< M1 (I_seg) or M2 (I_shape)

const char* unetTaskName(UnetTask task); ///< "seg" or "shape"
UnetTask unetTaskFromName(const std::string& name); ///< throws Error for anything else

class UnetModel {
public:
    /// A freshly initialised network (seeded) on the default device (CUDA when present).
    UnetModel(const UNetConfig& config, UnetTask task, std::uint64_t seed = 1);
    ~UnetModel();
    UnetModel(UnetModel&&) noexcept;
    UnetModel& operator=(UnetModel&&) noexcept;

    /// Reads a model file; a missing, corrupt or mismatched file throws FileError naming it.
    static UnetModel load(const std::filesystem::path& file);
    /// Written atomically.
    void save(const std::filesystem::path& file) const;

    const UNetConfig& config() const;
    UnetTask task() const;
    double percentileLow() const;
    double percentileHigh() const;
    void setNormalisation(double percentileLow, double percentileHigh);
    /// The highest normalised input value in the training pairs (infinity when not known: model
    /// files written before it was stored). Inference clamps its normalised input to it: a real
    /// volume's saturated nucleus centres reach 2-2.5 where the synthetic ones stop near 1.2, and a
    /// network never shown such values may call them background (docs/ACCURACY.md).
    double inputCeiling() const;
    void setInputCeiling(double ceiling);
    /// JSON of the ParameterSet that trained it (empty when not known).
    const std::string& parametersJson() const;
    void setParametersJson(std::string json);

    struct Impl; ///< defined in UnetModelImpl.h (internal, includes torch)
    /// Internal: wraps what the model-file reader made.
    explicit UnetModel(std::unique_ptr<Impl> impl);
    Impl& impl() { return *m_impl; }
    const Impl& impl() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace nuclei3d
