#pragma once
// A table over the JobQueue for the job panel: one row per job, columns for title, kind, state,
// progress, elapsed and remaining time, and a last column that holds the cancel button. While jobs
// run, the time columns are refreshed once a second.
//
// Threads: UI thread only (it reads jobs, which live there).
#include "model/JobState.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace nuclei3d::ui {

class Job;
class JobQueue;

class JobListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        TitleColumn,
        KindColumn,
        StateColumn,
        ProgressColumn,
        ElapsedColumn,
        RemainingColumn,
        CancelColumn,
        ColumnCount
    };
    enum Role { FractionRole = Qt::UserRole + 1, StateRole, JobIdRole };

    explicit JobListModel(JobQueue* queue, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Job* jobAt(int row) const;
    int rowOf(const Job* job) const;
    /// "1:05", "1:02:03"; "-" for a negative (unknown) duration.
    static QString formatDuration(qint64 ms);

  private:
    void onJobChanged(Job* job);
    void refreshTimes();

    JobQueue* m_queue;
    QTimer m_clock;
};

} // namespace nuclei3d::ui
