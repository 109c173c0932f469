#pragma once
// What a job that makes or reads a volume hands to the window: the image, optional labels and a
// title for the window. Filled on the worker; read on the UI thread only after the job finished.
#include "volume/Volume.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace nuclei3d::ui {

struct VolumeResult {
    std::shared_ptr<const Volume<float>> image;
    std::shared_ptr<const Volume<std::uint32_t>> labels;
    QString title;
};

} // namespace nuclei3d::ui
