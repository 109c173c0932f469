// nuclei3d-cli info: what a TIFF volume holds (size, voxel type, voxel size), read from its header.
#include "Commands.h"

#include "io/TiffVolumeIO.h"

#include <cstdio>

namespace nuclei3d::cli {

Command addInfoCommand(CLI::App& app) {
    auto files = std::make_shared<std::vector<std::string>>();
    CLI::App* command = app.add_subcommand("info", "Show size, voxel type and voxel size of TIFF volumes");
    command->add_option("files", *files, "TIFF files")->required()->check(CLI::ExistingFile)->type_name("IMAGE.tif");
    return {command, [files](const CommandContext&) {
        for (const auto& file : *files) {
            const VolumeFileInfo info = readVolumeInfo(file);
            std::printf("%s\n  size (x y z): %zu x %zu x %zu voxels\n  voxel type:   %s\n", file.c_str(), info.shape.x,
                        info.shape.y, info.shape.z, voxelTypeName(info.type));
            if (info.spacing.known)
                std::printf("  voxel size:   %g x %g x %g um (x y z)\n", info.spacing.x, info.spacing.y, info.spacing.z);
            else
                std::printf("  voxel size:   not stored in the file\n");
            std::printf("  layout:       %s, %s%s\n", info.tiled ? "tiles" : "strips", info.compression.c_str(),
                        info.bigTiff ? ", BigTIFF" : "");
        }
        return 0;
    }};
}

} // namespace nuclei3d::cli
