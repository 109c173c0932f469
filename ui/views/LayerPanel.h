#pragma once
// The layer list: every layer with a visibility check box (row 0 drawn on top), buttons to move
// and remove layers, and for the selected layer its opacity, colour map and contrast (images and
// maps) or drawing style (labels). Below, the voxel size: shown when the file carries it, editable
// when it does not.
//
// Threads: UI thread only.
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QPushButton;
class QSlider;

namespace nuclei3d::ui {

class LayerModel;

class LayerPanel : public QWidget {
    Q_OBJECT
  public:
    explicit LayerPanel(LayerModel* layers, QWidget* parent = nullptr);

    QListView* list() const { return m_list; }
    int currentRow() const;
    void selectRow(int row);
    QSlider* opacitySlider() const { return m_opacity; }
    QComboBox* colourMapBox() const { return m_colourMap; }
    QComboBox* styleBox() const { return m_style; }
    QDoubleSpinBox* voxelSizeBox(int axis) const { return m_voxel[axis]; }
    QPushButton* applyVoxelSizeButton() const { return m_applyVoxel; }

  private:
    void showSelected();
    void showSpacing();
    void applyContrast();
    void applyVoxelSize();

    LayerModel* m_layers;
    QListView* m_list = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_remove = nullptr;
    QSlider* m_opacity = nullptr;
    QComboBox* m_colourMap = nullptr;
    QComboBox* m_style = nullptr;
    QDoubleSpinBox* m_low = nullptr;
    QDoubleSpinBox* m_high = nullptr;
    QDoubleSpinBox* m_voxel[3] = {};
    QPushButton* m_applyVoxel = nullptr;
    QLabel* m_voxelNote = nullptr;
    bool m_updating = false;
};

} // namespace nuclei3d::ui
