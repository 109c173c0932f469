#pragma once
// Internal (includes torch): reading and writing LibTorch archive files (U-Net models and
// checkpoints, GAN checkpoints and generators) with one error policy: every failure is a FileError
// naming the file, the final name only ever holds a complete file, and damaged files are refused
// before LibTorch's importer can be made to allocate without bound (PickleCheck.h) or to crash on a
// damaged class declaration (ModuleCodeCheck.h).
#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>

#include <filesystem>
#include <string>

namespace nuclei3d {

/// Loads `file` into `archive` (on the CPU). `kind` names the file for the user ("checkpoint",
/// "GAN file"): a damaged file gives FileError(file, "not a readable <kind> (<reason>)").
void loadArchive(torch::serialize::InputArchive& archive, const std::filesystem::path& file, const std::string& kind);

/// Saves `archive` through an AtomicFile; a failure gives FileError(file, "cannot write the <kind> (...)")
/// and leaves any earlier file under that name untouched.
void saveArchiveAtomically(torch::serialize::OutputArchive& archive, const std::filesystem::path& file,
                           const std::string& kind);

} // namespace nuclei3d
