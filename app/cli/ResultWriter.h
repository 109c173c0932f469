#pragma once
// Writes stage 5's volumes into the result folder as they are made (the file names are the CLI
// contract): labels.tif, classes.tif, contours.tif, segcolor.tif, label.tif.
#include "OutputFolder.h"

#include "postprocess/Stage5.h"

namespace nuclei3d::cli {

class ResultWriter : public Stage5Receiver {
  public:
    explicit ResultWriter(OutputFolder& folder) : m_folder(folder) {}
    void receiveLabels(const Volume<std::uint32_t>& labels) override {
        m_folder.writeLabels("labels.tif", labels);
    }
    void receiveClasses(Volume<std::uint8_t>&& classes) override {
        m_folder.writeVolume("classes.tif", AnyVolume(std::move(classes)));
    }
    void receiveContours(const Volume<std::uint8_t>& contours) override {
        m_folder.writeVolume("contours.tif", AnyVolume(contours));
    }
    void receiveSegColor(Volume<Rgb8>&& segColor) override {
        m_folder.writeVolume("segcolor.tif", AnyVolume(std::move(segColor)));
    }
    void receiveLabelPicture(Volume<Rgb8>&& picture) override {
        m_folder.writeVolume("label.tif", AnyVolume(std::move(picture)));
    }

  private:
    OutputFolder& m_folder;
};

} // namespace nuclei3d::cli
