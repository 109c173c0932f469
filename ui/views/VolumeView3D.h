#pragma once
// 3D view of a volume by VTK volume rendering, with the surfaces of a labels layer over it, inside a Qt 6 QOpenGLWidget (VTK's own Qt module
// is built for Qt 5 on Debian, so VTK draws into Qt's context through vtkGenericOpenGLRenderWindow).
// Left drag rotates, the wheel zooms. VTK types stay out of this header to keep builds fast.
#include "volume/Volume.h"

#include <QOpenGLWidget>
#include <QPoint>

#include <memory>

namespace nuclei3d::ui {

struct LabelSurfaceMesh;

class VolumeView3D : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit VolumeView3D(QWidget* parent = nullptr);
    ~VolumeView3D() override;

    /// Shows a volume with its display contrast (low transparent, high brightest) at a voxel size.
    void setVolume(std::shared_ptr<const Volume<float>> volume, float low, float high, Spacing spacing);
    /// The volume shown (null when none).
    const Volume<float>* volume() const { return m_shown.get(); }
    /// Shows label surfaces (made by LabelSurfaceBuilder) over the volume; null removes them.
    void setSurfaces(std::shared_ptr<const LabelSurfaceMesh> mesh);
    const LabelSurfaceMesh* surfaces() const { return m_surfaces.get(); }

protected:
    void initializeGL() override;
    void resizeGL(int width, int height) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    struct Vtk;
    std::unique_ptr<Vtk> m_vtk;
    QPoint m_lastMouse;
    std::shared_ptr<const Volume<float>> m_shown;
    std::shared_ptr<const LabelSurfaceMesh> m_surfaces;
};

} // namespace nuclei3d::ui
