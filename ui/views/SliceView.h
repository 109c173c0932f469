#pragma once
// One xy slice of the current volume, scaled to fit at the true x:y aspect, with a depth slider,
// mouse-wheel stepping and a read-out of the voxel under the mouse.
#include "views/SliceImage.h"

#include <QWidget>

#include <memory>

class QSlider;
class QLabel;

namespace nuclei3d::ui {

class SliceCanvas;

class SliceView : public QWidget {
    Q_OBJECT
public:
    explicit SliceView(QWidget* parent = nullptr);

    void setImage(std::shared_ptr<const Volume<float>> image);
    void setLabels(std::shared_ptr<const Volume<std::uint32_t>> labels);
    std::size_t currentSlice() const;
    void setCurrentSlice(std::size_t z);

Q_SIGNALS:
    /// Voxel under the mouse, for the status bar ("x, y, z: value, nucleus id").
    void hoverTextChanged(const QString& text);

private:
    void refresh();
    void describeVoxel(int x, int y);

    std::shared_ptr<const Volume<float>> m_image;
    std::shared_ptr<const Volume<std::uint32_t>> m_labels;
    DisplayWindow m_window;
    SliceCanvas* m_canvas = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_sliceLabel = nullptr;
};

} // namespace nuclei3d::ui
