#include "io/TiffHandle.h"

#include "pipeline/Error.h"

#include <cstdarg>
#include <cstdio>
#include <mutex>

namespace nuclei3d {

struct TiffMessages {
    int errors = 0;
    std::string firstError;

    void add(const char* module, const char* format, va_list args) {
        ++errors;
        if (!firstError.empty())
            return;
        char text[1024];
        std::vsnprintf(text, sizeof text, format, args);
        firstError = (module && *module) ? std::string(module) + ": " + text : std::string(text);
    }
};

namespace {

// Messages libtiff sends through the process-wide handlers (those raised without a TIFF* at hand)
// are kept for the thread that caused them; the handle in use on that thread picks them up.
thread_local std::string t_unclaimedError;
thread_local int t_unclaimedErrors = 0;

void globalError(const char* module, const char* format, va_list args) {
    ++t_unclaimedErrors;
    if (!t_unclaimedError.empty())
        return;
    char text[1024];
    std::vsnprintf(text, sizeof text, format, args);
    t_unclaimedError = (module && *module) ? std::string(module) + ": " + text : std::string(text);
}

void globalWarning(const char*, const char*, va_list) {
    // Warnings (unknown private tags, odd but readable layouts) are not worth a user's attention.
}

int handleError(TIFF*, void* userData, const char* module, const char* format, va_list args) {
    static_cast<TiffMessages*>(userData)->add(module, format, args);
    return 1; // handled: do not pass on to the process-wide handler
}

int handleWarning(TIFF*, void*, const char*, const char*, va_list) {
    return 1;
}

void installGlobalHandlers() {
    static std::once_flag once;
    std::call_once(once, [] {
        TIFFSetErrorHandler(globalError);
        TIFFSetErrorHandlerExt(nullptr);
        TIFFSetWarningHandler(globalWarning);
        TIFFSetWarningHandlerExt(nullptr);
    });
}

struct OptionsDeleter {
    void operator()(TIFFOpenOptions* options) const { TIFFOpenOptionsFree(options); }
};

const char* modeText(TiffHandle::Mode mode) {
    switch (mode) {
    // "m": no memory mapping, so a file shrinking under us gives read errors instead of SIGBUS.
    case TiffHandle::Mode::Read:
        return "rm";
    case TiffHandle::Mode::Write:
        return "w";
    case TiffHandle::Mode::WriteBigTiff:
        return "w8";
    }
    return "r";
}

} // namespace

TiffHandle::TiffHandle(const std::filesystem::path& file, Mode mode, const std::filesystem::path& reportAs)
    : m_openedPath(file.string()), m_reportAs(reportAs), m_messages(std::make_unique<TiffMessages>()) {
    installGlobalHandlers();
    t_unclaimedError.clear();
    t_unclaimedErrors = 0;
    std::unique_ptr<TIFFOpenOptions, OptionsDeleter> options(TIFFOpenOptionsAlloc());
    if (!options)
        throw FileError(m_reportAs, "could not be opened (out of memory)");
    TIFFOpenOptionsSetErrorHandlerExtR(options.get(), handleError, m_messages.get());
    TIFFOpenOptionsSetWarningHandlerExtR(options.get(), handleWarning, nullptr);
    m_tiff = TIFFOpenExt(m_openedPath.c_str(), modeText(mode), options.get());
    if (!m_tiff) {
        // checkTiffFile has seen a TIFF header already, so a failure here means damage behind it.
        if (mode == Mode::Read)
            fail("is damaged or truncated: its first page cannot be read");
        fail("could not be created");
    }
}

TiffHandle::~TiffHandle() {
    if (m_tiff)
        TIFFClose(m_tiff);
}

void TiffHandle::close() {
    if (!m_tiff)
        return;
    const int before = errorCount();
    TIFFClose(m_tiff);
    m_tiff = nullptr;
    if (errorCount() != before)
        fail("could not be written completely (disk full?)");
}

int TiffHandle::errorCount() const {
    return m_messages->errors + t_unclaimedErrors;
}

std::string TiffHandle::firstError() const {
    std::string text = m_messages->firstError.empty() ? t_unclaimedError : m_messages->firstError;
    for (const std::string& path : {m_openedPath + ": ", m_openedPath}) {
        for (std::size_t at = text.find(path); !path.empty() && at != std::string::npos;
             at = text.find(path, at))
            text.erase(at, path.size());
    }
    return text;
}

void TiffHandle::clearErrors() const {
    m_messages->firstError.clear();
    t_unclaimedError.clear();
}

void TiffHandle::fail(const std::string& problem) const {
    const std::string detail = firstError();
    throw FileError(m_reportAs, detail.empty() ? problem : problem + " (libtiff: " + detail + ")");
}

} // namespace nuclei3d
