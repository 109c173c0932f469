#include "views/SliceCanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace nuclei3d::ui {

SliceCanvas::SliceCanvas(QWidget* parent)
    : QWidget(parent), m_horizontalColour(255, 220, 60, 170), m_verticalColour(60, 200, 255, 170) {
    setMouseTracking(true);
    setMinimumSize(160, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void SliceCanvas::setPicture(QImage picture, double pixelWidth, double pixelHeight) {
    const bool newSize = picture.size() != m_picture.size();
    m_picture = std::move(picture);
    m_pixelWidth = pixelWidth > 0.0 ? pixelWidth : 1.0;
    m_pixelHeight = pixelHeight > 0.0 ? pixelHeight : 1.0;
    if (newSize)
        resetView();
    update();
}

void SliceCanvas::setCrosshair(int u, int v) {
    m_crossU = u;
    m_crossV = v;
    update();
}

void SliceCanvas::setCrosshairColours(QColor horizontal, QColor vertical) {
    m_horizontalColour = horizontal;
    m_verticalColour = vertical;
}

void SliceCanvas::setZoom(double zoom) {
    m_zoom = std::clamp(zoom, 0.25, 64.0);
    update();
}

void SliceCanvas::resetView() {
    m_zoom = 1.0;
    m_pan = {};
    update();
}

QRectF SliceCanvas::target() const {
    if (m_picture.isNull())
        return {};
    const double w = m_picture.width() * m_pixelWidth;
    const double h = m_picture.height() * m_pixelHeight;
    const double fit = std::min(width() / w, height() / h) * m_zoom;
    const QSizeF size(w * fit, h * fit);
    return QRectF(QPointF((width() - size.width()) / 2.0, (height() - size.height()) / 2.0) + m_pan, size);
}

QPoint SliceCanvas::pixelAt(QPointF position) const {
    const QRectF t = target();
    if (t.isEmpty() || !t.contains(position))
        return {-1, -1};
    const int u = static_cast<int>((position.x() - t.left()) / t.width() * m_picture.width());
    const int v = static_cast<int>((position.y() - t.top()) / t.height() * m_picture.height());
    return {std::min(u, m_picture.width() - 1), std::min(v, m_picture.height() - 1)};
}

void SliceCanvas::setSelection(QRect pixels) {
    m_selection = pixels;
    update();
}

void SliceCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(16, 20, 26));
    if (m_picture.isNull())
        return;
    const QRectF t = target();
    painter.drawImage(t, m_picture);
    if (!m_selection.isEmpty()) {
        const double sx = t.width() / m_picture.width(), sy = t.height() / m_picture.height();
        painter.setPen(QPen(QColor(255, 255, 255, 220), 1.5, Qt::DashLine));
        painter.drawRect(QRectF(t.left() + m_selection.left() * sx, t.top() + m_selection.top() * sy,
                                (m_selection.width()) * sx, (m_selection.height()) * sy));
    }
    if (m_crossU < 0 || m_crossV < 0)
        return;
    const double x = t.left() + (m_crossU + 0.5) * t.width() / m_picture.width();
    const double y = t.top() + (m_crossV + 0.5) * t.height() / m_picture.height();
    painter.setPen(QPen(m_verticalColour, 1.0, Qt::DashLine));
    painter.drawLine(QPointF(x, t.top()), QPointF(x, t.bottom()));
    painter.setPen(QPen(m_horizontalColour, 1.0, Qt::DashLine));
    painter.drawLine(QPointF(t.left(), y), QPointF(t.right(), y));
}

void SliceCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        const QPoint p = pixelAt(event->position());
        if (p.x() >= 0) {
            m_selecting = true;
            m_selectionStart = p;
            setSelection(QRect(p, p));
        }
    } else if (event->button() == Qt::LeftButton) {
        m_pointing = true;
        const QPoint p = pixelAt(event->position());
        if (p.x() >= 0)
            Q_EMIT clicked(p.x(), p.y());
    } else if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_dragStart = event->position() - m_pan;
        setCursor(Qt::ClosedHandCursor);
    }
}

void SliceCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        m_pan = event->position() - m_dragStart;
        update();
        return;
    }
    const QPoint p = pixelAt(event->position());
    if (p.x() < 0)
        return;
    if (m_selecting)
        setSelection(QRect(m_selectionStart, p).normalized());
    else if (m_pointing)
        Q_EMIT clicked(p.x(), p.y());
    Q_EMIT hovered(p.x(), p.y());
}

void SliceCanvas::mouseReleaseEvent(QMouseEvent*) {
    m_pointing = false;
    if (m_selecting) {
        m_selecting = false;
        if (m_selection.width() > 1 && m_selection.height() > 1)
            Q_EMIT rectangleSelected(m_selection);
        else
            setSelection({}); // a Shift+click, not a box
    }
    if (m_panning) {
        m_panning = false;
        unsetCursor();
    }
}

void SliceCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        resetView();
}

void SliceCanvas::wheelEvent(QWheelEvent* event) {
    const int delta = event->angleDelta().y();
    if (event->modifiers() & Qt::ControlModifier) {
        // Zoom about the mouse: the point under it stays under it.
        const QPointF mouse = event->position();
        const QPointF centre(width() / 2.0, height() / 2.0);
        const double factor = std::pow(1.0015, delta);
        const double old = m_zoom;
        setZoom(m_zoom * factor);
        const double applied = m_zoom / old;
        m_pan = (m_pan + centre - mouse) * applied + mouse - centre;
        update();
        event->accept();
        return;
    }
    // Touchpads send small deltas: add them up to whole notches.
    m_wheelRemainder += delta;
    const int steps = m_wheelRemainder / 120;
    m_wheelRemainder -= steps * 120;
    if (steps != 0)
        Q_EMIT wheelStepped(steps);
    event->accept();
}

void SliceCanvas::leaveEvent(QEvent*) { Q_EMIT left(); }

} // namespace nuclei3d::ui
