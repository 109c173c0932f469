#pragma once
// A dense 3D image of one voxel type with its physical spacing. Voxels are stored x fastest, then y,
// then z, so that a z slice is one contiguous block (as in a TIFF stack).
#include "volume/Shape.h"
#include "volume/Spacing.h"

#include <cassert>
#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

namespace nuclei3d {

template <typename T>
class Volume {
public:
    using value_type = T;

    Volume() = default;
    explicit Volume(Shape shape, T fill = T{}, Spacing spacing = {})
        : m_shape(shape), m_spacing(spacing), m_data(shape.voxelCount(), fill) {}
    /// Takes over voxels already in memory (e.g. decoded page by page); sizes must agree.
    Volume(Shape shape, std::vector<T>&& voxels, Spacing spacing)
        : m_shape(shape), m_spacing(spacing), m_data(std::move(voxels)) {
        if (m_data.size() != shape.voxelCount())
            throw std::invalid_argument("Volume: voxel count does not match the shape");
    }

    const Shape& shape() const { return m_shape; }
    const Spacing& spacing() const { return m_spacing; }
    void setSpacing(const Spacing& spacing) { m_spacing = spacing; }

    std::size_t sizeX() const { return m_shape.x; }
    std::size_t sizeY() const { return m_shape.y; }
    std::size_t sizeZ() const { return m_shape.z; }
    std::size_t voxelCount() const { return m_data.size(); }
    bool empty() const { return m_data.empty(); }

    std::size_t index(std::size_t x, std::size_t y, std::size_t z) const {
        assert(x < m_shape.x && y < m_shape.y && z < m_shape.z);
        return x + m_shape.x * (y + m_shape.y * z);
    }
    T& at(std::size_t x, std::size_t y, std::size_t z) { return m_data[index(x, y, z)]; }
    const T& at(std::size_t x, std::size_t y, std::size_t z) const { return m_data[index(x, y, z)]; }
    T& operator[](std::size_t i) { return m_data[i]; }
    const T& operator[](std::size_t i) const { return m_data[i]; }

    T* data() { return m_data.data(); }
    const T* data() const { return m_data.data(); }
    T* slice(std::size_t z) { return m_data.data() + z * m_shape.sliceSize(); }
    const T* slice(std::size_t z) const { return m_data.data() + z * m_shape.sliceSize(); }

    std::vector<T>& storage() { return m_data; }
    const std::vector<T>& storage() const { return m_data; }

private:
    Shape m_shape;
    Spacing m_spacing;
    std::vector<T> m_data;
};

} // namespace nuclei3d
