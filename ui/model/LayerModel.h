#pragma once
// The document: the ordered layers the views draw (row 0 on top) and the voxel size they share.
// Every layer has the same size; the voxel size comes from the first file that carries one and can
// be set by hand when none does. A Qt list model, so the layer list shows it directly (name, a
// visibility check box, the role as tooltip).
//
// Threads: UI thread only. Layers hold shared immutable volumes: a job may keep reading one after
// the layer was replaced or removed.
#include "model/Layer.h"

#include <QAbstractListModel>

#include <optional>

namespace nuclei3d::ui {

class LayerModel : public QAbstractListModel {
    Q_OBJECT
  public:
    enum Roles { RoleRole = Qt::UserRole + 1, KindRole, OpacityRole, FileRole };

    explicit LayerModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    int count() const { return static_cast<int>(m_layers.size()); }
    const Layer& layer(int row) const { return m_layers.at(static_cast<std::size_t>(row)); }
    /// First row with this role, or -1.
    int findRole(LayerRole role) const;
    int findName(const QString& name) const;

    /// Adds a layer, or replaces the layer of the same role and name (a re-run job's result).
    /// Label and RGB layers go on top, scalar layers above the other scalars but under labels.
    /// Refuses (false, message in *error) a layer whose size differs from the document's.
    bool addLayer(Layer layer, QString* error = nullptr);
    void removeLayer(int row);
    void clear();
    /// Swaps with the neighbour above (delta -1) or below (+1).
    void moveLayer(int row, int delta);

    void setVisible(int row, bool visible);
    void setOpacity(int row, double opacity);
    void setColourMap(int row, ColourMap map);
    void setLabelStyle(int row, LabelStyle style);
    void setContrast(int row, float low, float high);
    void setFile(int row, const QString& file);

    /// Size of every layer (empty while there are none).
    Shape shape() const;
    /// Voxel size in micrometres; known == false while no file carried one and none was set.
    Spacing spacing() const { return m_spacing; }
    /// True when the voxel size came from a file (then it is shown, not edited).
    bool spacingFromFile() const { return m_spacingFromFile; }
    /// Sets the voxel size by hand; refuses non-positive or non-finite sizes (false).
    bool setSpacing(double x, double y, double z);

  Q_SIGNALS:
    /// Something that changes the picture: a layer's look, its volume, the order.
    void displayChanged();
    void spacingChanged();
    /// The document's size changed (first layer added, or all removed).
    void shapeChanged();

  private:
    void changed(int row);

    std::vector<Layer> m_layers;
    Spacing m_spacing;
    bool m_spacingFromFile = false;
};

} // namespace nuclei3d::ui
