#include "gan/GanGenerator.h"

#include "gan/GanNetworks.h"
#include "gan/GanTrainer.h"
#include "gan/GanTraining.h"
#include "pipeline/Error.h"
#include "unet/TorchArchiveFile.h"
#include "unet/TorchThreads.h"

#include <algorithm>

namespace nuclei3d {

struct GanGenerator::Impl {
    GanNetworkConfig config;
    ResnetGenerator g1{nullptr};
    torch::Device device{torch::kCPU};
};

GanGenerator::GanGenerator(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
GanGenerator::~GanGenerator() = default;
GanGenerator::GanGenerator(GanGenerator&&) noexcept = default;
GanGenerator& GanGenerator::operator=(GanGenerator&&) noexcept = default;

const GanNetworkConfig& GanGenerator::config() const { return m_impl->config; }

GanGenerator GanGenerator::load(const std::filesystem::path& where) {
    std::filesystem::path file = where;
    if (std::filesystem::is_directory(where)) {
        file = ganGeneratorFile(where);
        if (!std::filesystem::exists(file))
            file = ganCheckpointFile(where);
        if (!std::filesystem::exists(file))
            throw FileError(where, "holds no trained GAN (neither generator.pt nor checkpoint.pt); run train-gan first");
    }
    if (!std::filesystem::is_regular_file(file))
        throw FileError(file, "GAN generator file not found");
    torch::serialize::InputArchive archive;
    loadArchive(archive, file, "GAN file");
    c10::IValue config;
    if (!archive.try_read("config", config) || !config.isString())
        throw FileError(file, "is not a GAN file (no configuration)");
    auto impl = std::make_unique<Impl>();
    impl->config = ganConfigFromJson(config.toStringRef(), file);
    GanNetworks nets(impl->config, 1, torch::Device(torch::kCPU));
    readNetworks(nets, archive, file, true);
    impl->g1 = nets.g1;
    impl->device = defaultTorchDevice();
    impl->g1->to(impl->device);
    impl->g1->eval();
    return GanGenerator(std::move(impl));
}

Volume<float> GanGenerator::synthesize(const Volume<float>& blurred, const Progress& progress) {
    applyTorchThreads();
    torch::NoGradGuard noGrad;
    const Shape shape = blurred.shape();
    const auto multiple = static_cast<std::size_t>(m_impl->config.sizeMultiple());
    const auto padX = static_cast<std::int64_t>((multiple - shape.x % multiple) % multiple);
    const auto padY = static_cast<std::int64_t>((multiple - shape.y % multiple) % multiple);
    const auto h = static_cast<std::int64_t>(shape.y), w = static_cast<std::int64_t>(shape.x);
    Volume<float> out(shape, 0.0f, blurred.spacing());
    const std::size_t batch = 8;
    for (std::size_t z0 = 0; z0 < shape.z; z0 += batch) {
        progress.report(double(z0) / double(std::max<std::size_t>(1, shape.z)), "GAN synthesis");
        progress.checkCancelled();
        const std::size_t count = std::min(batch, shape.z - z0);
        torch::Tensor x = torch::from_blob(const_cast<float*>(blurred.slice(z0)),
                                           {static_cast<std::int64_t>(count), 1, h, w}, torch::kFloat);
        x = (x / 255.0).clamp(0.0, 1.0) * 2.0 - 1.0;
        if (padX || padY)
            x = torch::nn::functional::pad(
                x, torch::nn::functional::PadFuncOptions({0, padX, 0, padY}).mode(torch::kReplicate));
        torch::Tensor y = m_impl->g1->forward(x.to(m_impl->device)).to(torch::kCPU);
        y = ((y.slice(2, 0, h).slice(3, 0, w) + 1.0) * 0.5).contiguous();
        std::copy(y.data_ptr<float>(), y.data_ptr<float>() + y.numel(), out.slice(z0));
    }
    progress.report(1.0, "GAN synthesis done");
    return out;
}

} // namespace nuclei3d
