#pragma once
// The readers under test take a path, so each fuzz input is written to one scratch file per
// process (in RAM under /dev/shm when it exists: a disk file would make every run an fsync away).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h> // getpid: the fuzzers are built only with clang on Linux

namespace nuclei3d::fuzz {

inline std::filesystem::path scratchFile(const char* extension) {
    const std::filesystem::path shm("/dev/shm");
    std::error_code ec;
    const std::filesystem::path folder =
        std::filesystem::is_directory(shm, ec) ? shm : std::filesystem::temp_directory_path();
    return folder / ("nuclei3d-fuzz-" + std::to_string(getpid()) + extension);
}

/// Writes the input to `file`, replacing what the previous input left there.
inline void writeInput(const std::filesystem::path& file, const std::uint8_t* data, std::size_t size) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

} // namespace nuclei3d::fuzz
