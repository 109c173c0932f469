#pragma once
// One of the three orthogonal slice views: the plane through the crosshair along its axis, drawn
// from the document's layers (SliceRenderer), with a slider for the slice, mouse wheel stepping,
// zoom and pan (SliceCanvas), the crosshair's lines, and a read-out of what is under the mouse.
// It redraws the picture only when its slice or the layers change; moving the crosshair within
// its plane only moves the lines.
//
// Threads: UI thread only.
#include "model/VoxelBox.h"
#include "views/SliceRenderer.h"

#include <QWidget>

class QLabel;
class QSlider;

namespace nuclei3d::ui {

class Crosshair;
class SliceCanvas;

class OrthoSliceView : public QWidget {
    Q_OBJECT
  public:
    OrthoSliceView(Plane plane, LayerModel* layers, Crosshair* crosshair, QWidget* parent = nullptr);

    Plane plane() const { return m_plane; }
    SliceCanvas* canvas() const { return m_canvas; }
    QSlider* slider() const { return m_slider; }
    /// The slice shown (the crosshair's position along this view's axis).
    std::size_t currentSlice() const;
    /// Milliseconds the last picture took to render (for the status bar and benchmarks).
    double lastRenderMs() const { return m_lastRenderMs; }
    int renderCount() const { return m_renderCount; }
    /// What the read-out says about a voxel: position, voxel size and every visible layer's value.
    QString describeVoxel(std::size_t x, std::size_t y, std::size_t z) const;

    /// The box a rectangle of this view's picture selects: the rectangle in the plane and, across
    /// it, as deep (in micrometres) as the rectangle's longer side, centred on the current slice.
    VoxelBox boxOf(QRect pixels) const;

  Q_SIGNALS:
    void hoverTextChanged(const QString& text);
    /// A region was drawn (Shift + left drag) in this view.
    void regionSelected(const nuclei3d::ui::VoxelBox& box);

  private:
    void rebuild();
    void redraw();
    void followCrosshair();

    Plane m_plane;
    LayerModel* m_layers;
    Crosshair* m_crosshair;
    SliceCanvas* m_canvas = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_sliceLabel = nullptr;
    std::size_t m_shownSlice = static_cast<std::size_t>(-1);
    double m_lastRenderMs = 0.0;
    int m_renderCount = 0;
};

} // namespace nuclei3d::ui
