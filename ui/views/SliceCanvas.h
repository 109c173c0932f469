#pragma once
// Paints one slice picture at its true physical aspect (a pixel is as wide and tall as its voxel
// in micrometres), zoomed and panned, with the crosshair's lines; maps the mouse back to pixels.
// Left button: move the crosshair; wheel: step slices (Ctrl+wheel: zoom at the mouse); right or
// middle drag: pan; double click: fit the picture again; Shift + left drag: select a rectangle (the
// region of the interactive preview).
//
// Threads: UI thread only.
#include <QImage>
#include <QPointF>
#include <QRect>
#include <QWidget>

namespace nuclei3d::ui {

class SliceCanvas : public QWidget {
    Q_OBJECT
  public:
    explicit SliceCanvas(QWidget* parent = nullptr);

    /// pixelWidth/pixelHeight: physical size of one pixel (any unit, only the ratio matters).
    void setPicture(QImage picture, double pixelWidth, double pixelHeight);
    const QImage& picture() const { return m_picture; }
    /// The crosshair in picture pixels (drawn through pixel centres); negative hides it.
    void setCrosshair(int u, int v);
    void setCrosshairColours(QColor horizontal, QColor vertical);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void resetView();
    /// The picture pixel under a widget position, or (-1, -1) outside the picture.
    QPoint pixelAt(QPointF position) const;
    /// The widget rectangle the picture fills now.
    QRectF target() const;
    /// The selected rectangle in picture pixels, drawn over the picture (empty: none).
    void setSelection(QRect pixels);
    QRect selection() const { return m_selection; }

  Q_SIGNALS:
    void hovered(int u, int v);
    void clicked(int u, int v);
    void wheelStepped(int steps);
    /// Shift + left drag ended: the rectangle in picture pixels (both corners included).
    void rectangleSelected(QRect pixels);
    void left();

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    QImage m_picture;
    double m_pixelWidth = 1.0;
    double m_pixelHeight = 1.0;
    int m_crossU = -1;
    int m_crossV = -1;
    QColor m_horizontalColour;
    QColor m_verticalColour;
    double m_zoom = 1.0;
    QPointF m_pan;
    QPointF m_dragStart;
    bool m_panning = false;
    bool m_pointing = false;
    bool m_selecting = false;
    QPoint m_selectionStart;
    QRect m_selection;
    int m_wheelRemainder = 0;
};

} // namespace nuclei3d::ui
