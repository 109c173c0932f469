#pragma once
// The viewer: the three orthogonal slice views (xy, xz, yz) around one linked crosshair, and the
// 3D view of the lowest visible image layer, in a 2 x 2 grid.
//
// Threads: UI thread only.
#include "views/SliceRenderer.h"

#include <QWidget>

namespace nuclei3d::ui {

class Crosshair;
class OrthoSliceView;
class VolumeView3D;

class OrthoViewer : public QWidget {
    Q_OBJECT
  public:
    OrthoViewer(LayerModel* layers, Crosshair* crosshair, QWidget* parent = nullptr);

    OrthoSliceView* view(Plane plane) const;
    VolumeView3D* view3D() const { return m_view3D; }

  Q_SIGNALS:
    void hoverTextChanged(const QString& text);

  private:
    void update3D();

    LayerModel* m_layers;
    OrthoSliceView* m_views[3] = {};
    VolumeView3D* m_view3D = nullptr;
};

} // namespace nuclei3d::ui
