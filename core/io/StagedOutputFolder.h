#pragma once
// Writes a set of result files so that a folder gets all of them or none: files are written into a
// hidden staging folder inside the target folder and moved into place together by commit(). A run
// that fails or is cancelled half way leaves the target folder as it was (the destructor removes
// the staging folder), so nobody mistakes a partial set of outputs for a result.
#include <filesystem>
#include <string>
#include <vector>

namespace nuclei3d {

class StagedOutputFolder {
public:
    /// Creates the target folder if needed; throws FileError when it cannot be created or written.
    explicit StagedOutputFolder(std::filesystem::path target);
    ~StagedOutputFolder();
    StagedOutputFolder(const StagedOutputFolder&) = delete;
    StagedOutputFolder& operator=(const StagedOutputFolder&) = delete;

    /// Where to write the file `name` now; it reaches target()/name on commit().
    std::filesystem::path stagedPath(const std::string& name);
    /// Moves every staged file into the target folder (renames within one file system).
    /// Returns the final paths in the order they were staged.
    std::vector<std::filesystem::path> commit();
    const std::filesystem::path& target() const { return m_target; }

private:
    std::filesystem::path m_target;
    std::filesystem::path m_staging;
    std::vector<std::string> m_names;
    bool m_committed = false;
};

} // namespace nuclei3d
