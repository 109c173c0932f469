#pragma once
// Renders one z slice of a volume to a QImage: grey levels through a display window, optionally
// with label volumes drawn as translucent colours (a stable colour per id).
#include "volume/Volume.h"

#include <QColor>
#include <QImage>

#include <cstdint>

namespace nuclei3d::ui {

struct DisplayWindow {
    float low = 0.0f;
    float high = 1.0f;
};

/// Low and high display levels at the 0.5th and 99.5th percentiles (robust to hot pixels).
DisplayWindow autoWindow(const Volume<float>& volume);

QImage renderSlice(const Volume<float>& image, std::size_t z, DisplayWindow window);
/// Blends a label slice over `picture` (same size); opacity 0..1; 0 ids stay transparent.
void overlayLabels(QImage& picture, const Volume<std::uint32_t>& labels, std::size_t z, double opacity);
/// A distinct, stable colour for a nucleus id (golden-ratio hue walk).
QColor labelColour(std::uint32_t id);

} // namespace nuclei3d::ui
