#include "views/SliceView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace nuclei3d::ui {

/// Paints the slice picture centred and scaled, and maps mouse positions back to voxels.
class SliceCanvas : public QWidget {
public:
    explicit SliceCanvas(QWidget* parent) : QWidget(parent) {
        setMouseTracking(true);
        setMinimumSize(200, 200);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    void setPicture(QImage picture, double aspectYOverX) {
        m_picture = std::move(picture);
        m_aspect = aspectYOverX;
        update();
    }
    std::function<void(int, int)> onHover;
    std::function<void(int)> onWheel;

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(16, 20, 26));
        if (m_picture.isNull())
            return;
        painter.drawImage(target(), m_picture);
    }
    void mouseMoveEvent(QMouseEvent* event) override {
        const QRectF t = target();
        if (m_picture.isNull() || !t.contains(event->position()) || !onHover)
            return;
        const int x = static_cast<int>((event->position().x() - t.left()) / t.width() * m_picture.width());
        const int y = static_cast<int>((event->position().y() - t.top()) / t.height() * m_picture.height());
        onHover(std::min(x, m_picture.width() - 1), std::min(y, m_picture.height() - 1));
    }
    void wheelEvent(QWheelEvent* event) override {
        if (onWheel)
            onWheel(event->angleDelta().y() > 0 ? 1 : -1);
    }

private:
    QRectF target() const {
        // True physical aspect: a voxel twice as tall in y is drawn twice as tall.
        const double w = m_picture.width();
        const double h = m_picture.height() * m_aspect;
        const double scale = std::min(width() / w, height() / h);
        return QRectF((width() - w * scale) / 2.0, (height() - h * scale) / 2.0, w * scale, h * scale);
    }
    QImage m_picture;
    double m_aspect = 1.0;
};

SliceView::SliceView(QWidget* parent) : QWidget(parent) {
    m_canvas = new SliceCanvas(this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setEnabled(false);
    m_slider->setToolTip(tr("Depth (z slice); the mouse wheel over the image steps too"));
    m_sliceLabel = new QLabel(tr("No volume"), this);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_sliceLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(controls);
    connect(m_slider, &QSlider::valueChanged, this, &SliceView::refresh);
    m_canvas->onHover = [this](int x, int y) { describeVoxel(x, y); };
    m_canvas->onWheel = [this](int step) { m_slider->setValue(m_slider->value() + step); };
}

void SliceView::setImage(std::shared_ptr<const Volume<float>> image) {
    m_image = std::move(image);
    if (m_labels && (!m_image || m_labels->shape() != m_image->shape()))
        m_labels.reset();
    m_window = m_image ? autoWindow(*m_image) : DisplayWindow{};
    const int depth = m_image ? static_cast<int>(m_image->sizeZ()) : 1;
    m_slider->setEnabled(m_image != nullptr);
    m_slider->setRange(0, depth - 1);
    m_slider->setValue(depth / 2);
    refresh();
}

void SliceView::setLabels(std::shared_ptr<const Volume<std::uint32_t>> labels) {
    m_labels = std::move(labels);
    refresh();
}

std::size_t SliceView::currentSlice() const { return static_cast<std::size_t>(m_slider->value()); }

void SliceView::setCurrentSlice(std::size_t z) { m_slider->setValue(static_cast<int>(z)); }

void SliceView::refresh() {
    if (!m_image) {
        m_canvas->setPicture(QImage(), 1.0);
        m_sliceLabel->setText(tr("No volume"));
        return;
    }
    const std::size_t z = currentSlice();
    QImage picture = renderSlice(*m_image, z, m_window);
    if (m_labels && m_labels->shape() == m_image->shape())
        overlayLabels(picture, *m_labels, z, 0.45);
    const Spacing& s = m_image->spacing();
    m_canvas->setPicture(std::move(picture), s.y / s.x);
    m_sliceLabel->setText(tr("z %1 / %2").arg(z + 1).arg(m_image->sizeZ()));
}

void SliceView::describeVoxel(int x, int y) {
    if (!m_image)
        return;
    const auto ux = static_cast<std::size_t>(x), uy = static_cast<std::size_t>(y);
    const std::size_t z = currentSlice();
    QString text = tr("x %1, y %2, z %3: value %4").arg(x).arg(y).arg(z).arg(double(m_image->at(ux, uy, z)));
    if (m_labels)
        if (const std::uint32_t id = m_labels->at(ux, uy, z))
            text += tr(", nucleus %1").arg(id);
    Q_EMIT hoverTextChanged(text);
}

} // namespace nuclei3d::ui
