#pragma once
// Owns one open libtiff handle and collects what libtiff says about it. libtiff normally prints its
// errors and warnings to stderr; here they are captured (per handle, with a process-wide fallback
// for the few messages libtiff sends without a handle) so that they end up in a FileError instead.
//
// Threads: a TiffHandle is used by one thread at a time; different threads may each use their own.
#include <tiffio.h>

#include <filesystem>
#include <memory>
#include <string>

namespace nuclei3d {

struct TiffMessages; // what libtiff reported about one handle (defined in TiffHandle.cpp)

class TiffHandle {
  public:
    enum class Mode { Read, Write, WriteBigTiff };

    /// Opens `file`; errors are reported as FileError naming `reportAs` (the file the user knows
    /// about, which differs from `file` while writing to a temporary file).
    TiffHandle(const std::filesystem::path& file, Mode mode, const std::filesystem::path& reportAs);
    ~TiffHandle();
    TiffHandle(const TiffHandle&) = delete;
    TiffHandle& operator=(const TiffHandle&) = delete;

    TIFF* get() const { return m_tiff; }
    const std::filesystem::path& reportedPath() const { return m_reportAs; }

    /// Closes the handle now (the destructor does it otherwise). Throws FileError if libtiff reported
    /// an error while finishing the file.
    void close();

    /// Number of errors libtiff has reported so far; compare before and after a call to see
    /// whether that call failed even when its return value cannot tell.
    int errorCount() const;
    /// The first error libtiff reported since the last clearErrors(), empty if none. The path
    /// libtiff was given is left out: the FileError names the file already, and while writing that
    /// path is a temporary file the user never sees.
    std::string firstError() const;
    /// Forgets earlier messages (libtiff may have reported and recovered from a problem) so that a
    /// failure is explained by its own cause. Message bookkeeping only, hence const.
    void clearErrors() const;

    /// Throws FileError("<problem> (libtiff: <first error>)").
    [[noreturn]] void fail(const std::string& problem) const;

  private:
    std::string m_openedPath;
    std::filesystem::path m_reportAs;
    std::unique_ptr<TiffMessages> m_messages;
    TIFF* m_tiff = nullptr;
};

} // namespace nuclei3d
