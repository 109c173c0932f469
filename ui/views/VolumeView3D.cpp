#include "views/VolumeView3D.h"

#include "views/LabelSurfaceMesh.h"


#include <QMouseEvent>
#include <QWheelEvent>

#include <vtkCamera.h>
#include <vtkColorTransferFunction.h>
#include <vtkFloatArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkOutlineFilter.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkActor.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkSmartVolumeMapper.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

namespace nuclei3d::ui {

struct VolumeView3D::Vtk {
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    vtkSmartPointer<vtkImageData> image;
    vtkSmartPointer<vtkVolume> volume;
    vtkSmartPointer<vtkActor> outline;
    vtkSmartPointer<vtkActor> surfaces;
};

VolumeView3D::VolumeView3D(QWidget* parent) : QOpenGLWidget(parent), m_vtk(std::make_unique<Vtk>()) {
    m_vtk->renderer->SetBackground(0.06, 0.08, 0.10);
    m_vtk->renderer->SetBackgroundAlpha(1.0); // VTK defaults to 0, which Qt composites as holes
    m_vtk->window->AddRenderer(m_vtk->renderer);
    // Qt owns the GL context; VTK renders into it and blits to the current framebuffer.
    m_vtk->window->SetOwnContext(false);
    m_vtk->window->SetFrameBlitModeToBlitToCurrent();
    setMinimumSize(200, 200);
}

VolumeView3D::~VolumeView3D() {
    makeCurrent();
    m_vtk->window->Finalize();
    doneCurrent();
}

void VolumeView3D::setVolume(std::shared_ptr<const Volume<float>> volume, float low, float high, Spacing spacing) {
    if (m_vtk->volume)
        m_vtk->renderer->RemoveVolume(m_vtk->volume);
    if (m_vtk->outline)
        m_vtk->renderer->RemoveActor(m_vtk->outline);
    m_vtk->volume = nullptr;
    m_shown = volume;
    m_vtk->outline = nullptr;
    if (!volume || volume->empty()) {
        update();
        return;
    }
    // VTK needs its own array; the copy is float like ours and made once per volume.
    auto image = vtkSmartPointer<vtkImageData>::New();
    image->SetDimensions(static_cast<int>(volume->sizeX()), static_cast<int>(volume->sizeY()),
                         static_cast<int>(volume->sizeZ()));
    image->SetSpacing(spacing.x, spacing.y, spacing.z);
    auto values = vtkSmartPointer<vtkFloatArray>::New();
    values->SetNumberOfTuples(static_cast<vtkIdType>(volume->voxelCount()));
    std::copy(volume->data(), volume->data() + volume->voxelCount(), values->GetPointer(0));
    image->GetPointData()->SetScalars(values);
    m_vtk->image = image;

    struct {
        float low, high;
    } w{low, high > low ? high : low + 1.0f};
    vtkNew<vtkPiecewiseFunction> opacity;
    opacity->AddPoint(w.low, 0.0);
    opacity->AddPoint(w.low + 0.25 * (w.high - w.low), 0.0);
    opacity->AddPoint(w.high, 0.35);
    vtkNew<vtkColorTransferFunction> colour;
    colour->AddRGBPoint(w.low, 0.1, 0.3, 0.6);
    colour->AddRGBPoint(w.high, 0.6, 0.95, 1.0);
    vtkNew<vtkVolumeProperty> property;
    property->SetScalarOpacity(opacity);
    property->SetColor(colour);
    property->SetInterpolationTypeToLinear();
    property->ShadeOn();
    vtkNew<vtkSmartVolumeMapper> mapper;
    mapper->SetInputData(image);
    m_vtk->volume = vtkSmartPointer<vtkVolume>::New();
    m_vtk->volume->SetMapper(mapper);
    m_vtk->volume->SetProperty(property);
    m_vtk->renderer->AddVolume(m_vtk->volume);

    vtkNew<vtkOutlineFilter> outline;
    outline->SetInputData(image);
    vtkNew<vtkPolyDataMapper> outlineMapper;
    outlineMapper->SetInputConnection(outline->GetOutputPort());
    m_vtk->outline = vtkSmartPointer<vtkActor>::New();
    m_vtk->outline->SetMapper(outlineMapper);
    m_vtk->outline->GetProperty()->SetColor(0.7, 0.7, 0.7);
    m_vtk->renderer->AddActor(m_vtk->outline);

    m_vtk->renderer->ResetCamera();
    m_vtk->renderer->GetActiveCamera()->Elevation(-30);
    m_vtk->renderer->GetActiveCamera()->Azimuth(30);
    m_vtk->renderer->ResetCameraClippingRange();
    update();
}

void VolumeView3D::setSurfaces(std::shared_ptr<const LabelSurfaceMesh> mesh) {
    if (m_vtk->surfaces)
        m_vtk->renderer->RemoveActor(m_vtk->surfaces);
    m_vtk->surfaces = nullptr;
    m_surfaces = std::move(mesh);
    if (m_surfaces && m_surfaces->polygons && m_surfaces->polygons->GetNumberOfPoints() > 0) {
        vtkNew<vtkPolyDataMapper> mapper;
        mapper->SetInputData(m_surfaces->polygons.get());
        mapper->SetColorModeToDirectScalars(); // each nucleus in its overlay colour
        mapper->SetScalarModeToUsePointData();
        mapper->ScalarVisibilityOn();
        m_vtk->surfaces = vtkSmartPointer<vtkActor>::New();
        m_vtk->surfaces->SetMapper(mapper);
        m_vtk->surfaces->GetProperty()->SetInterpolationToFlat();
        m_vtk->surfaces->GetProperty()->SetOpacity(0.85);
        m_vtk->renderer->AddActor(m_vtk->surfaces);
        if (!m_shown) { // no image to frame the camera: frame the surfaces
            m_vtk->renderer->ResetCamera();
            m_vtk->renderer->GetActiveCamera()->Elevation(-30);
            m_vtk->renderer->GetActiveCamera()->Azimuth(30);
        }
        m_vtk->renderer->ResetCameraClippingRange();
    }
    update();
}

void VolumeView3D::initializeGL() { m_vtk->window->InitializeFromCurrentContext(); }

void VolumeView3D::resizeGL(int width, int height) {
    const qreal ratio = devicePixelRatioF();
    m_vtk->window->SetSize(static_cast<int>(width * ratio), static_cast<int>(height * ratio));
}

void VolumeView3D::paintGL() {
    m_vtk->window->SetReadyForRendering(true);
    m_vtk->window->SetIsCurrent(true);
    m_vtk->window->Render();
}

void VolumeView3D::mousePressEvent(QMouseEvent* event) { m_lastMouse = event->position().toPoint(); }

void VolumeView3D::mouseMoveEvent(QMouseEvent* event) {
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint delta = event->position().toPoint() - m_lastMouse;
    m_lastMouse = event->position().toPoint();
    vtkCamera* camera = m_vtk->renderer->GetActiveCamera();
    camera->Azimuth(-delta.x() * 0.5);
    camera->Elevation(delta.y() * 0.5);
    camera->OrthogonalizeViewUp();
    m_vtk->renderer->ResetCameraClippingRange();
    update();
}

void VolumeView3D::wheelEvent(QWheelEvent* event) {
    m_vtk->renderer->GetActiveCamera()->Dolly(event->angleDelta().y() > 0 ? 1.1 : 1.0 / 1.1);
    m_vtk->renderer->ResetCameraClippingRange();
    update();
}

} // namespace nuclei3d::ui
