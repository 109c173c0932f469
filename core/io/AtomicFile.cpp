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

// Returns an error text, or an empty string when the data are safely on disk.
std::string flushToDisk(const fs::path& file) {
#ifndef _WIN32
    // Without fsync a power cut after the rename could leave an empty file under the final name.
    // Some write errors (network file systems, quotas) are only reported here, so they count.
    const int fd = ::open(file.c_str(), O_RDONLY);
    if (fd < 0)
        return {}; // cannot sync, but nothing says the data are bad; rename() reports a missing file
    const bool synced = ::fsync(fd) == 0 || errno == EINVAL; // EINVAL: no fsync on this file system
    const std::string error = synced ? std::string() : std::strerror(errno);
    ::close(fd);
    return error;
#else
    (void)file;
    return {};
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
    if (const std::string error = flushToDisk(m_temporary); !error.empty())
        throw FileError(m_target, "could not be written completely (" + error + ")");
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
