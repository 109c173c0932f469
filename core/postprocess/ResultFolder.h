#pragma once
// The result folder of every command that writes stage 5's outputs (classic, postprocess, segment,
// run, the window's whole-pipeline job): stage 5's volumes under the CLI contract's names
// (labels.tif, contours.tif, segcolor.tif, classes.tif, label.tif) as they are made, plus any other
// result file. Staged (io/StagedOutputFolder.h): everything appears on commit() or nothing does, so
// a failed or cancelled run leaves the folder as it was.
#include "io/StagedOutputFolder.h"
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "postprocess/Measurements.h"
#include "postprocess/Stage5.h"
#include "volume/AnyVolume.h"

#include <filesystem>
#include <string>
#include <vector>

namespace nuclei3d {

class ResultFolder : public Stage5Receiver {
  public:
    /// Creates the folder if needed (FileError naming it otherwise). Each write first checks
    /// `cancel` for a request to stop (it reports nothing: writes are quick next to the work).
    ResultFolder(const std::filesystem::path& dir, const Progress& cancel);

    /// Keep a copy of the labels stage 5 hands over (for an evaluation after it).
    void keepLabels(bool keep) { m_keepLabels = keep; }
    Volume<std::uint32_t> takeLabels() { return std::move(m_labels); }

    void writeVolume(const std::string& name, const AnyVolume& volume);
    /// Labels as uint16 when the largest id fits, otherwise uint32.
    void writeLabels(const std::string& name, const Volume<std::uint32_t>& labels);
    void writeMeasurements(const std::string& name, const std::vector<NucleusMeasurement>& nuclei);
    void writeParameters(const std::string& name, const ParameterSet& parameters);
    void writeText(const std::string& name, const std::string& text);
    /// Moves every file into the folder together; returns their final paths (also written()).
    std::vector<std::filesystem::path> commit();
    /// The committed files in the order written (empty before commit()).
    const std::vector<std::filesystem::path>& written() const { return m_written; }

    void receiveLabels(const Volume<std::uint32_t>& labels) override;
    void receiveClasses(Volume<std::uint8_t>&& classes) override;
    void receiveContours(const Volume<std::uint8_t>& contours) override;
    void receiveSegColor(Volume<Rgb8>&& segColor) override;
    void receiveLabelPicture(Volume<Rgb8>&& picture) override;

  private:
    StagedOutputFolder m_staged;
    Progress m_cancel;
    bool m_keepLabels = false;
    Volume<std::uint32_t> m_labels;
    std::vector<std::filesystem::path> m_written;
};

} // namespace nuclei3d
