#include "io/AtomicFile.h"

#include "pipeline/Error.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace nuclei3d {
namespace fs = std::filesystem;

namespace {
std::string uniqueSuffix() {
    static std::atomic<unsigned> counter{0};
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    return std::to_string(ticks % 1000000007) + "-" + std::to_string(counter.fetch_add(1));
}

void flushToDisk(const fs::path& file) {
#ifndef _WIN32
    // Without fsync a power cut after the rename could leave an empty file under the final name.
    const int fd = ::open(file.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    (void)file;
#endif
}
} // namespace

AtomicFile::AtomicFile(fs::path target) : m_target(std::move(target)) {
    fs::path folder = m_target.parent_path();
    if (folder.empty())
        folder = ".";
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw FileError(m_target, "the folder " + folder.string() + " does not exist");
    if (fs::is_directory(m_target, ec))
        throw FileError(m_target, "is a folder, not a file");
    m_temporary = folder / ("." + m_target.filename().string() + ".part-" + uniqueSuffix());
}

AtomicFile::~AtomicFile() {
    if (!m_committed) {
        std::error_code ec;
        fs::remove(m_temporary, ec);
    }
}

void AtomicFile::commit() {
    flushToDisk(m_temporary);
    std::error_code ec;
    fs::rename(m_temporary, m_target, ec);
    if (ec)
        throw FileError(m_target, "could not be written (" + ec.message() + ")");
    m_committed = true;
}

void writeTextFileAtomically(const fs::path& target, const std::string& text) {
    AtomicFile file(target);
    {
        std::ofstream out(file.temporaryPath(), std::ios::binary | std::ios::trunc);
        if (!out)
            throw FileError(target, std::string("could not be created (") + std::strerror(errno) + ")");
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out)
            throw FileError(target, "could not be written completely (disk full?)");
    }
    file.commit();
}

} // namespace nuclei3d
