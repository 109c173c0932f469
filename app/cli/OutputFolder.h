#pragma once
// The result folder of an analysis command (DIR of --out): core's ResultFolder (staged, all files
// appear together on commit(); stage 5's outputs under the contract's names) driven by the command
// line's cancel token, plus the "wrote" lines the commands print.
#include "postprocess/ResultFolder.h"

#include <string>

namespace nuclei3d::cli {

class OutputFolder : public ResultFolder {
  public:
    /// Creates the folder (and its parents); throws FileError naming it when that fails. Writes
    /// check the cancel token only (no progress of their own: they are quick next to the work).
    OutputFolder(const std::string& dir, const CancelToken* cancel);

    /// "  wrote PATH" for every file, in the order written (after commit()).
    void printWritten() const;
};

} // namespace nuclei3d::cli
