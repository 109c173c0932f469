#pragma once
// Collects what stage 5 (or the classical baseline's description step) makes as layers of the
// document: labels, contours, I_segcolor and I_label. Used on the worker that runs the stage; the
// layers are handed to the window after the job finished.
//
// Threads: the thread that runs the stage only.
#include "model/Layer.h"
#include "postprocess/Stage5.h"

#include <vector>

namespace nuclei3d::ui {

class Stage5Layers : public Stage5Receiver {
  public:
    /// `suffix` tells results of different runs apart in the layer names ("classic", "stage 5").
    explicit Stage5Layers(const QString& suffix) : m_suffix(suffix) {}

    void receiveLabels(const Volume<std::uint32_t>& labels) override;
    void receiveClasses(Volume<std::uint8_t>&& classes) override;
    void receiveContours(const Volume<std::uint8_t>& contours) override;
    void receiveSegColor(Volume<Rgb8>&& segColor) override;
    void receiveLabelPicture(Volume<Rgb8>&& picture) override;

    std::vector<Layer>& layers() { return m_layers; }

  private:
    QString m_suffix;
    std::vector<Layer> m_layers;
};

} // namespace nuclei3d::ui
