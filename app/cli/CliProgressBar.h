#pragma once
// Progress bar on stderr for terminals. It stays silent for the first second so that quick steps
// do not flicker, and prints nothing at all when stderr is not a terminal (logs, CI, pipes).
#include "pipeline/Progress.h"

#include <chrono>
#include <string>

namespace nuclei3d::cli {

class CliProgressBar : public ProgressSink {
public:
    CliProgressBar();
    ~CliProgressBar() override;
    bool update(double fraction, const std::string& step) override;
    /// Ends the bar's line so later output starts on a fresh line.
    void finish();

private:
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
};

} // namespace nuclei3d::cli
