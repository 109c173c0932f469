#include "postprocess/ResultFolder.h"

#include "io/AtomicFile.h"
#include "io/TiffVolumeIO.h"
#include "postprocess/MeasurementsCsv.h"

namespace nuclei3d {

ResultFolder::ResultFolder(const std::filesystem::path& dir, const Progress& cancel)
    : m_staged(dir), m_cancel(cancel) {}

void ResultFolder::writeVolume(const std::string& name, const AnyVolume& volume) {
    m_cancel.checkCancelled();
    nuclei3d::writeVolume(m_staged.stagedPath(name), volume);
}

void ResultFolder::writeLabels(const std::string& name, const Volume<std::uint32_t>& labels) {
    writeVolume(name, narrowestLabels(labels));
}

void ResultFolder::writeMeasurements(const std::string& name, const std::vector<NucleusMeasurement>& nuclei) {
    m_cancel.checkCancelled();
    writeMeasurementsCsv(m_staged.stagedPath(name), nuclei);
}

void ResultFolder::writeParameters(const std::string& name, const ParameterSet& parameters) {
    parameters.save(m_staged.stagedPath(name));
}

void ResultFolder::writeText(const std::string& name, const std::string& text) {
    writeTextFileAtomically(m_staged.stagedPath(name), text);
}

std::vector<std::filesystem::path> ResultFolder::commit() {
    m_cancel.checkCancelled();
    m_written = m_staged.commit();
    return m_written;
}

void ResultFolder::receiveLabels(const Volume<std::uint32_t>& labels) {
    writeLabels("labels.tif", labels);
    if (m_keepLabels)
        m_labels = labels;
}
void ResultFolder::receiveClasses(Volume<std::uint8_t>&& classes) {
    writeVolume("classes.tif", AnyVolume(std::move(classes)));
}
void ResultFolder::receiveContours(const Volume<std::uint8_t>& contours) {
    writeVolume("contours.tif", AnyVolume(contours));
}
void ResultFolder::receiveSegColor(Volume<Rgb8>&& segColor) {
    writeVolume("segcolor.tif", AnyVolume(std::move(segColor)));
}
void ResultFolder::receiveLabelPicture(Volume<Rgb8>&& picture) {
    writeVolume("label.tif", AnyVolume(std::move(picture)));
}

} // namespace nuclei3d
