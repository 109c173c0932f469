#include "model/LayerModel.h"

#include <algorithm>
#include <cmath>

namespace nuclei3d::ui {

namespace {
QString shapeText(const Shape& s) { return QStringLiteral("%1 x %2 x %3").arg(s.x).arg(s.y).arg(s.z); }
} // namespace

LayerModel::LayerModel(QObject* parent) : QAbstractListModel(parent) {}

int LayerModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant LayerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count())
        return {};
    const Layer& l = layer(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return l.name;
    case Qt::CheckStateRole:
        return l.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return l.file.isEmpty() ? tr("%1 (not saved yet)").arg(layerRoleText(l.role))
                                : tr("%1\n%2").arg(layerRoleText(l.role), l.file);
    case RoleRole:
        return static_cast<int>(l.role);
    case KindRole:
        return static_cast<int>(l.kind());
    case OpacityRole:
        return l.opacity;
    case FileRole:
        return l.file;
    default:
        return {};
    }
}

bool LayerModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= count())
        return false;
    if (role == Qt::CheckStateRole) {
        setVisible(index.row(), value.toInt() == Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole && !value.toString().trimmed().isEmpty()) {
        m_layers[static_cast<std::size_t>(index.row())].name = value.toString().trimmed();
        Q_EMIT dataChanged(index, index);
        return true;
    }
    return false;
}

Qt::ItemFlags LayerModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
}

int LayerModel::findRole(LayerRole role) const {
    for (int row = 0; row < count(); ++row)
        if (layer(row).role == role)
            return row;
    return -1;
}

int LayerModel::findName(const QString& name) const {
    for (int row = 0; row < count(); ++row)
        if (layer(row).name == name)
            return row;
    return -1;
}

Shape LayerModel::shape() const { return m_layers.empty() ? Shape{} : m_layers.front().shape(); }

bool LayerModel::addLayer(Layer layer, QString* error) {
    if (!layer.hasVolume()) {
        if (error)
            *error = tr("%1 has no volume").arg(layer.name);
        return false;
    }
    for (int row = 0; row < count(); ++row) {
        Layer& old = m_layers[static_cast<std::size_t>(row)];
        if (old.role == layer.role && old.name == layer.name) {
            if (count() > 1 && layer.shape() != shape()) {
                if (error)
                    *error = tr("%1 has %2 voxels but the open volumes have %3")
                                 .arg(layer.name, shapeText(layer.shape()), shapeText(shape()));
                return false;
            }
            // The user's look (visibility, opacity, map, contrast) survives a re-run.
            layer.visible = old.visible;
            layer.opacity = old.opacity;
            layer.colourMap = old.colourMap;
            layer.labelStyle = old.labelStyle;
            old = std::move(layer);
            changed(row);
            return true;
        }
    }
    if (!m_layers.empty() && layer.shape() != shape()) {
        if (error)
            *error = tr("%1 has %2 voxels but the open volumes have %3")
                         .arg(layer.name, shapeText(layer.shape()), shapeText(shape()));
        return false;
    }
    const bool first = m_layers.empty();
    const Spacing spacing = layer.scalar   ? layer.scalar->spacing()
                            : layer.labels ? layer.labels->spacing()
                                           : layer.rgb->spacing();
    int row = 0;
    if (layer.kind() == LayerKind::Scalar)
        while (row < count() && m_layers[static_cast<std::size_t>(row)].kind() != LayerKind::Scalar)
            ++row;
    beginInsertRows({}, row, row);
    m_layers.insert(m_layers.begin() + row, std::move(layer));
    endInsertRows();
    if (spacing.known && !m_spacingFromFile) {
        m_spacing = spacing;
        m_spacingFromFile = true;
        Q_EMIT spacingChanged();
    }
    if (first)
        Q_EMIT shapeChanged();
    Q_EMIT displayChanged();
    return true;
}

void LayerModel::removeLayer(int row) {
    if (row < 0 || row >= count())
        return;
    beginRemoveRows({}, row, row);
    m_layers.erase(m_layers.begin() + row);
    endRemoveRows();
    if (m_layers.empty())
        clear();
    Q_EMIT displayChanged();
}

void LayerModel::clear() {
    beginResetModel();
    m_layers.clear();
    endResetModel();
    m_spacing = {};
    m_spacingFromFile = false;
    Q_EMIT spacingChanged();
    Q_EMIT shapeChanged();
    Q_EMIT displayChanged();
}

void LayerModel::moveLayer(int row, int delta) {
    const int to = row + delta;
    if (row < 0 || row >= count() || to < 0 || to >= count() || delta == 0)
        return;
    // beginMoveRows wants the destination as "insert before" in the old numbering.
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    std::swap(m_layers[static_cast<std::size_t>(row)], m_layers[static_cast<std::size_t>(to)]);
    endMoveRows();
    Q_EMIT displayChanged();
}

void LayerModel::setVisible(int row, bool visible) {
    if (row < 0 || row >= count())
        return;
    m_layers[static_cast<std::size_t>(row)].visible = visible;
    changed(row);
}

void LayerModel::setOpacity(int row, double opacity) {
    if (row < 0 || row >= count())
        return;
    m_layers[static_cast<std::size_t>(row)].opacity = std::clamp(opacity, 0.0, 1.0);
    changed(row);
}

void LayerModel::setColourMap(int row, ColourMap map) {
    if (row < 0 || row >= count())
        return;
    m_layers[static_cast<std::size_t>(row)].colourMap = map;
    changed(row);
}

void LayerModel::setLabelStyle(int row, LabelStyle style) {
    if (row < 0 || row >= count())
        return;
    m_layers[static_cast<std::size_t>(row)].labelStyle = style;
    changed(row);
}

void LayerModel::setContrast(int row, float low, float high) {
    if (row < 0 || row >= count() || !(high > low))
        return;
    Layer& l = m_layers[static_cast<std::size_t>(row)];
    l.low = low;
    l.high = high;
    changed(row);
}

void LayerModel::setFile(int row, const QString& file) {
    if (row < 0 || row >= count())
        return;
    m_layers[static_cast<std::size_t>(row)].file = file;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

bool LayerModel::setSpacing(double x, double y, double z) {
    auto ok = [](double v) { return std::isfinite(v) && v > 0.0; };
    if (!ok(x) || !ok(y) || !ok(z))
        return false;
    m_spacing = Spacing::micrometres(x, y, z);
    Q_EMIT spacingChanged();
    Q_EMIT displayChanged();
    return true;
}

void LayerModel::changed(int row) {
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
    Q_EMIT displayChanged();
}

} // namespace nuclei3d::ui
