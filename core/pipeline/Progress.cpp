#include "pipeline/Progress.h"

#include "pipeline/Error.h"

#include <algorithm>

namespace nuclei3d {

void Progress::report(double localFraction, const std::string& step) const {
    checkCancelled();
    if (!m_sink)
        return;
    const double clamped = std::clamp(localFraction, 0.0, 1.0);
    if (!m_sink->update(m_begin + (m_end - m_begin) * clamped, step))
        throw Cancelled();
}

void Progress::checkCancelled() const {
    if (cancelled())
        throw Cancelled();
}

} // namespace nuclei3d
