#include "postprocess/PostprocessBenchmark.h"

#include "pipeline/PeakMemory.h"

#include "evaluate/Evaluation.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "postprocess/ClassicPipeline.h"
#include "postprocess/MapScaling.h"
#include "postprocess/Stage5.h"
#include "synth/SyntheticNuclei.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <vector>

namespace nuclei3d {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

/// Times every step the pipelines report and keeps one row per step.
class StepTable : public StepObserver {
  public:
    void section(const std::string& title) {
        closeSection();
        m_lines.push_back(title);
        m_sectionSeconds = m_sectionCpu = 0.0;
        m_sectionPeak = -1.0;
        m_inSection = true;
    }
    void stepStarted(const std::string&) override {
        resetPeakMemory();
        m_start = Clock::now();
        m_cpuStart = std::clock();
    }
    void stepFinished(const std::string& step) override {
        const double seconds = std::chrono::duration<double>(Clock::now() - m_start).count();
        const double cpu = static_cast<double>(std::clock() - m_cpuStart) / CLOCKS_PER_SEC;
        const double peak = peakMemoryMebibytes();
        m_sectionSeconds += seconds;
        m_sectionCpu += cpu;
        m_sectionPeak = std::max(m_sectionPeak, peak);
        m_lines.push_back(row("  " + step, seconds, cpu, peak));
    }
    /// Times a step that is not reported by a pipeline (setup, evaluation).
    template <typename Body> void timed(const std::string& step, Body&& body) {
        stepStarted(step);
        body();
        stepFinished(step);
    }
    void note(const std::string& line) { m_lines.push_back(line); }
    std::string text() {
        closeSection();
        std::ostringstream out;
        for (const std::string& line : m_lines)
            out << line << "\n";
        return out.str();
    }
    static std::string row(const std::string& name, double seconds, double cpu, double peak) {
        char line[200];
        char memory[32] = "n/a";
        if (peak >= 0)
            std::snprintf(memory, sizeof memory, "%.0f", peak);
        std::snprintf(line, sizeof line, "%-44s %9.2f %9.2f %15s", name.c_str(), seconds, cpu, memory);
        return line;
    }

  private:
    void closeSection() {
        if (!m_inSection)
            return;
        m_lines.push_back(row("  total", m_sectionSeconds, m_sectionCpu, m_sectionPeak));
        m_inSection = false;
    }

    std::vector<std::string> m_lines;
    Clock::time_point m_start;
    std::clock_t m_cpuStart = 0;
    bool m_inSection = false;
    double m_sectionSeconds = 0.0, m_sectionCpu = 0.0, m_sectionPeak = -1.0;
};

/// Drops every product: the benchmark times the computation, not the writing.
class DiscardingReceiver : public Stage5Receiver {
  public:
    void receiveLabels(const Volume<std::uint32_t>&) override {}
    void receiveClasses(Volume<std::uint8_t>&&) override {}
    void receiveContours(const Volume<std::uint8_t>&) override {}
    void receiveSegColor(Volume<Rgb8>&&) override {}
    void receiveLabelPicture(Volume<Rgb8>&&) override {}
};

/// Removes the temporary folder whatever happens.
class TemporaryFolder {
  public:
    TemporaryFolder() {
        const auto ticks = Clock::now().time_since_epoch().count();
        m_path = fs::temp_directory_path() / ("nuclei3d-bench-" + std::to_string(ticks));
        fs::create_directories(m_path);
    }
    ~TemporaryFolder() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    fs::path file(const char* name) const { return m_path / name; }

  private:
    fs::path m_path;
};

/// The peer's image: blurred binary on a 0..1 scale plus Gaussian noise of sd 0.05 (seeded per
/// slice, so the volume is the same on any thread count).
void addNoise(Volume<float>& blurred) {
    parallelFor(0, blurred.sizeZ(), [&](std::size_t zb, std::size_t ze) {
        for (std::size_t z = zb; z < ze; ++z) {
            std::mt19937 rng(static_cast<std::uint32_t>(1000 + z));
            std::normal_distribution<float> noise(0.0f, 0.05f);
            float* slice = blurred.slice(z);
            for (std::size_t i = 0; i < blurred.shape().sliceSize(); ++i)
                slice[i] = slice[i] / 255.0f + noise(rng);
        }
    });
}

std::string shapeText(const Shape& s) {
    std::ostringstream out;
    out << s.x << " x " << s.y << " x " << s.z;
    return out.str();
}

} // namespace

std::string benchmarkPostprocess(Shape shape, const Progress& progress) {
    if (shape.x < 20 || shape.y < 20 || shape.z < 20)
        throw Error("bench postprocess needs a volume of at least 20 voxels along each axis");
    StepTable table;
    TemporaryFolder temporary;
    const fs::path imageFile = temporary.file("image.tif");
    const fs::path shapeFile = temporary.file("shape.tif");
    const fs::path truthFile = temporary.file("truth.tif");

    SynthSettings synth;
    synth.shape = shape;
    synth.count = std::max<std::size_t>(1, shape.voxelCount() / 4000);
    synth.radiusMin = 4.0;
    synth.radiusMax = 9.0;
    synth.maxOverlap = 0.2; // the peer's ellipsoids overlap freely; this keeps placement quick
    synth.blurSigma = 2.0;
    std::size_t placed = 0;
    table.section("setup (not part of any pipeline)");
    table.timed("generateSynthetic, noise, temporary files", [&] {
        SynthResult made = generateSynthetic(synth, progress.sub(0.0, 0.15));
        placed = made.nuclei.size();
        addNoise(made.blurred);
        writeVolume(truthFile, AnyVolume(std::move(made.instances)));
        writeVolume(shapeFile, AnyVolume(std::move(made.shapemarker)));
        writeVolume(imageFile, AnyVolume(std::move(made.blurred)));
    });
    auto readImage = [&imageFile] { return std::get<Volume<float>>(readVolume(imageFile)); };

    table.section("classical pipeline (nuclei3d-cli classic)");
    Volume<std::uint32_t> classicLabels;
    ClassicThresholds thresholds;
    {
        Volume<float> image = readImage();
        resetPeakMemory();
        classicLabels = classicSegmentation(std::move(image), ClassicSettings{}, progress.sub(0.15, 0.45),
                                            &table, &thresholds);
        DiscardingReceiver discard;
        NucleiInputs inputs;
        inputs.image = readImage;
        NucleiProducts products;
        products.classes = false;
        products.labelPicture = false;
        describeNuclei(classicLabels, inputs, PostprocessSettings{}, products, discard,
                       progress.sub(0.45, 0.55), &table);
    }
    std::uint32_t classicCount = 0;
    for (std::uint32_t v : classicLabels.storage())
        classicCount = std::max(classicCount, v);

    table.section("evaluation (classical labels against the synthetic truth)");
    EvaluationResult scores;
    {
        const Volume<std::uint32_t> truth = readLabelVolume(truthFile);
        table.timed("evaluateInstances",
                    [&] { scores = evaluateInstances(classicLabels, truth, {}, progress.sub(0.55, 0.6)); });
    }
    classicLabels = Volume<std::uint32_t>();

    table.section("stage 5 (nuclei3d-cli postprocess, shape map and image given)");
    std::size_t stage5Count = 0;
    {
        Volume<float> probability = readImage();
        parallelFor(0, probability.voxelCount(), [&](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i)
                probability[i] = std::clamp(probability[i], 0.0f, 1.0f);
        });
        NucleiInputs inputs;
        inputs.image = readImage;
        inputs.shapeMap = [&shapeFile] { return mapOnUnitScale(readVolume(shapeFile), shapeFile.string()); };
        DiscardingReceiver discard;
        resetPeakMemory();
        stage5Count = runStage5(std::move(probability), inputs, PostprocessSettings{}, discard,
                                progress.sub(0.6, 1.0), &table)
                          .nuclei.size();
    }

    std::ostringstream title;
    title << "Post-processing benchmark: " << shapeText(shape) << " voxels ("
          << static_cast<double>(shape.voxelCount()) / 1e6 << " M), " << threadCount() << " threads, "
          << placed << " synthetic nuclei\n";
    char header[200];
    std::snprintf(header, sizeof header, "%-44s %9s %9s %15s\n", "step", "seconds", "CPU s",
                  "peak RSS (MiB)");
    std::ostringstream out;
    out << title.str() << header << table.text();
    char counts[400];
    std::snprintf(
        counts, sizeof counts,
        "classical: %u nuclei (threshold %.3f on the normalised image = Otsu %.3f x %.2f); paper F1 %.3f, "
        "F1 at IoU 0.5 %.3f against the synthetic truth\nstage 5: %zu nuclei\n",
        classicCount, thresholds.used, thresholds.otsu, ClassicSettings{}.thresholdFactor, scores.paper.f1,
        scores.atIouPercent(50) ? scores.atIouPercent(50)->score.f1 : 0.0, stage5Count);
    out << counts
        << "seconds: wall clock; CPU s: all threads together; peak RSS: the whole process during that step "
           "(reset "
           "before each), inputs alive included\n";
    return out.str();
}

} // namespace nuclei3d
