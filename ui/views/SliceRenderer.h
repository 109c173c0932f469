#pragma once
// Draws one plane (xy, xz or yz) of the document's visible layers into a QImage, bottom layer first:
// scalar layers through their colour map and contrast, label layers as filled colours or outlines
// (a stable colour per id, or the layer's palette), RGB layers with black as transparent; each
// blended with its opacity. Pure function of the layers: no VTK, no OpenGL, one pass per layer.
#include "model/LayerModel.h"

#include <QImage>

#include <array>

namespace nuclei3d::ui {

enum class Plane { XY, XZ, YZ };

/// Which volume axis runs along the picture's width, its height, and across the plane (0 x, 1 y, 2 z).
struct PlaneAxes {
    int horizontal;
    int vertical;
    int normal;
};
PlaneAxes planeAxes(Plane plane);
QString planeName(Plane plane);

/// The picture's size in pixels for a volume shape.
QSize planeSize(const Shape& shape, Plane plane);
/// The voxel (x, y, z) under picture pixel (u, v) of the plane at `index`.
std::array<std::size_t, 3> voxelOf(Plane plane, int u, int v, std::size_t index);

QImage renderPlane(const LayerModel& layers, Plane plane, std::size_t index);

/// A distinct, stable colour for a nucleus id (golden-ratio hue walk), 0xffRRGGBB.
QRgb labelColour(std::uint32_t id);

} // namespace nuclei3d::ui
