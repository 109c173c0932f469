#include "unet/UnetModel.h"

#include "pipeline/Error.h"
#include "unet/TorchArchiveFile.h"
#include "unet/TorchThreads.h"
#include "unet/UnetModelImpl.h"

namespace nuclei3d {
namespace {

constexpr const char* kFormat = "nuclei3d-unet-model";
constexpr std::int64_t kVersion = 1;
// How inputs are scaled, in words: the low and high percentiles of the whole volume (each synthetic
// volume in training, the real volume in inference) map to 0 and 1.
constexpr const char* kNormalisation = "percentiles of the whole volume";

c10::IValue readKey(torch::serialize::InputArchive& archive, const std::string& key,
                    const std::filesystem::path& file) {
    c10::IValue value;
    if (!archive.try_read(key, value))
        throw FileError(file, "not a Nuclei3D model file (\"" + key + "\" is missing)");
    return value;
}

std::int64_t readInt(torch::serialize::InputArchive& archive, const std::string& key, const std::filesystem::path& file) {
    const c10::IValue v = readKey(archive, key, file);
    if (!v.isInt())
        throw FileError(file, "model file entry \"" + key + "\" is not an integer");
    return v.toInt();
}

std::string readString(torch::serialize::InputArchive& archive, const std::string& key, const std::filesystem::path& file) {
    const c10::IValue v = readKey(archive, key, file);
    if (!v.isString())
        throw FileError(file, "model file entry \"" + key + "\" is not text");
    return v.toStringRef();
}

double readDouble(torch::serialize::InputArchive& archive, const std::string& key, const std::filesystem::path& file) {
    const c10::IValue v = readKey(archive, key, file);
    if (!v.isDouble())
        throw FileError(file, "model file entry \"" + key + "\" is not a number");
    return v.toDouble();
}

} // namespace

const char* unetTaskName(UnetTask task) { return task == UnetTask::Segmentation ? "seg" : "shape"; }

UnetTask unetTaskFromName(const std::string& name) {
    if (name == "seg")
        return UnetTask::Segmentation;
    if (name == "shape")
        return UnetTask::Shape;
    throw Error("unknown U-Net task \"" + name + "\" (expected seg or shape)");
}

UnetModel::UnetModel(const UNetConfig& config, UnetTask task, std::uint64_t seed) {
    torch::manual_seed(seed);
    m_impl = std::make_unique<Impl>(config, task);
    m_impl->device = defaultTorchDevice();
    m_impl->net->to(m_impl->device);
}

UnetModel::UnetModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
UnetModel::~UnetModel() = default;
UnetModel::UnetModel(UnetModel&&) noexcept = default;
UnetModel& UnetModel::operator=(UnetModel&&) noexcept = default;

const UNetConfig& UnetModel::config() const { return m_impl->config; }
UnetTask UnetModel::task() const { return m_impl->task; }
double UnetModel::percentileLow() const { return m_impl->percentileLow; }
double UnetModel::percentileHigh() const { return m_impl->percentileHigh; }
void UnetModel::setNormalisation(double low, double high) {
    m_impl->percentileLow = low;
    m_impl->percentileHigh = high;
}
double UnetModel::inputCeiling() const { return m_impl->inputCeiling; }
void UnetModel::setInputCeiling(double ceiling) { m_impl->inputCeiling = ceiling; }
const std::string& UnetModel::parametersJson() const { return m_impl->parametersJson; }
void UnetModel::setParametersJson(std::string json) { m_impl->parametersJson = std::move(json); }

void writeModelArchive(const UnetModel& model, torch::serialize::OutputArchive& archive) {
    const UnetModel::Impl& m = model.impl();
    archive.write("format", c10::IValue(std::string(kFormat)));
    archive.write("version", c10::IValue(kVersion));
    archive.write("task", c10::IValue(std::string(unetTaskName(m.task))));
    archive.write("depth", c10::IValue(std::int64_t{m.config.depth}));
    archive.write("base_filters", c10::IValue(std::int64_t{m.config.baseFilters}));
    archive.write("in_channels", c10::IValue(std::int64_t{m.config.inChannels}));
    archive.write("out_channels", c10::IValue(std::int64_t{m.config.outChannels}));
    archive.write("percentile_low", c10::IValue(m.percentileLow));
    archive.write("percentile_high", c10::IValue(m.percentileHigh));
    archive.write("normalisation", c10::IValue(std::string(kNormalisation)));
    archive.write("input_ceiling", c10::IValue(m.inputCeiling));
    archive.write("parameters", c10::IValue(m.parametersJson));
    torch::serialize::OutputArchive weights;
    m.net->save(weights);
    archive.write("model", weights);
}

UnetModel readModelArchive(torch::serialize::InputArchive& archive, const std::filesystem::path& file) {
    if (readString(archive, "format", file) != kFormat)
        throw FileError(file, "not a Nuclei3D U-Net model file");
    if (readInt(archive, "version", file) != kVersion)
        throw FileError(file, "model file version " + std::to_string(readInt(archive, "version", file)) +
                                  " is not supported by this program");
    UNetConfig config;
    config.depth = static_cast<int>(readInt(archive, "depth", file));
    config.baseFilters = static_cast<int>(readInt(archive, "base_filters", file));
    config.inChannels = static_cast<int>(readInt(archive, "in_channels", file));
    config.outChannels = static_cast<int>(readInt(archive, "out_channels", file));
    UnetTask task;
    try {
        task = unetTaskFromName(readString(archive, "task", file));
    } catch (const FileError&) {
        throw;
    } catch (const Error& e) {
        throw FileError(file, e.what());
    }
    std::unique_ptr<UnetModel::Impl> impl;
    try {
        impl = std::make_unique<UnetModel::Impl>(config, task);
    } catch (const Error& e) {
        throw FileError(file, std::string("architecture in the model file is invalid: ") + e.what());
    }
    impl->percentileLow = readDouble(archive, "percentile_low", file);
    impl->percentileHigh = readDouble(archive, "percentile_high", file);
    if (readString(archive, "normalisation", file) != kNormalisation)
        throw FileError(file, "the model expects an intensity normalisation this program does not know (\"" +
                                  readString(archive, "normalisation", file) + "\")");
    c10::IValue ceiling; // optional: absent in model files written before 2026-11-25
    if (archive.try_read("input_ceiling", ceiling)) {
        if (!ceiling.isDouble() || !(ceiling.toDouble() > 0)) // NaN fails the comparison too
            throw FileError(file, "model file entry \"input_ceiling\" is not a positive number");
        impl->inputCeiling = ceiling.toDouble();
    }
    impl->parametersJson = readString(archive, "parameters", file);
    torch::serialize::InputArchive weights;
    if (!archive.try_read("model", weights))
        throw FileError(file, "not a Nuclei3D model file (the weights are missing)");
    // Module::load replaces each tensor with what the file holds, whatever its size, so the sizes
    // the declared architecture needs are checked here.
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> expected;
    for (const auto& p : impl->net->named_parameters())
        expected.emplace_back(p.key(), p.value().sizes().vec());
    for (const auto& b : impl->net->named_buffers())
        expected.emplace_back(b.key(), b.value().sizes().vec());
    try {
        impl->net->load(weights);
        const auto parameters = impl->net->named_parameters();
        const auto buffers = impl->net->named_buffers();
        for (const auto& [name, sizes] : expected) {
            const torch::Tensor* t = parameters.find(name);
            if (!t)
                t = buffers.find(name);
            if (!t || t->sizes().vec() != sizes)
                throw FileError(file, "the weights do not match the architecture the file declares (\"" + name +
                                          "\" has another size)");
        }
    } catch (const c10::Error& e) {
        throw FileError(file, "the weights do not match the architecture the file declares (" +
                                  e.msg().substr(0, e.msg().find('\n')) + ")");
    }
    impl->device = defaultTorchDevice();
    impl->net->to(impl->device);
    return UnetModel(std::move(impl));
}

UnetModel UnetModel::load(const std::filesystem::path& file) {
    if (!std::filesystem::is_regular_file(file))
        throw FileError(file, "model file not found");
    torch::serialize::InputArchive archive;
    loadArchive(archive, file, "Nuclei3D model file");
    return readModelArchive(archive, file);
}

void UnetModel::save(const std::filesystem::path& file) const {
    torch::serialize::OutputArchive archive;
    writeModelArchive(*this, archive);
    saveArchiveAtomically(archive, file, "model file");
}

} // namespace nuclei3d
