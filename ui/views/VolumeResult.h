#pragma once
// What a job that makes or reads volumes hands to the window: the layers to add and a title for
// the window. Filled on the worker; read on the UI thread only after the job finished.
#include "model/Layer.h"

#include <QString>

#include <vector>

namespace nuclei3d::ui {

struct VolumeResult {
    std::vector<Layer> layers;
    QString title;
};

} // namespace nuclei3d::ui
