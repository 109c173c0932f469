#pragma once
// The viewer: the three orthogonal slice views (xy, xz, yz) around one linked crosshair, and the
// 3D view of the lowest visible image layer with the surfaces of the topmost visible instance
// labels layer (built on a worker), in a 2 x 2 grid.
//
// Threads: UI thread only.
#include "model/VoxelBox.h"
#include "views/SliceRenderer.h"

#include <QWidget>

#include <cstdint>
#include <memory>

namespace nuclei3d::ui {

class Crosshair;
class LabelSurfaceBuilder;
struct LabelSurfaceMesh;
class OrthoSliceView;
class VolumeView3D;

class OrthoViewer : public QWidget {
    Q_OBJECT
  public:
    OrthoViewer(LayerModel* layers, Crosshair* crosshair, QWidget* parent = nullptr);

    OrthoSliceView* view(Plane plane) const;
    VolumeView3D* view3D() const { return m_view3D; }
    LabelSurfaceBuilder* surfaceBuilder() const { return m_surfaceBuilder; }

  Q_SIGNALS:
    void hoverTextChanged(const QString& text);
    /// A region was drawn in one of the slice views (Shift + left drag).
    void regionSelected(const nuclei3d::ui::VoxelBox& box);

  private:
    void update3D();
    void updateSurfaces();

    LayerModel* m_layers;
    OrthoSliceView* m_views[3] = {};
    VolumeView3D* m_view3D = nullptr;
    LabelSurfaceBuilder* m_surfaceBuilder = nullptr;
    /// The labels the shown (or last built) surfaces belong to: toggling a layer off and on again
    /// shows them again without rebuilding.
    std::weak_ptr<const Volume<std::uint32_t>> m_meshSource;
    std::shared_ptr<const LabelSurfaceMesh> m_mesh;
};

} // namespace nuclei3d::ui
