#include "model/Stage5Layers.h"

#include <QCoreApplication>

namespace nuclei3d::ui {

namespace {
QString named(const char* what, const QString& suffix) {
    return QCoreApplication::translate("nuclei3d::ui::Stage5Layers", what) + QStringLiteral(" (%1)").arg(suffix);
}
} // namespace

void Stage5Layers::receiveLabels(const Volume<std::uint32_t>& labels) {
    m_layers.push_back(makeLabelLayer(LayerRole::Labels, named(QT_TRANSLATE_NOOP("nuclei3d::ui::Stage5Layers", "labels"), m_suffix), labels));
}

void Stage5Layers::receiveClasses(Volume<std::uint8_t>&&) {
    // The classes show in I_label; a separate layer of class numbers would add nothing to look at.
}

void Stage5Layers::receiveContours(const Volume<std::uint8_t>& contours) {
    Volume<std::uint32_t> ids(contours.shape(), 0u, contours.spacing());
    std::copy(contours.storage().begin(), contours.storage().end(), ids.storage().begin());
    Layer layer = makeLabelLayer(LayerRole::Contours, named(QT_TRANSLATE_NOOP("nuclei3d::ui::Stage5Layers", "contours"), m_suffix), std::move(ids));
    layer.visible = false; // the labels' outlines already show them; one click away
    m_layers.push_back(std::move(layer));
}

void Stage5Layers::receiveSegColor(Volume<Rgb8>&& segColor) {
    Layer layer = makeRgbLayer(LayerRole::SegColor, named(QT_TRANSLATE_NOOP("nuclei3d::ui::Stage5Layers", "I_segcolor"), m_suffix), std::move(segColor));
    layer.visible = false;
    m_layers.push_back(std::move(layer));
}

void Stage5Layers::receiveLabelPicture(Volume<Rgb8>&& picture) {
    Layer layer = makeRgbLayer(LayerRole::LabelPicture, named(QT_TRANSLATE_NOOP("nuclei3d::ui::Stage5Layers", "I_label"), m_suffix), std::move(picture));
    layer.visible = false;
    m_layers.push_back(std::move(layer));
}

} // namespace nuclei3d::ui
