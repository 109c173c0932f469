#pragma once
// The evaluation view: the score table (the publication's rule and IoU 0.50 ... 0.95), the counts of
// merges and splits, a legend of the verdict colours, and the per-nucleus table; clicking a row
// moves the crosshair to that nucleus's centroid.
//
// Threads: UI thread only.
#include "model/EvaluationDetails.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace nuclei3d::ui {

class EvaluationScoreModel;
class NucleusVerdictModel;

class EvaluationPanel : public QWidget {
    Q_OBJECT
  public:
    explicit EvaluationPanel(QWidget* parent = nullptr);

    void setDetails(std::shared_ptr<const EvaluationDetails> details, const QString& predicted);
    void clear();
    QTableView* scoreTable() const { return m_scores; }
    QTableView* nucleusTable() const { return m_nuclei; }
    EvaluationScoreModel* scoreModel() const { return m_scoreModel; }
    /// Activates a row of the per-nucleus table (as a click does).
    void activateRow(int row);

  Q_SIGNALS:
    /// The centroid (voxels) of the nucleus of a clicked row.
    void nucleusChosen(double x, double y, double z);

  private:
    EvaluationScoreModel* m_scoreModel;
    NucleusVerdictModel* m_nucleusModel;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_scores;
    QTableView* m_nuclei;
    QLabel* m_summary;
};

} // namespace nuclei3d::ui
