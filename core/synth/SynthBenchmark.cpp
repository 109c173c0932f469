#include "synth/SynthBenchmark.h"

#include "pipeline/PeakMemory.h"

#include "pipeline/Parallel.h"
#include "synth/SyntheticNuclei.h"

#include <chrono>
#include <fstream>
#include <iomanip>
#include <locale>
#include <map>
#include <sstream>

namespace nuclei3d {
namespace {

using Clock = std::chrono::steady_clock;

// Forwards progress to the caller and notes when each step name first appears, which times the
// phases without putting clocks into the computation itself. Cancel reaches generateSynthetic
// through the forwarded report, which throws Cancelled.
class PhaseClock : public ProgressSink {
  public:
    explicit PhaseClock(const Progress& outer) : m_outer(outer) {}
    bool update(double fraction, const std::string& step) override {
        m_firstSeen.emplace(step, Clock::now());
        m_outer.report(fraction, step);
        return true;
    }
    /// When the first step whose name starts with prefix was reported; fallback if none was.
    Clock::time_point firstSeen(const std::string& prefix, Clock::time_point fallback) const {
        Clock::time_point best = fallback;
        for (const auto& [step, when] : m_firstSeen)
            if (step.compare(0, prefix.size(), prefix) == 0 && when < best)
                best = when;
        return best;
    }

  private:
    const Progress& m_outer;
    std::map<std::string, Clock::time_point> m_firstSeen;
};

double seconds(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double>(to - from).count();
}


} // namespace

std::string benchmarkSynthesis(Shape shape, std::size_t count, const Progress& progress) {
    SynthSettings settings;
    settings.shape = shape;
    settings.count = count;
    PhaseClock clock(progress);
    const Clock::time_point start = Clock::now();
    const SynthResult result = generateSynthetic(settings, Progress(&clock, nullptr));
    const Clock::time_point end = Clock::now();
    std::size_t foreground = 0;
    for (const SynthNucleus& n : result.nuclei)
        foreground += n.voxels;
    const Clock::time_point maps = clock.firstSeen("contours", end);
    const Clock::time_point blur = clock.firstSeen("blurring", end);

    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << std::fixed << std::setprecision(2) << "synth " << shape.x << "x" << shape.y << "x" << shape.z
        << ": " << result.nuclei.size() << " of " << count << " nuclei placed (foreground "
        << 100.0 * static_cast<double>(foreground) / static_cast<double>(shape.voxelCount()) << "%) in "
        << seconds(start, end) << " s on " << threadCount() << (threadCount() == 1 ? " thread" : " threads")
        << " (placement " << seconds(start, maps) << " s, maps " << seconds(maps, blur) << " s, blur "
        << seconds(blur, end) << " s)";
    if (const double peak = peakMemoryMebibytes() * 1024.0 * 1024.0; peak > 0)
        out << ", peak memory " << peak / (1024.0 * 1024.0 * 1024.0) << " GiB";
    return out.str();
}

} // namespace nuclei3d
