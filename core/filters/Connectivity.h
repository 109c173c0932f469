#pragma once
// Which voxels count as neighbours in the 3D filters: faces only (6) or faces, edges and corners (26).
namespace nuclei3d {

enum class Connectivity { Six = 6, TwentySix = 26 };

} // namespace nuclei3d
