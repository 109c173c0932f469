#pragma once
// The one exception type core/ throws for anything a user can cause (bad file, bad parameter,
// cancelled work). The message is complete and meant to be shown as it is.
#include <filesystem>
#include <stdexcept>
#include <string>

namespace nuclei3d {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An error about one file: the message always starts with the file's path.
class FileError : public Error {
public:
    FileError(const std::filesystem::path& file, const std::string& problem)
        : Error(file.string() + ": " + problem), m_file(file) {}
    const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
};

/// Thrown when the user cancelled long work; callers treat it as a clean stop, not a failure.
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

} // namespace nuclei3d
