#pragma once
// Writes a file so that the final name only ever holds a complete file: everything goes to a
// temporary file in the same folder, and commit() renames it into place. If commit() is never
// reached (an error, a cancel, an exception) the destructor removes the temporary file.
#include <filesystem>

namespace nuclei3d {

class AtomicFile {
public:
    /// Checks that the target folder exists and is writable; throws FileError naming the target.
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& temporaryPath() const { return m_temporary; }
    const std::filesystem::path& targetPath() const { return m_target; }

    /// Flushes the temporary file to disk and renames it over the target.
    void commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    bool m_committed = false;
};

/// Writes text to a file atomically (JSON, CSV); throws FileError on any failure.
void writeTextFileAtomically(const std::filesystem::path& target, const std::string& text);

} // namespace nuclei3d
