#include "model/ProgressRelay.h"

namespace nuclei3d::ui {

bool ProgressRelay::update(double fraction, const std::string& step) {
    Q_EMIT progressChanged(fraction, QString::fromStdString(step));
    return !m_token.isCancelled();
}

} // namespace nuclei3d::ui
