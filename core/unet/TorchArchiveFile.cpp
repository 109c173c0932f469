#include "unet/TorchArchiveFile.h"

#include "io/AtomicFile.h"
#include "pipeline/Error.h"
#include "unet/PickleCheck.h"

#include <caffe2/serialize/inline_container.h>

#include <string_view>

namespace nuclei3d {
namespace {

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

bool isPickleRecord(const std::string& name) {
    // data.pkl, constants.pkl, and the code/*.debug_pkl records that TorchScript also unpickles.
    return name.size() >= 3 && name.compare(name.size() - 3, 3, "pkl") == 0;
}

// Throws FileError for the first pickle record of the archive that would not stand LibTorch's
// unpickler (see PickleCheck.h); c10::Error from the zip reader passes through to the caller.
void checkPickles(const std::filesystem::path& file, const std::string& kind) {
    caffe2::serialize::PyTorchStreamReader reader(file.string());
    for (const std::string& name : reader.getAllRecords()) {
        if (!isPickleRecord(name))
            continue;
        const auto [data, size] = reader.getRecord(name);
        const std::string problem =
            findPickleProblem(std::string_view(static_cast<const char*>(data.get()), size));
        if (!problem.empty())
            throw FileError(file, "not a readable " + kind + " (damaged record " + name + ": " + problem + ")");
    }
}

} // namespace

void loadArchive(torch::serialize::InputArchive& archive, const std::filesystem::path& file, const std::string& kind) {
    try {
        checkPickles(file, kind);
        archive.load_from(file.string(), torch::Device(torch::kCPU));
    } catch (const FileError&) {
        throw;
    } catch (const c10::Error& e) {
        throw FileError(file, "not a readable " + kind + " (" + firstLine(e.msg()) + ")");
    } catch (const std::exception& e) {
        // TorchScript's parser and the zip reader throw plain std::runtime_error for some damaged
        // archives (found by the model-file fuzzer): still name the file.
        throw FileError(file, "not a readable " + kind + " (" + firstLine(e.what()) + ")");
    }
}

void saveArchiveAtomically(torch::serialize::OutputArchive& archive, const std::filesystem::path& file,
                           const std::string& kind) {
    AtomicFile out(file);
    try {
        archive.save_to(out.temporaryPath().string());
    } catch (const c10::Error& e) {
        throw FileError(file, "cannot write the " + kind + " (" + firstLine(e.msg()) + ")");
    } catch (const std::exception& e) {
        throw FileError(file, "cannot write the " + kind + " (" + firstLine(e.what()) + ")");
    }
    out.commit();
}

} // namespace nuclei3d
