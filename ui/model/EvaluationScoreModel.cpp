#include "model/EvaluationScoreModel.h"

namespace nuclei3d::ui {

EvaluationScoreModel::EvaluationScoreModel(QObject* parent) : QAbstractTableModel(parent) {}

void EvaluationScoreModel::setResult(const EvaluationResult& result) {
    beginResetModel();
    m_result = result;
    m_has = true;
    endResetModel();
}

void EvaluationScoreModel::clear() {
    beginResetModel();
    m_result = {};
    m_has = false;
    endResetModel();
}

int EvaluationScoreModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_has ? 0 : 1 + static_cast<int>(m_result.iou.size());
}

int EvaluationScoreModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EvaluationScoreModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_has)
        return {};
    const bool paper = index.row() == 0;
    const IouScore* iou = paper ? nullptr : &m_result.iou[static_cast<std::size_t>(index.row() - 1)];
    const ObjectScore& s = paper ? m_result.paper : iou->score;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole; // numbers for tests and sorting
    auto rate = [raw](double v) -> QVariant { return raw ? QVariant(v) : QVariant(QString::number(v, 'f', 3)); };
    switch (index.column()) {
    case Precision:
        return rate(s.precision);
    case Recall:
        return rate(s.recall);
    case F1:
        return rate(s.f1);
    case Tp:
        return qulonglong(s.tp);
    case Fp:
        return qulonglong(s.fp);
    case Fn:
        return qulonglong(s.fn);
    case Ap:
        return paper ? QVariant() : rate(iou->averagePrecision);
    default:
        return {};
    }
}

QVariant EvaluationScoreModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section == 0)
            return tr("Publication (50 %)");
        if (section - 1 < static_cast<int>(m_result.iou.size()))
            return tr("IoU >= %1").arg(m_result.iou[static_cast<std::size_t>(section - 1)].threshold, 0, 'f', 2);
        return {};
    }
    switch (section) {
    case Precision:
        return tr("Precision");
    case Recall:
        return tr("Recall");
    case F1:
        return tr("F1");
    case Tp:
        return tr("TP");
    case Fp:
        return tr("FP");
    case Fn:
        return tr("FN");
    case Ap:
        return tr("AP");
    default:
        return {};
    }
}

} // namespace nuclei3d::ui
