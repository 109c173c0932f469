#pragma once
// Small helpers shared by the test suites (no test logic of its own).
#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <filesystem>
#include <string>

namespace nuclei3d::test {

/// ../shared/data beside the repository, or empty when this checkout has none.
inline std::filesystem::path sharedDataDir() {
    const std::filesystem::path dir(NUCLEI3D_SHARED_DATA_DIR);
    return std::filesystem::is_directory(dir) ? dir : std::filesystem::path();
}

inline std::filesystem::path toPath(const QString& s) { return std::filesystem::path(s.toStdString()); }

} // namespace nuclei3d::test
