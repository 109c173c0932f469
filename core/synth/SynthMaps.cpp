#include "synth/SynthMaps.h"

#include "pipeline/Parallel.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace nuclei3d {

void deriveSynthMaps(SynthResult& result, const Progress& progress) {
    const std::string step = "contours and shape markers";
    progress.report(0.0, step); // before allocating: the four new volumes are a good part of the time
    const Volume<std::uint32_t>& instances = result.instances;
    const Shape shape = instances.shape();
    const Spacing spacing = instances.spacing();
    result.binary = Volume<std::uint8_t>(shape, 0, spacing);
    result.contour = Volume<std::uint8_t>(shape, 0, spacing);
    result.shapemarker = Volume<std::uint8_t>(shape, 0, spacing);
    result.blurred = Volume<float>(shape, 0.0f, spacing);

    std::vector<std::uint8_t> shapeValueOf(result.nuclei.size() + 1, 0);
    for (const SynthNucleus& n : result.nuclei)
        shapeValueOf[n.id] = n.shapeValue;

    const std::size_t nx = shape.x, ny = shape.y, nz = shape.z, sliceSize = shape.sliceSize();
    parallelForReporting(nz, progress, step, [&](std::size_t z0, std::size_t z1) {
        for (std::size_t z = z0; z < z1; ++z) {
            const std::uint32_t* here = instances.slice(z);
            const std::uint32_t* below = z > 0 ? instances.slice(z - 1) : nullptr;
            const std::uint32_t* above = z + 1 < nz ? instances.slice(z + 1) : nullptr;
            const std::size_t offset = z * sliceSize;
            for (std::size_t y = 0; y < ny; ++y)
                for (std::size_t x = 0; x < nx; ++x) {
                    const std::size_t i = y * nx + x;
                    const std::uint32_t id = here[i];
                    if (id == 0)
                        continue;
                    result.binary[offset + i] = 255;
                    result.blurred[offset + i] = 255.0f;
                    result.shapemarker[offset + i] = shapeValueOf[id];
                    // Only neighbours inside the volume count: a nucleus cut by the border goes on
                    // beyond the crop, so the cut face is not its boundary.
                    const bool boundary = (x > 0 && here[i - 1] != id) || (x + 1 < nx && here[i + 1] != id) ||
                                          (y > 0 && here[i - nx] != id) ||
                                          (y + 1 < ny && here[i + nx] != id) || (below && below[i] != id) ||
                                          (above && above[i] != id);
                    if (boundary)
                        result.contour[offset + i] = 255;
                }
        }
    });
}

} // namespace nuclei3d
