#include "CliProgressBar.h"

#include <algorithm>
#include <cstdio>

#ifdef _WIN32
#include <io.h>
#define NUCLEI3D_ISATTY _isatty
#define NUCLEI3D_FILENO _fileno
#else
#include <unistd.h>
#define NUCLEI3D_ISATTY isatty
#define NUCLEI3D_FILENO fileno
#endif

namespace nuclei3d::cli {

CliProgressBar::CliProgressBar()
    : m_enabled(NUCLEI3D_ISATTY(NUCLEI3D_FILENO(stderr)) != 0), m_start(std::chrono::steady_clock::now()),
      m_lastDraw(m_start) {}

CliProgressBar::~CliProgressBar() { finish(); }

bool CliProgressBar::update(double fraction, const std::string& step) {
    if (!m_enabled)
        return true;
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    if (elapsed < 1.0 || (m_drawn && now - m_lastDraw < std::chrono::milliseconds(100) && fraction < 1.0))
        return true;
    m_lastDraw = now;
    m_drawn = true;
    constexpr int width = 30;
    const double f = std::clamp(fraction, 0.0, 1.0);
    const int filled = static_cast<int>(f * width + 0.5);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(width - filled), '.');
    std::string label = step.substr(0, 40);
    label.resize(40, ' ');
    std::fprintf(stderr, "\r%s [%s] %3d%% %6.1f s", label.c_str(), bar.c_str(), static_cast<int>(f * 100.0),
                 elapsed);
    std::fflush(stderr);
    return true;
}

void CliProgressBar::finish() {
    if (m_drawn) {
        std::fputc('\n', stderr);
        m_drawn = false;
    }
}

} // namespace nuclei3d::cli
