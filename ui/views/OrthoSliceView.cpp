#include "views/OrthoSliceView.h"

#include "model/Crosshair.h"
#include "views/SliceCanvas.h"

#include <QElapsedTimer>
#include <QRect>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace nuclei3d::ui {

namespace {
double spacingAlong(const Spacing& s, int axis) { return axis == 0 ? s.x : axis == 1 ? s.y : s.z; }
std::size_t extentAlong(const Shape& s, int axis) { return axis == 0 ? s.x : axis == 1 ? s.y : s.z; }
const char* axisName(int axis) { return axis == 0 ? "x" : axis == 1 ? "y" : "z"; }
} // namespace

OrthoSliceView::OrthoSliceView(Plane plane, LayerModel* layers, Crosshair* crosshair, QWidget* parent)
    : QWidget(parent), m_plane(plane), m_layers(layers), m_crosshair(crosshair) {
    setObjectName(QStringLiteral("slice_%1").arg(planeName(plane)));
    m_canvas = new SliceCanvas(this);
    // The lines have the colour of the plane they show: xy yellow, xz cyan, yz pink (as the titles).
    const QColor xy(255, 220, 60, 190), xz(60, 200, 255, 190), yz(255, 110, 200, 190);
    if (plane == Plane::XY)
        m_canvas->setCrosshairColours(xz, yz);
    else if (plane == Plane::XZ)
        m_canvas->setCrosshairColours(xy, yz);
    else
        m_canvas->setCrosshairColours(xy, xz);
    m_title = new QLabel(this);
    const QColor own = plane == Plane::XY ? xy : plane == Plane::XZ ? xz : yz;
    m_title->setText(QStringLiteral("<b style='color:%1'>%2</b>").arg(own.name(), planeName(plane)));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setEnabled(false);
    const int normal = planeAxes(plane).normal;
    m_slider->setToolTip(tr("Slice along %1; the mouse wheel over the picture steps too, Ctrl+wheel zooms, "
                            "right drag pans, double click fits")
                             .arg(QString::fromLatin1(axisName(normal))));
    m_sliceLabel = new QLabel(tr("No volume"), this);
    m_sliceLabel->setMinimumWidth(m_sliceLabel->fontMetrics().horizontalAdvance(QStringLiteral("z 0000 / 0000")));
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_title);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_sliceLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(controls);

    connect(m_slider, &QSlider::valueChanged, this,
            [this, normal](int value) { m_crosshair->setAlong(normal, value); });
    connect(m_crosshair, &Crosshair::moved, this, &OrthoSliceView::followCrosshair);
    connect(m_layers, &LayerModel::displayChanged, this, &OrthoSliceView::rebuild);
    connect(m_layers, &LayerModel::shapeChanged, this, &OrthoSliceView::rebuild);
    connect(m_canvas, &SliceCanvas::clicked, this, [this](int u, int v) {
        const auto p = voxelOf(m_plane, u, v, currentSlice());
        m_crosshair->setPosition(static_cast<long long>(p[0]), static_cast<long long>(p[1]),
                                 static_cast<long long>(p[2]));
    });
    connect(m_canvas, &SliceCanvas::wheelStepped, this,
            [this](int steps) { m_slider->setValue(m_slider->value() + steps); });
    connect(m_canvas, &SliceCanvas::rectangleSelected, this,
            [this](QRect pixels) { Q_EMIT regionSelected(boxOf(pixels)); });
    connect(m_canvas, &SliceCanvas::hovered, this, [this](int u, int v) {
        const auto p = voxelOf(m_plane, u, v, currentSlice());
        Q_EMIT hoverTextChanged(describeVoxel(p[0], p[1], p[2]));
    });
}

VoxelBox OrthoSliceView::boxOf(QRect pixels) const {
    const std::size_t slice = currentSlice();
    const auto a = voxelOf(m_plane, pixels.left(), pixels.top(), slice);
    const auto b = voxelOf(m_plane, pixels.right(), pixels.bottom(), slice);
    std::array<std::size_t, 3> low{}, high{};
    for (std::size_t i = 0; i < 3; ++i) {
        low[i] = std::min(a[i], b[i]);
        high[i] = std::max(a[i], b[i]);
    }
    const PlaneAxes axes = planeAxes(m_plane);
    const Spacing s = m_layers->spacing();
    const double side = std::max(double(pixels.width()) * spacingAlong(s, axes.horizontal),
                                 double(pixels.height()) * spacingAlong(s, axes.vertical));
    const auto half = static_cast<std::size_t>(std::lround(side / 2.0 / spacingAlong(s, axes.normal)));
    const auto n = static_cast<std::size_t>(axes.normal);
    low[n] = slice > half ? slice - half : 0;
    high[n] = slice + half;
    VoxelBox box{low[0], low[1], low[2], high[0] - low[0] + 1, high[1] - low[1] + 1, high[2] - low[2] + 1};
    return box.clippedTo(m_layers->shape());
}

std::size_t OrthoSliceView::currentSlice() const { return m_crosshair->along(planeAxes(m_plane).normal); }

void OrthoSliceView::rebuild() {
    const Shape shape = m_layers->shape();
    const std::size_t depth = extentAlong(shape, planeAxes(m_plane).normal);
    const QSignalBlocker block(m_slider);
    m_slider->setEnabled(depth > 0);
    m_slider->setRange(0, depth > 0 ? static_cast<int>(depth) - 1 : 0);
    m_slider->setValue(static_cast<int>(currentSlice()));
    redraw();
}

void OrthoSliceView::followCrosshair() {
    if (currentSlice() != m_shownSlice) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(static_cast<int>(currentSlice()));
        redraw();
        return;
    }
    const PlaneAxes a = planeAxes(m_plane);
    m_canvas->setCrosshair(static_cast<int>(m_crosshair->along(a.horizontal)),
                           static_cast<int>(m_crosshair->along(a.vertical)));
}

void OrthoSliceView::redraw() {
    const Shape shape = m_layers->shape();
    const PlaneAxes a = planeAxes(m_plane);
    if (m_layers->count() == 0 || shape.voxelCount() == 0) {
        m_canvas->setPicture(QImage(), 1.0, 1.0);
        m_canvas->setCrosshair(-1, -1);
        m_sliceLabel->setText(tr("No volume"));
        m_shownSlice = static_cast<std::size_t>(-1);
        return;
    }
    const std::size_t slice = currentSlice();
    QElapsedTimer clock;
    clock.start();
    QImage picture = renderPlane(*m_layers, m_plane, slice);
    m_lastRenderMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    ++m_renderCount;
    const Spacing s = m_layers->spacing();
    m_canvas->setPicture(std::move(picture), spacingAlong(s, a.horizontal), spacingAlong(s, a.vertical));
    m_canvas->setCrosshair(static_cast<int>(m_crosshair->along(a.horizontal)),
                           static_cast<int>(m_crosshair->along(a.vertical)));
    m_shownSlice = slice;
    m_sliceLabel->setText(
        tr("%1 %2 / %3").arg(QString::fromLatin1(axisName(a.normal))).arg(slice + 1).arg(extentAlong(shape, a.normal)));
}

QString OrthoSliceView::describeVoxel(std::size_t x, std::size_t y, std::size_t z) const {
    const Spacing s = m_layers->spacing();
    QString text = tr("x %1, y %2, z %3").arg(x).arg(y).arg(z);
    if (s.known)
        text += tr(" (%1, %2, %3 um)").arg(x * s.x, 0, 'f', 2).arg(y * s.y, 0, 'f', 2).arg(z * s.z, 0, 'f', 2);
    for (int row = m_layers->count() - 1; row >= 0; --row) {
        const Layer& l = m_layers->layer(row);
        if (!l.visible || l.shape() != m_layers->shape())
            continue;
        if (l.kind() == LayerKind::Labels && l.categoryNames.empty()) {
            const std::uint32_t id = l.labels->at(x, y, z);
            if (id == 0)
                continue;
            text += tr("  |  %1: nucleus %2").arg(l.name).arg(id);
            if (const NucleusMeasurement* nucleus = l.nuclei ? l.nuclei->find(id) : nullptr)
                text += tr(" (%1)").arg(describeMeasurement(*nucleus));
            continue;
        }
        text += tr("  |  %1: %2").arg(l.name, l.valueText(x, y, z));
    }
    return text;
}

} // namespace nuclei3d::ui
