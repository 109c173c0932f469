#include "io/StagedOutputFolder.h"

#include "pipeline/Error.h"

#include <algorithm>
#include <chrono>
#include <system_error>

namespace nuclei3d {
namespace fs = std::filesystem;

StagedOutputFolder::StagedOutputFolder(fs::path target) : m_target(std::move(target)) {
    std::error_code ec;
    fs::create_directories(m_target, ec);
    if (ec || !fs::is_directory(m_target))
        throw FileError(m_target, "the output folder cannot be created (" +
                                      (ec ? ec.message() : std::string("a file has that name")) + ")");
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    m_staging = m_target / (".nuclei3d-partial-" + std::to_string(stamp));
    fs::create_directory(m_staging, ec);
    if (ec)
        throw FileError(m_target, "the output folder is not writable (" + ec.message() + ")");
}

StagedOutputFolder::~StagedOutputFolder() {
    std::error_code ec;
    fs::remove_all(m_staging, ec);
}

fs::path StagedOutputFolder::stagedPath(const std::string& name) {
    if (std::find(m_names.begin(), m_names.end(), name) == m_names.end())
        m_names.push_back(name);
    return m_staging / name;
}

std::vector<fs::path> StagedOutputFolder::commit() {
    std::vector<fs::path> finals;
    for (const auto& name : m_names) {
        std::error_code ec;
        if (!fs::exists(m_staging / name))
            continue;
        fs::rename(m_staging / name, m_target / name, ec);
        if (ec)
            throw FileError(m_target / name, "could not be moved into place (" + ec.message() + ")");
        finals.push_back(m_target / name);
    }
    m_committed = true;
    return finals;
}

} // namespace nuclei3d
