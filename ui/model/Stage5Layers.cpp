#include "model/Stage5Layers.h"

#include <QCoreApplication>

#include <array>

namespace nuclei3d::ui {

QString Stage5Layers::layerName(const char* name, const QString& suffix) {
    return QCoreApplication::translate("nuclei3d::ui::Stage5Layers", name) + QStringLiteral(" (%1)").arg(suffix);
}

Layer Stage5Layers::makeClassesLayer(const QString& name, Volume<std::uint32_t> classes,
                                     const std::vector<std::string>& classNames) {
    Layer layer = makeLabelLayer(LayerRole::Classes, name, std::move(classes));
    layer.categoryNames.push_back(QCoreApplication::translate("nuclei3d::ui::Stage5Layers", "background"));
    for (const std::string& className : classNames)
        layer.categoryNames.push_back(QString::fromStdString(className));
    // Lowest shape value first: warm for elongated, cool for round, as I_label marks non-round.
    static const std::array<std::uint32_t, 6> colours{0x00000000u, 0xffff8c1au, 0xff3cc8ffu,
                                                      0xffb45affu, 0xff7dff5au, 0xffff5a8cu};
    layer.palette.assign(colours.begin(), colours.end());
    layer.visible = false;
    return layer;
}

void Stage5Layers::receiveLabels(const Volume<std::uint32_t>& labels) {
    m_layers.push_back(
        makeLabelLayer(LayerRole::Labels, layerName(QT_TRANSLATE_NOOP("nuclei3d::ui::Stage5Layers", "labels"), m_suffix), labels));
}

void Stage5Layers::attachMeasurements(std::vector<NucleusMeasurement> nuclei) {
    for (Layer& layer : m_layers)
        if (layer.role == LayerRole::Labels)
            layer.nuclei = std::make_shared<const NucleusTable>(std::move(nuclei));
}

void Stage5Layers::receiveClasses(Volume<std::uint8_t>&& classes) {
    Volume<std::uint32_t> ids(classes.shape(), 0u, classes.spacing());
    std::copy(classes.storage().begin(), classes.storage().end(), ids.storage().begin());
    classes = {};
    m_layers.push_back(makeClassesLayer(layerName(QT_TRANSLATE_NOOP("nuclei3d::ui::Stage5Layers", "classes"), m_suffix),
                                        std::move(ids), m_classNames));
}

void Stage5Layers::receiveContours(const Volume<std::uint8_t>& contours) {
    Volume<std::uint32_t> ids(contours.shape(), 0u, contours.spacing());
    std::copy(contours.storage().begin(), contours.storage().end(), ids.storage().begin());
    Layer layer = makeLabelLayer(LayerRole::Contours, layerName(QT_TRANSLATE_NOOP("nuclei3d::ui::Stage5Layers", "contours"), m_suffix), std::move(ids));
    layer.visible = false; // the labels' outlines already show them; one click away
    m_layers.push_back(std::move(layer));
}

void Stage5Layers::receiveSegColor(Volume<Rgb8>&& segColor) {
    Layer layer = makeRgbLayer(LayerRole::SegColor, layerName(QT_TRANSLATE_NOOP("nuclei3d::ui::Stage5Layers", "I_segcolor"), m_suffix), std::move(segColor));
    layer.visible = false;
    m_layers.push_back(std::move(layer));
}

void Stage5Layers::receiveLabelPicture(Volume<Rgb8>&& picture) {
    Layer layer = makeRgbLayer(LayerRole::LabelPicture, layerName(QT_TRANSLATE_NOOP("nuclei3d::ui::Stage5Layers", "I_label"), m_suffix), std::move(picture));
    layer.visible = false;
    m_layers.push_back(std::move(layer));
}

} // namespace nuclei3d::ui
