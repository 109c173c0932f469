#pragma once
// The scores of stage 6 as a table: the publication's rule, then IoU 0.50 ... 0.95; columns
// precision, recall, F1, TP, FP, FN and (for IoU rows) StarDist's average precision.
//
// Threads: UI thread only.
#include "evaluate/EvaluationResult.h"

#include <QAbstractTableModel>

namespace nuclei3d::ui {

class EvaluationScoreModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Precision, Recall, F1, Tp, Fp, Fn, Ap, ColumnCount };

    explicit EvaluationScoreModel(QObject* parent = nullptr);
    void setResult(const EvaluationResult& result);
    void clear();
    bool hasResult() const { return m_has; }
    const EvaluationResult& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    EvaluationResult m_result;
    bool m_has = false;
};

} // namespace nuclei3d::ui
