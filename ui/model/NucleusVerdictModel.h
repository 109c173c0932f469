#pragma once
// The per-nucleus table of the evaluation: every predicted nucleus and every missed or split
// ground-truth nucleus with its verdict, size, centroid and partner; sortable through a proxy.
//
// Threads: UI thread only.
#include "model/EvaluationDetails.h"

#include <QAbstractTableModel>

namespace nuclei3d::ui {

class NucleusVerdictModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Source, Id, Status, Voxels, X, Y, Z, Match, ColumnCount };
    /// The verdict's colour as 0xAARRGGBB (QtCore has no QColor; the view turns it into one).
    static constexpr int ColourRole = Qt::UserRole + 1;

    explicit NucleusVerdictModel(QObject* parent = nullptr);
    void setVerdicts(std::vector<NucleusVerdict> verdicts);
    void clear();
    const NucleusVerdict& verdict(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    std::vector<NucleusVerdict> m_rows;
};

} // namespace nuclei3d::ui
