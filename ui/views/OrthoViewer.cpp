#include "views/OrthoViewer.h"

#include "model/Crosshair.h"
#include "views/OrthoSliceView.h"
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
    }
    m_view3D = new VolumeView3D(this);
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
        update3D();
    });
}

OrthoSliceView* OrthoViewer::view(Plane plane) const {
    return m_views[plane == Plane::XY ? 0 : plane == Plane::XZ ? 1 : 2];
}

void OrthoViewer::update3D() {
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
