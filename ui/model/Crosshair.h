#pragma once
// The linked crosshair of the slice views: one voxel position (x, y, z) inside the document's
// size. Each view shows the slice through it along its own axis and draws its lines; moving it in
// one view moves the others.
//
// Threads: UI thread only.
#include "volume/Shape.h"

#include <QObject>

#include <array>

namespace nuclei3d::ui {

class Crosshair : public QObject {
    Q_OBJECT
  public:
    explicit Crosshair(QObject* parent = nullptr);

    /// The volume size the position is kept inside; centres the position on a new size.
    void setShape(const Shape& shape);
    Shape shape() const { return m_shape; }
    std::size_t x() const { return m_position[0]; }
    std::size_t y() const { return m_position[1]; }
    std::size_t z() const { return m_position[2]; }
    /// Axis 0 = x, 1 = y, 2 = z.
    std::size_t along(int axis) const { return m_position[static_cast<std::size_t>(axis)]; }
    /// Clamped into the volume; emits moved() only when something changed.
    void setPosition(long long x, long long y, long long z);
    void setAlong(int axis, long long value);

  Q_SIGNALS:
    void moved();

  private:
    Shape m_shape;
    std::array<std::size_t, 3> m_position{};
};

} // namespace nuclei3d::ui
