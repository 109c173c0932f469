#pragma once
// Draws the job table's progress column as a progress bar (fraction from
// JobListModel::FractionRole, the step as its text), so no widget is needed per row.
//
// Threads: UI thread only.
#include <QStyledItemDelegate>

namespace nuclei3d::ui {

class JobProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
  public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace nuclei3d::ui
