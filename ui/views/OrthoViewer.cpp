#include "views/OrthoViewer.h"

#include "model/Crosshair.h"
#include "views/LabelSurfaceBuilder.h"
#include "views/OrthoSliceView.h"
#include "views/SliceCanvas.h"
#include "views/VolumeView3D.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace nuclei3d::ui {

OrthoViewer::OrthoViewer(LayerModel* layers, Crosshair* crosshair, QWidget* parent)
    : QWidget(parent), m_layers(layers) {
    // Connected before the views exist, so that on a new size the crosshair is centred first and
    // the views then draw the slices through it.
    connect(layers, &LayerModel::shapeChanged, crosshair, [layers, crosshair] { crosshair->setShape(layers->shape()); });
    const Plane planes[3] = {Plane::XY, Plane::XZ, Plane::YZ};
    for (int i = 0; i < 3; ++i) {
        m_views[i] = new OrthoSliceView(planes[i], layers, crosshair, this);
        connect(m_views[i], &OrthoSliceView::hoverTextChanged, this, &OrthoViewer::hoverTextChanged);
        connect(m_views[i], &OrthoSliceView::regionSelected, this, [this, i](const VoxelBox& box) {
            for (int j = 0; j < 3; ++j) // one region at a time: the other views' boxes go
                if (j != i)
                    m_views[j]->canvas()->setSelection({});
            Q_EMIT regionSelected(box);
        });
    }
    m_view3D = new VolumeView3D(this);
    m_surfaceBuilder = new LabelSurfaceBuilder(this);
    connect(m_surfaceBuilder, &LabelSurfaceBuilder::ready, this,
            [this](std::shared_ptr<const LabelSurfaceMesh> mesh, const Volume<std::uint32_t>* source) {
                if (source != m_surfaceBuilder->requested())
                    return; // an older request's result
                m_mesh = std::move(mesh);
                updateSurfaces();
            });
    // Splitters rather than a grid: the user can give one plane most of the room.
    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_views[0]);
    top->addWidget(m_views[2]);
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_views[1]);
    bottom->addWidget(m_view3D);
    auto* rows = new QSplitter(Qt::Vertical);
    rows->addWidget(top);
    rows->addWidget(bottom);
    rows->setStretchFactor(0, 3);
    rows->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows);
    connect(layers, &LayerModel::displayChanged, this, &OrthoViewer::update3D);
    connect(layers, &LayerModel::spacingChanged, this, [this] {
        m_view3D->setVolume(nullptr, 0.0f, 1.0f, {}); // rebuilt with the new voxel size
        m_mesh.reset();
        m_meshSource.reset();
        update3D();
    });
}

OrthoSliceView* OrthoViewer::view(Plane plane) const {
    return m_views[plane == Plane::XY ? 0 : plane == Plane::XZ ? 1 : 2];
}

void OrthoViewer::updateSurfaces() {
    // The topmost visible instance labels (not contours, classes or verdicts) get surfaces.
    std::shared_ptr<const Volume<std::uint32_t>> labels;
    const Layer* chosen = nullptr;
    for (int row = 0; row < m_layers->count() && !labels; ++row) {
        const Layer& l = m_layers->layer(row);
        if (l.visible && l.labels && (l.role == LayerRole::Labels || l.role == LayerRole::GroundTruth) &&
            l.shape() == m_layers->shape()) {
            labels = l.labels;
            chosen = &l;
        }
    }
    if (!labels) {
        m_surfaceBuilder->cancel();
        if (m_view3D->surfaces())
            m_view3D->setSurfaces(nullptr);
        return;
    }
    if (m_meshSource.lock() == labels && m_mesh) {
        if (m_view3D->surfaces() != m_mesh.get())
            m_view3D->setSurfaces(m_mesh);
        return;
    }
    if (m_surfaceBuilder->requested() == labels.get() && m_surfaceBuilder->isBuilding())
        return;
    // Until the new surfaces are ready, the old ones would be of other labels.
    m_view3D->setSurfaces(nullptr);
    m_mesh.reset();
    m_meshSource = labels;
    m_surfaceBuilder->build(labels, m_layers->spacing(), chosen->palette);
}

void OrthoViewer::update3D() {
    updateSurfaces();
    // The lowest visible scalar layer is the image the user looks at; maps on top stay 2D.
    for (int row = m_layers->count() - 1; row >= 0; --row) {
        const Layer& l = m_layers->layer(row);
        if (l.visible && l.kind() == LayerKind::Scalar) {
            if (m_view3D->volume() != l.scalar.get())
                m_view3D->setVolume(l.scalar, l.low, l.high, m_layers->spacing());
            return;
        }
    }
    if (m_view3D->volume())
        m_view3D->setVolume(nullptr, 0.0f, 1.0f, {});
}

} // namespace nuclei3d::ui
