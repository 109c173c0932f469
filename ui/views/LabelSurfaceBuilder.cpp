#include "views/LabelSurfaceBuilder.h"

#include "model/TaskRunner.h"
#include "views/LabelSurfaceMesh.h"
#include "views/SliceRenderer.h"

#include <vtkAppendPolyData.h>
#include <vtkFlyingEdges3D.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace nuclei3d::ui {

namespace {

/// Above this many voxels the labels are sampled every few voxels: the surfaces of a large volume
/// would otherwise take seconds and millions of triangles the 3D view cannot turn smoothly.
constexpr double kMaxSurfaceVoxels = 2.0e6;

struct Box {
    std::array<std::size_t, 3> low{~std::size_t{0}, ~std::size_t{0}, ~std::size_t{0}};
    std::array<std::size_t, 3> high{0, 0, 0};
    bool used() const { return low[0] <= high[0]; }
};

/// One nucleus's surface: flying edges on its bounding box (one voxel of margin, so the
/// surface closes at the volume's faces), coloured with its overlay colour.
vtkSmartPointer<vtkPolyData> surfaceOf(const Volume<std::uint32_t>& sampled, std::uint32_t id, const Box& box,
                                       double step, Spacing spacing, QRgb colour) {
    std::array<int, 3> size{};
    for (int a = 0; a < 3; ++a)
        size[static_cast<std::size_t>(a)] = static_cast<int>(box.high[static_cast<std::size_t>(a)] - box.low[static_cast<std::size_t>(a)] + 3);
    auto image = vtkSmartPointer<vtkImageData>::New();
    image->SetDimensions(size[0], size[1], size[2]);
    image->SetSpacing(spacing.x * step, spacing.y * step, spacing.z * step);
    image->SetOrigin((double(box.low[0]) - 1.0) * spacing.x * step, (double(box.low[1]) - 1.0) * spacing.y * step,
                     (double(box.low[2]) - 1.0) * spacing.z * step);
    auto values = vtkSmartPointer<vtkUnsignedCharArray>::New();
    values->SetNumberOfTuples(vtkIdType(size[0]) * size[1] * size[2]);
    unsigned char* out = values->GetPointer(0);
    std::fill(out, out + values->GetNumberOfTuples(), static_cast<unsigned char>(0));
    for (std::size_t z = box.low[2]; z <= box.high[2]; ++z)
        for (std::size_t y = box.low[1]; y <= box.high[1]; ++y)
            for (std::size_t x = box.low[0]; x <= box.high[0]; ++x)
                if (sampled.at(x, y, z) == id)
                    out[((z - box.low[2] + 1) * std::size_t(size[1]) + (y - box.low[1] + 1)) * std::size_t(size[0]) +
                        (x - box.low[0] + 1)] = 1;
    image->GetPointData()->SetScalars(values);
    // The nucleus alone as 0/1 (its neighbours are other nuclei, not inside): one iso-surface at 0.5.
    vtkNew<vtkFlyingEdges3D> edges;
    edges->SetInputData(image);
    edges->SetValue(0, 0.5);
    edges->ComputeNormalsOff();
    edges->ComputeGradientsOff();
    edges->ComputeScalarsOff();
    edges->Update();
    vtkSmartPointer<vtkPolyData> surface = edges->GetOutput();
    auto colours = vtkSmartPointer<vtkUnsignedCharArray>::New();
    colours->SetName("colours");
    colours->SetNumberOfComponents(3);
    colours->SetNumberOfTuples(surface->GetNumberOfPoints());
    for (vtkIdType i = 0; i < surface->GetNumberOfPoints(); ++i) {
        const unsigned char rgb[3] = {static_cast<unsigned char>(qRed(colour)), static_cast<unsigned char>(qGreen(colour)),
                                      static_cast<unsigned char>(qBlue(colour))};
        colours->SetTypedTuple(i, rgb);
    }
    surface->GetPointData()->SetScalars(colours);
    return surface;
}

} // namespace

std::shared_ptr<const LabelSurfaceMesh> LabelSurfaceBuilder::buildNow(const Volume<std::uint32_t>& labels,
                                                                      Spacing spacing,
                                                                      const std::vector<std::uint32_t>& palette,
                                                                      const Progress& progress) {
    auto mesh = std::make_shared<LabelSurfaceMesh>();
    if (labels.empty())
        return mesh;
    if (!spacing.known)
        spacing = Spacing{1.0, 1.0, 1.0, false};
    const double count = static_cast<double>(labels.voxelCount());
    const auto step = static_cast<std::size_t>(std::max(1.0, std::ceil(std::cbrt(count / kMaxSurfaceVoxels))));
    mesh->step = step;
    const Shape shape{(labels.sizeX() + step - 1) / step, (labels.sizeY() + step - 1) / step,
                      (labels.sizeZ() + step - 1) / step};
    Volume<std::uint32_t> sampled(shape, 0u);
    std::vector<Box> boxes;
    for (std::size_t z = 0; z < shape.z; ++z) {
        progress.report(0.2 * double(z) / double(shape.z), "sampling the labels");
        for (std::size_t y = 0; y < shape.y; ++y)
            for (std::size_t x = 0; x < shape.x; ++x) {
                const std::uint32_t id = labels.at(x * step, y * step, z * step);
                sampled.at(x, y, z) = id;
                if (id == 0)
                    continue;
                if (id >= boxes.size())
                    boxes.resize(std::size_t{id} + 1);
                Box& b = boxes[id];
                const std::array<std::size_t, 3> p{x, y, z};
                for (std::size_t a = 0; a < 3; ++a) {
                    b.low[a] = std::min(b.low[a], p[a]);
                    b.high[a] = std::max(b.high[a], p[a]);
                }
            }
    }
    vtkNew<vtkAppendPolyData> append;
    for (std::uint32_t id = 1; id < boxes.size(); ++id) {
        if (!boxes[id].used())
            continue;
        if (id % 64 == 0)
            progress.report(0.2 + 0.75 * double(id) / double(boxes.size()), "nucleus surfaces");
        const QRgb colour = id < palette.size() ? palette[id] : labelColour(id);
        append->AddInputData(surfaceOf(sampled, id, boxes[id], double(step), spacing, colour));
        ++mesh->nuclei;
    }
    if (mesh->nuclei > 0) {
        progress.report(0.95, "joining the surfaces");
        append->Update();
        vtkPolyData* polygons = append->GetOutput();
        polygons->Register(nullptr); // owned by the shared pointer from here on
        mesh->polygons = std::shared_ptr<vtkPolyData>(polygons, [](vtkPolyData* p) { p->UnRegister(nullptr); });
        mesh->triangles = static_cast<std::size_t>(polygons->GetNumberOfPolys());
    }
    progress.report(1.0, "surfaces ready");
    return mesh;
}

LabelSurfaceBuilder::LabelSurfaceBuilder(QObject* parent) : QObject(parent), m_runner(new TaskRunner(this)) {
    connect(m_runner, &TaskRunner::finished, this, [this] {
        const std::shared_ptr<const LabelSurfaceMesh> mesh = *m_result;
        if (m_pending)
            startPending();
        else if (m_requested) // not cancelled after the work had already finished
            Q_EMIT ready(mesh, m_requested.get());
    });
    connect(m_runner, &TaskRunner::cancelled, this, [this] {
        if (m_pending)
            startPending();
    });
    connect(m_runner, &TaskRunner::failed, this, [this](const QString& message) {
        if (m_pending)
            startPending();
        else
            Q_EMIT failed(message);
    });
}

LabelSurfaceBuilder::~LabelSurfaceBuilder() = default;

void LabelSurfaceBuilder::build(std::shared_ptr<const Volume<std::uint32_t>> labels, Spacing spacing,
                                std::vector<std::uint32_t> palette) {
    m_requested = std::move(labels);
    m_spacing = spacing;
    m_palette = std::move(palette);
    m_pending = true;
    if (m_runner->isRunning())
        m_runner->cancel(); // the end of that run starts this one
    else
        startPending();
}

void LabelSurfaceBuilder::cancel() {
    m_pending = false;
    m_requested.reset();
    m_runner->cancel();
}

bool LabelSurfaceBuilder::isBuilding() const { return m_runner->isRunning() || m_pending; }

void LabelSurfaceBuilder::startPending() {
    m_pending = false;
    if (!m_requested)
        return;
    m_result = std::make_shared<std::shared_ptr<const LabelSurfaceMesh>>();
    m_runner->start(tr("3D surfaces"), [labels = m_requested, spacing = m_spacing, palette = m_palette,
                                        result = m_result](const Progress& p) {
        *result = buildNow(*labels, spacing, palette, p);
    });
}

} // namespace nuclei3d::ui
