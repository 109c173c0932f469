#include "views/LayerPanel.h"

#include "model/LayerModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace nuclei3d::ui {

namespace {
QDoubleSpinBox* contrastBox(QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(-1e9, 1e9);
    box->setDecimals(3);
    box->setKeyboardTracking(false);
    return box;
}
} // namespace

LayerPanel::LayerPanel(LayerModel* layers, QWidget* parent) : QWidget(parent), m_layers(layers) {
    m_list = new QListView(this);
    m_list->setModel(layers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setToolTip(tr("Layers, the top one drawn last; untick to hide, F2 to rename"));

    m_up = new QPushButton(tr("Up"), this);
    m_down = new QPushButton(tr("Down"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_up->setToolTip(tr("Draw this layer above the one over it"));
    m_down->setToolTip(tr("Draw this layer below the one under it"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);

    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_colourMap = new QComboBox(this);
    for (int i = 0; i < kColourMapCount; ++i)
        m_colourMap->addItem(colourMapText(static_cast<ColourMap>(i)));
    m_style = new QComboBox(this);
    m_style->addItem(labelStyleText(LabelStyle::Fill));
    m_style->addItem(labelStyleText(LabelStyle::Outline));
    m_low = contrastBox(this);
    m_high = contrastBox(this);
    m_low->setToolTip(tr("Values at or below this are drawn dark"));
    m_high->setToolTip(tr("Values at or above this are drawn at full colour"));
    auto* contrast = new QHBoxLayout;
    contrast->addWidget(m_low);
    contrast->addWidget(m_high);
    auto* look = new QGroupBox(tr("Selected layer"), this);
    auto* form = new QFormLayout(look);
    form->addRow(tr("Opacity"), m_opacity);
    form->addRow(tr("Colour map"), m_colourMap);
    form->addRow(tr("Contrast"), contrast);
    form->addRow(tr("Labels as"), m_style);

    auto* voxel = new QGroupBox(tr("Voxel size (um)"), this);
    auto* voxelLayout = new QGridLayout(voxel);
    const char* axes[3] = {"x", "y", "z"};
    for (int i = 0; i < 3; ++i) {
        m_voxel[i] = new QDoubleSpinBox(voxel);
        m_voxel[i]->setRange(0.0001, 1000.0);
        m_voxel[i]->setDecimals(4);
        m_voxel[i]->setSingleStep(0.01);
        voxelLayout->addWidget(new QLabel(QString::fromLatin1(axes[i]), voxel), 0, 2 * i);
        voxelLayout->addWidget(m_voxel[i], 0, 2 * i + 1);
    }
    m_applyVoxel = new QPushButton(tr("Apply"), voxel);
    m_voxelNote = new QLabel(voxel);
    m_voxelNote->setWordWrap(true);
    voxelLayout->addWidget(m_voxelNote, 1, 0, 1, 5);
    voxelLayout->addWidget(m_applyVoxel, 1, 5);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(look);
    layout->addWidget(voxel);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayerPanel::showSelected);
    connect(layers, &QAbstractItemModel::dataChanged, this, &LayerPanel::showSelected);
    connect(layers, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) { selectRow(first); });
    connect(layers, &QAbstractItemModel::rowsRemoved, this, &LayerPanel::showSelected);
    connect(layers, &QAbstractItemModel::modelReset, this, &LayerPanel::showSelected);
    connect(layers, &LayerModel::spacingChanged, this, &LayerPanel::showSpacing);
    // The voxel size belongs to the open volumes: the model's shape changes when the first one opens
    // (and the last one's removal clears the model, which reports the spacing too).
    connect(layers, &LayerModel::shapeChanged, this, &LayerPanel::showSpacing);
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        m_layers->moveLayer(row, -1);
        selectRow(row - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        m_layers->moveLayer(row, 1);
        selectRow(row + 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_layers->removeLayer(currentRow()); });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        if (!m_updating)
            m_layers->setOpacity(currentRow(), value / 100.0);
    });
    connect(m_colourMap, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            m_layers->setColourMap(currentRow(), static_cast<ColourMap>(index));
    });
    connect(m_style, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            m_layers->setLabelStyle(currentRow(), static_cast<LabelStyle>(index));
    });
    connect(m_low, &QDoubleSpinBox::valueChanged, this, &LayerPanel::applyContrast);
    connect(m_high, &QDoubleSpinBox::valueChanged, this, &LayerPanel::applyContrast);
    connect(m_applyVoxel, &QPushButton::clicked, this, &LayerPanel::applyVoxelSize);
    showSelected();
    showSpacing();
}

int LayerPanel::currentRow() const {
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void LayerPanel::selectRow(int row) {
    if (row >= 0 && row < m_layers->count())
        m_list->setCurrentIndex(m_layers->index(row));
    showSelected();
}

void LayerPanel::showSelected() {
    const int row = currentRow();
    const bool has = row >= 0 && row < m_layers->count();
    m_updating = true;
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_layers->count());
    m_remove->setEnabled(has);
    m_opacity->setEnabled(has);
    const bool scalar = has && m_layers->layer(row).kind() == LayerKind::Scalar;
    const bool labels = has && m_layers->layer(row).kind() == LayerKind::Labels;
    m_colourMap->setEnabled(scalar);
    m_low->setEnabled(scalar);
    m_high->setEnabled(scalar);
    m_style->setEnabled(labels);
    if (has) {
        const Layer& l = m_layers->layer(row);
        m_opacity->setValue(static_cast<int>(std::lround(l.opacity * 100.0)));
        m_colourMap->setCurrentIndex(static_cast<int>(l.colourMap));
        m_style->setCurrentIndex(static_cast<int>(l.labelStyle));
        m_low->setValue(l.low);
        m_high->setValue(l.high);
    }
    m_updating = false;
}

void LayerPanel::applyContrast() {
    if (m_updating)
        return;
    if (m_high->value() <= m_low->value())
        return; // the spin boxes keep what was typed; the picture keeps its last valid contrast
    m_layers->setContrast(currentRow(), static_cast<float>(m_low->value()), static_cast<float>(m_high->value()));
}

void LayerPanel::showSpacing() {
    const Spacing s = m_layers->spacing();
    const bool anyVolume = m_layers->count() > 0;
    const bool editable = anyVolume && !m_layers->spacingFromFile();
    m_voxel[0]->setValue(s.x);
    m_voxel[1]->setValue(s.y);
    m_voxel[2]->setValue(s.z);
    for (QDoubleSpinBox* box : m_voxel) {
        box->setEnabled(anyVolume);
        box->setReadOnly(!editable);
    }
    m_applyVoxel->setEnabled(editable);
    if (!anyVolume)
        m_voxelNote->setText(tr("Open a volume to see or set its voxel size."));
    else if (!editable)
        m_voxelNote->setText(tr("From the file."));
    else if (s.known)
        m_voxelNote->setText(tr("Set by hand (the file has none)."));
    else
        m_voxelNote->setText(tr("The file has no voxel size: set it here, or sizes count in voxels."));
}

void LayerPanel::applyVoxelSize() {
    m_layers->setSpacing(m_voxel[0]->value(), m_voxel[1]->value(), m_voxel[2]->value());
}

} // namespace nuclei3d::ui
