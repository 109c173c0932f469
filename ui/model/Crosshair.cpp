#include "model/Crosshair.h"

#include <algorithm>

namespace nuclei3d::ui {

Crosshair::Crosshair(QObject* parent) : QObject(parent) {}

void Crosshair::setShape(const Shape& shape) {
    m_shape = shape;
    m_position = {shape.x / 2, shape.y / 2, shape.z / 2};
    Q_EMIT moved();
}

void Crosshair::setPosition(long long x, long long y, long long z) {
    auto clampTo = [](long long v, std::size_t size) {
        return size == 0 ? std::size_t{0} : static_cast<std::size_t>(std::clamp<long long>(v, 0, static_cast<long long>(size) - 1));
    };
    const std::array<std::size_t, 3> p{clampTo(x, m_shape.x), clampTo(y, m_shape.y), clampTo(z, m_shape.z)};
    if (p == m_position)
        return;
    m_position = p;
    Q_EMIT moved();
}

void Crosshair::setAlong(int axis, long long value) {
    std::array<long long, 3> p{static_cast<long long>(m_position[0]), static_cast<long long>(m_position[1]),
                               static_cast<long long>(m_position[2])};
    p[static_cast<std::size_t>(std::clamp(axis, 0, 2))] = value;
    setPosition(p[0], p[1], p[2]);
}

} // namespace nuclei3d::ui
