#pragma once
// A check of the TorchScript class declarations (code/*.py records) of a LibTorch archive, run
// before LibTorch imports them.
//
// Why: LibTorch's TorchScript importer is not hardened against damaged source. The model-file fuzzer
// found that changing `__parameters__` to `__garameters__` in one class makes LibTorch 1.13 read it
// as a class constant and crash with a null dereference (ScriptTypeParser::parseClassConstant;
// fuzz/regressions/model_file/class-constant-segv.pt). The archives Nuclei3D writes (torch::serialize
// for model files, checkpoints and GAN files) only ever declare modules with attributes, so
// everything outside that small, declarative subset is refused before the importer sees it.
// No torch header here.
#include <string>
#include <string_view>

namespace nuclei3d {

/// Empty when `source` is one `class Module(Module):` declaration whose members are only the
/// `__parameters__` / `__buffers__` name lists, `__annotations__` entries and `name : Type` lines
/// that torch::serialize writes, with types built from TorchScript's basic types and __torch__
/// module names; otherwise the first offending line and why.
std::string findModuleCodeProblem(std::string_view source);

} // namespace nuclei3d
