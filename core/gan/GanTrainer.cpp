#include "gan/GanTrainer.h"

#include "gan/GanLosses.h"
#include "synth/RandomStream.h"

#include <ATen/CPUGeneratorImpl.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace nuclei3d {
namespace {

// S + 1 slices [z0, z0 + S] of the window (x0, y0, size) as [S + 1, 1, size, size], scaled by `scale`.
template <typename T>
torch::Tensor runOf(const Volume<T>& v, std::size_t x0, std::size_t y0, std::size_t z0, std::size_t count,
                    std::size_t size, float scale, float offset) {
    torch::Tensor out = torch::empty({static_cast<std::int64_t>(count), 1, static_cast<std::int64_t>(size),
                                      static_cast<std::int64_t>(size)},
                                     torch::kFloat);
    float* dst = out.data_ptr<float>();
    for (std::size_t z = 0; z < count; ++z)
        for (std::size_t y = 0; y < size; ++y) {
            const T* src = &v.at(x0, y0 + y, z0 + z);
            for (std::size_t x = 0; x < size; ++x)
                *dst++ = static_cast<float>(src[x]) * scale + offset;
        }
    return out;
}

struct Window {
    std::size_t volume, x0, y0, z0;
    bool flipX, flipY;
};

Window drawWindow(RandomStream& random, const std::vector<Shape>& shapes, std::size_t size, std::size_t count) {
    Window w{};
    w.volume = random.below(shapes.size());
    const Shape& s = shapes[w.volume];
    w.x0 = random.below(s.x - size + 1);
    w.y0 = random.below(s.y - size + 1);
    w.z0 = random.below(s.z - count + 1);
    w.flipX = random.below(2) == 1;
    w.flipY = random.below(2) == 1;
    return w;
}

torch::Tensor flipped(torch::Tensor t, const Window& w) {
    if (w.flipX)
        t = t.flip(3);
    if (w.flipY)
        t = t.flip(2);
    return t;
}

std::vector<Shape> shapesOf(const std::vector<Volume<float>>& volumes) {
    std::vector<Shape> shapes;
    for (const auto& v : volumes)
        shapes.push_back(v.shape());
    return shapes;
}

// `picture` plus Gaussian noise of standard deviation `sigma`, drawn on the CPU from `generator` so
// that CPU and CUDA runs, and resumed ones, add the same values.
torch::Tensor withNoise(const torch::Tensor& picture, double sigma, at::Generator& generator) {
    if (sigma <= 0.0)
        return picture;
    const torch::Tensor noise = at::randn(picture.sizes(), generator, torch::TensorOptions().dtype(torch::kFloat));
    return picture + sigma * noise.to(picture.device());
}

double checkedValue(const torch::Tensor& loss, const char* term) {
    const double value = loss.item<double>();
    if (!std::isfinite(value))
        throw NonFiniteLoss(std::string("the ") + term + " loss is " + (std::isnan(value) ? "NaN" : "infinite"));
    return value;
}

// Freezes parameters for a scope; they learn again afterwards even when the scope throws.
class FrozenScope {
public:
    explicit FrozenScope(std::vector<torch::Tensor> parameters) : m_parameters(std::move(parameters)) {
        for (auto& p : m_parameters)
            p.set_requires_grad(false);
    }
    ~FrozenScope() {
        for (auto& p : m_parameters)
            p.set_requires_grad(true);
    }
    FrozenScope(const FrozenScope&) = delete;
    FrozenScope& operator=(const FrozenScope&) = delete;

private:
    std::vector<torch::Tensor> m_parameters;
};

} // namespace

GanBatch sampleGanBatch(const GanDomains& d, const GanNetworkConfig& c, std::uint64_t seed, std::int64_t step) {
    RandomStream random(seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(step) + 1);
    const auto size = static_cast<std::size_t>(c.sliceSize);
    const auto count = static_cast<std::size_t>(c.predictorSlices + 1);
    GanBatch batch;
    const Window wa = drawWindow(random, shapesOf(d.a), size, count);
    batch.a = flipped(runOf(d.a[wa.volume], wa.x0, wa.y0, wa.z0, count, size, 2.0f, -1.0f), wa);
    batch.aBinary =
        flipped(runOf(d.aBinary[wa.volume], wa.x0, wa.y0, wa.z0, count, size, 1.0f / 255.0f, 0.0f), wa).round();
    const Window wb = drawWindow(random, shapesOf(d.b), size, count);
    batch.b = flipped(runOf(d.b[wb.volume], wb.x0, wb.y0, wb.z0, count, size, 2.0f, -1.0f), wb);
    batch.noiseSeed = random.raw(); // drawn last: the windows above are those of earlier versions
    return batch;
}

GanTrainer::GanTrainer(const GanTrainSettings& s, torch::Device device)
    : m_settings(s), m_device(device), m_nets(s.net, s.seed, device) {
    const auto options = torch::optim::AdamOptions(s.learningRate).betas(std::make_tuple(s.beta1, s.beta2));
    m_generatorOptimizer = std::make_unique<torch::optim::Adam>(m_nets.generatorParameters(), options);
    m_discriminatorOptimizer = std::make_unique<torch::optim::Adam>(m_nets.discriminatorParameters(), options);
}

void GanTrainer::generatorStep(const GanBatch& batch, GanStepLosses& out) {
    const GanLossWeights& w = m_settings.weights;
    const GanMode mode = m_settings.net.mode;
    m_realA = batch.a.to(m_device);
    m_realB = batch.b.to(m_device);
    const torch::Tensor binary = batch.aBinary.to(m_device);
    const std::int64_t s = m_realA.size(0) - 1;

    // The discriminators judge but do not learn here: no gradient is even computed for them.
    const FrozenScope frozen(m_nets.discriminatorParameters());
    m_generatorOptimizer->zero_grad();
    const SliceNet g1 = [this](const torch::Tensor& x) { return m_nets.g1->forward(x); };
    const SliceNet g2 = [this](const torch::Tensor& x) { return m_nets.g2->forward(x); };

    m_fakeB = g1(m_realA);
    m_fakeA = g2(m_realB);
    // What the cycle, recycle and contour terms map back: with gan.cycle_noise the generators cannot
    // hand shapes back through patterns too faint to see, so those terms judge what G1 visibly draws.
    at::Generator noise = at::detail::createCPUGenerator(batch.noiseSeed);
    const torch::Tensor fakeBForCycle = withNoise(m_fakeB, m_settings.cycleNoise, noise);
    const torch::Tensor fakeAForCycle = withNoise(m_fakeA, m_settings.cycleNoise, noise);
    const torch::Tensor ganG1 = lsganGeneratorLoss(m_nets.d2->forward(m_fakeB));
    const torch::Tensor ganG2 = lsganGeneratorLoss(m_nets.d1->forward(m_fakeA));
    torch::Tensor total = ganG1 + ganG2;
    out = GanStepLosses{};
    out.ganG1 = checkedValue(ganG1, "GAN (G1)");
    out.ganG2 = checkedValue(ganG2, "GAN (G2)");
    if (w.geometry > 0.0) {
        const torch::Tensor geometry = geometryLoss(m_fakeB, m_realA);
        total = total + w.geometry * geometry;
        out.geometry = checkedValue(geometry, "geometry (G1)");
    }

    if (usesPredictors(mode)) {
        const SliceNet p1 = [this](const torch::Tensor& x) { return m_nets.p1->forward(x); };
        const SliceNet p2 = [this](const torch::Tensor& x) { return m_nets.p2->forward(x); };
        const torch::Tensor recurrentA = recurrentLoss(p1, m_realA);
        const torch::Tensor recurrentB = recurrentLoss(p2, m_realB);
        const torch::Tensor recycleA = recycleLoss(fakeBForCycle, p2, g2, m_realA);
        const torch::Tensor recycleB = recycleLoss(fakeAForCycle, p1, g1, m_realB);
        total = total + w.recycleA * recycleA + w.recycleB * recycleB + w.recurrentA * recurrentA +
                w.recurrentB * recurrentB;
        out.recurrentA = checkedValue(recurrentA, "recurrent (P1)");
        out.recurrentB = checkedValue(recurrentB, "recurrent (P2)");
        out.recycleA = checkedValue(recycleA, "recycle (G1, G2, P2)");
        out.recycleB = checkedValue(recycleB, "recycle (G2, G1, P1)");
        const torch::Tensor q = binary.slice(0, s, s + 1);
        const bool contourApplies =
            mode == GanMode::RecycleGanHd && !(m_settings.contourSkipsEmptySlices && q.max().item<float>() < 0.5f);
        if (contourApplies) {
            // B -> A path: G1's slices back through G2, then P1 predicts the next A slice, which must
            // match the binary slice q = I_binary there.
            const torch::Tensor p = (p1(stackSlices(g2(fakeBForCycle.slice(0, 0, s)))) + 1.0) * 0.5;
            const torch::Tensor contour = contourLoss(p, q);
            total = total + w.contour * contour;
            out.contour = checkedValue(contour, "contour (Hausdorff)");
        }
    } else {
        const torch::Tensor cycleA = l1Loss(g2(fakeBForCycle), m_realA);
        const torch::Tensor cycleB = l1Loss(g1(fakeAForCycle), m_realB);
        total = total + w.recycleA * cycleA + w.recycleB * cycleB;
        out.recycleA = checkedValue(cycleA, "cycle A");
        out.recycleB = checkedValue(cycleB, "cycle B");
        if (mode == GanMode::SpCycleGan) {
            // The spatial constraint: the segmentor must recover I_binary from the synthetic slice.
            const torch::Tensor spatial = (m_nets.segmentor->forward(m_fakeB) - (binary * 2.0 - 1.0)).pow(2).mean();
            total = total + w.spatial * spatial;
            out.spatial = checkedValue(spatial, "spatial constraint");
        }
    }
    out.generatorTotal = checkedValue(total, "generator total");
    total.backward();
    m_generatorOptimizer->step();
    m_fakeA = m_fakeA.detach();
    m_fakeB = m_fakeB.detach();
}

void GanTrainer::discriminatorStep(GanStepLosses& out) {
    if (!m_fakeA.defined())
        throw Error("GAN training: discriminator step before any generator step");
    m_discriminatorOptimizer->zero_grad();
    const torch::Tensor d1 = lsganDiscriminatorLoss(m_nets.d1->forward(m_realA), m_nets.d1->forward(m_fakeA));
    const torch::Tensor d2 = lsganDiscriminatorLoss(m_nets.d2->forward(m_realB), m_nets.d2->forward(m_fakeB));
    out.discriminatorD1 = checkedValue(d1, "discriminator D1");
    out.discriminatorD2 = checkedValue(d2, "discriminator D2");
    (d1 + d2).backward();
    m_discriminatorOptimizer->step();
}

torch::Tensor GanTrainer::lastFakeB() const {
    const std::int64_t last = m_fakeB.size(0) - 1;
    return m_fakeB.slice(0, last, last + 1);
}

std::string ganConfigJson(const GanNetworkConfig& c) {
    nlohmann::json j;
    j["mode"] = ganModeName(c.mode);
    j["slice_size"] = c.sliceSize;
    j["predictor_slices"] = c.predictorSlices;
    j["generator_filters"] = c.generatorFilters;
    j["generator_blocks"] = c.generatorBlocks;
    j["downsamplings"] = c.downsamplings;
    j["discriminator_filters"] = c.discriminatorFilters;
    j["discriminator_layers"] = c.discriminatorLayers;
    return j.dump();
}

GanNetworkConfig ganConfigFromJson(const std::string& text, const std::filesystem::path& file) {
    try {
        const nlohmann::json j = nlohmann::json::parse(text);
        GanNetworkConfig c;
        c.mode = ganModeFromName(j.at("mode").get<std::string>());
        c.sliceSize = j.at("slice_size").get<int>();
        c.predictorSlices = j.at("predictor_slices").get<int>();
        c.generatorFilters = j.at("generator_filters").get<int>();
        c.generatorBlocks = j.at("generator_blocks").get<int>();
        c.downsamplings = j.at("downsamplings").get<int>();
        c.discriminatorFilters = j.at("discriminator_filters").get<int>();
        c.discriminatorLayers = j.at("discriminator_layers").get<int>();
        return c;
    } catch (const nlohmann::json::exception& e) {
        throw FileError(file, std::string("malformed GAN configuration: ") + e.what());
    } catch (const Error& e) {
        throw FileError(file, e.what());
    }
}

void writeNetworks(GanNetworks& nets, torch::serialize::OutputArchive& archive) {
    for (auto& [name, module] : nets.all()) {
        torch::serialize::OutputArchive part;
        module->save(part);
        archive.write("net_" + name, part);
    }
}

void readNetworks(GanNetworks& nets, torch::serialize::InputArchive& archive, const std::filesystem::path& file,
                  bool generatorOnly) {
    for (auto& [name, module] : nets.all()) {
        if (generatorOnly && name != "G1")
            continue;
        torch::serialize::InputArchive part;
        if (!archive.try_read("net_" + name, part))
            throw FileError(file, "holds no network " + name);
        try {
            module->load(part);
        } catch (const c10::Error& e) {
            throw FileError(file, "network " + name + " does not match (" + e.msg().substr(0, e.msg().find('\n')) + ")");
        }
    }
}

void GanTrainer::save(torch::serialize::OutputArchive& archive) {
    writeNetworks(m_nets, archive);
    torch::serialize::OutputArchive generator, discriminator;
    m_generatorOptimizer->save(generator);
    m_discriminatorOptimizer->save(discriminator);
    archive.write("optimizer_generator", generator);
    archive.write("optimizer_discriminator", discriminator);
    archive.write("config", c10::IValue(ganConfigJson(m_settings.net)));
}

void GanTrainer::load(torch::serialize::InputArchive& archive, const std::filesystem::path& file) {
    c10::IValue config;
    if (!archive.try_read("config", config) || !config.isString())
        throw FileError(file, "is not a GAN checkpoint (no configuration)");
    if (ganConfigFromJson(config.toStringRef(), file) != m_settings.net)
        throw FileError(file, "the checkpoint holds other networks (mode or sizes differ); use a new output folder");
    readNetworks(m_nets, archive, file);
    torch::serialize::InputArchive generator, discriminator;
    if (!archive.try_read("optimizer_generator", generator) ||
        !archive.try_read("optimizer_discriminator", discriminator))
        throw FileError(file, "the checkpoint has no optimizer state");
    try {
        m_generatorOptimizer->load(generator);
        m_discriminatorOptimizer->load(discriminator);
    } catch (const c10::Error& e) {
        throw FileError(file, "unreadable optimizer state (" + e.msg().substr(0, e.msg().find('\n')) + ")");
    }
}

} // namespace nuclei3d
