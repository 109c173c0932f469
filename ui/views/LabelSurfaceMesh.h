#pragma once
// The surfaces of a labels volume as VTK polygons with a colour per point (each nucleus in its
// slice-overlay colour). Made by LabelSurfaceBuilder on a worker, drawn by VolumeView3D. VTK stays
// out of the header: the polygons are held through a forward-declared type.
#include <cstddef>
#include <memory>

class vtkPolyData;

namespace nuclei3d::ui {

struct LabelSurfaceMesh {
    std::shared_ptr<vtkPolyData> polygons; ///< in micrometres (voxel units when the size is unknown)
    std::size_t nuclei = 0;                ///< labels that got a surface
    std::size_t triangles = 0;
    std::size_t step = 1;                  ///< the labels were sampled every `step` voxels
};

} // namespace nuclei3d::ui
