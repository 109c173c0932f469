#pragma once
// Collects what stage 5 (or the classical baseline's description step) makes as layers of the
// document: labels, contours, I_segcolor and I_label. Used on the worker that runs the stage; the
// layers are handed to the window after the job finished.
//
// Threads: the thread that runs the stage only.
#include "model/Layer.h"
#include "postprocess/Stage5.h"

#include <string>
#include <vector>

namespace nuclei3d::ui {

class Stage5Layers : public Stage5Receiver {
  public:
    /// `suffix` tells results of different runs apart in the layer names ("classic", "stage 5").
    /// `classNames` (postprocess.shape_classes) name the classes layer's values.
    Stage5Layers(const QString& suffix, std::vector<std::string> classNames)
        : m_suffix(suffix), m_classNames(std::move(classNames)) {}

    void receiveLabels(const Volume<std::uint32_t>& labels) override;
    void receiveClasses(Volume<std::uint8_t>&& classes) override;
    void receiveContours(const Volume<std::uint8_t>& contours) override;
    void receiveSegColor(Volume<Rgb8>&& segColor) override;
    void receiveLabelPicture(Volume<Rgb8>&& picture) override;

    std::vector<Layer>& layers() { return m_layers; }
    /// Hands the measurements describeNuclei returned to the labels layer (for the hover read-out).
    void attachMeasurements(std::vector<NucleusMeasurement> nuclei);

    /// The layer of classes.tif (class index + 1 per voxel, 0 background) with the class names.
    static Layer makeClassesLayer(const QString& name, Volume<std::uint32_t> classes,
                                  const std::vector<std::string>& classNames);
    /// "name (suffix)" with the name translated.
    static QString layerName(const char* name, const QString& suffix);

  private:
    QString m_suffix;
    std::vector<std::string> m_classNames;
    std::vector<Layer> m_layers;
};

} // namespace nuclei3d::ui
