#include "model/NucleusVerdictModel.h"

namespace nuclei3d::ui {

NucleusVerdictModel::NucleusVerdictModel(QObject* parent) : QAbstractTableModel(parent) {}

void NucleusVerdictModel::setVerdicts(std::vector<NucleusVerdict> verdicts) {
    beginResetModel();
    m_rows = std::move(verdicts);
    endResetModel();
}

void NucleusVerdictModel::clear() { setVerdicts({}); }

int NucleusVerdictModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NucleusVerdictModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant NucleusVerdictModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const NucleusVerdict& v = verdict(index.row());
    if (role == ColourRole)
        return nucleusStatusColour(v.status);
    if (role == Qt::TextAlignmentRole && index.column() != Source && index.column() != Status)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // Display text, and numbers (Qt::UserRole) so that sorting is numeric.
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole;
    auto coordinate = [raw](double c) -> QVariant { return raw ? QVariant(c) : QVariant(QString::number(c, 'f', 1)); };
    switch (index.column()) {
    case Source:
        return v.predicted ? tr("prediction") : tr("ground truth");
    case Id:
        return v.id;
    case Status:
        return raw ? QVariant(static_cast<uint>(v.status)) : QVariant(nucleusStatusText(v.status));
    case Voxels:
        return qulonglong(v.voxels);
    case X:
        return coordinate(v.x);
    case Y:
        return coordinate(v.y);
    case Z:
        return coordinate(v.z);
    case Match:
        return v.matchedId ? QVariant(v.matchedId) : QVariant();
    default:
        return {};
    }
}

QVariant NucleusVerdictModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Source:
        return tr("From");
    case Id:
        return tr("Id");
    case Status:
        return tr("Verdict");
    case Voxels:
        return tr("Voxels");
    case X:
        return tr("x");
    case Y:
        return tr("y");
    case Z:
        return tr("z");
    case Match:
        return tr("Matched id");
    default:
        return {};
    }
}

} // namespace nuclei3d::ui
