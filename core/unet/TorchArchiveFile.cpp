#include "unet/TorchArchiveFile.h"

#include "io/AtomicFile.h"
#include "pipeline/Error.h"
#include "unet/ModuleCodeCheck.h"
#include "unet/PickleCheck.h"

#include <caffe2/serialize/inline_container.h>

#include <fstream>
#include <sstream>
#include <string_view>
#include <utility>

namespace nuclei3d {
namespace {

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

bool endsWith(const std::string& name, std::string_view suffix) {
    return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Throws FileError for the first record of the archive that LibTorch's importer would not stand:
// a pickle (data.pkl, constants.pkl, code/*.debug_pkl; PickleCheck.h) or a class declaration
// (code/*.py; ModuleCodeCheck.h). c10::Error from the zip reader passes through to the caller.
void checkRecords(const std::string& contents, const std::filesystem::path& file, const std::string& kind) {
    std::istringstream stream(contents);
    caffe2::serialize::PyTorchStreamReader reader(&stream);
    for (const std::string& name : reader.getAllRecords()) {
        const bool pickle = endsWith(name, "pkl");
        const bool code = endsWith(name, ".py");
        if (!pickle && !code)
            continue;
        const auto [data, size] = reader.getRecord(name);
        const std::string_view bytes(static_cast<const char*>(data.get()), size);
        const std::string problem = pickle ? findPickleProblem(bytes) : findModuleCodeProblem(bytes);
        if (!problem.empty())
            throw FileError(file, "not a readable " + kind + " (damaged record " + name + ": " + problem + ")");
    }
}

// The whole file, read once: the records are checked and then loaded from the same bytes.
std::string readWholeFile(const std::filesystem::path& file, const std::string& kind) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream contents;
    if (!in || !(contents << in.rdbuf()))
        throw FileError(file, "not a readable " + kind + " (the file cannot be opened or read)");
    return std::move(contents).str();
}

} // namespace

void loadArchive(torch::serialize::InputArchive& archive, const std::filesystem::path& file, const std::string& kind) {
    try {
        const std::string contents = readWholeFile(file, kind);
        checkRecords(contents, file, kind);
        archive.load_from(contents.data(), contents.size(), torch::Device(torch::kCPU));
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
