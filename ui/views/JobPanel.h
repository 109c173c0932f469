#pragma once
// The job panel: every job of the queue with its kind, state, a progress bar, elapsed and
// remaining time and a cancel button; beside it the log of the selected job (the newest job is
// selected when it is added). "Clear finished" forgets ended jobs.
//
// Threads: UI thread only.
#include <QMetaObject>
#include <QPointer>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace nuclei3d::ui {

class Job;
class JobListModel;
class JobQueue;

class JobPanel : public QWidget {
    Q_OBJECT
  public:
    explicit JobPanel(JobQueue* queue, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    JobListModel* model() const { return m_model; }
    /// The cancel button of a row (nullptr when there is none).
    QPushButton* cancelButton(int row) const;
    QString logText() const;
    void selectRow(int row);

  private:
    void addCancelButtons(int first, int last);
    void showLogOf(Job* job);

    JobQueue* m_queue;
    JobListModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_log;
    QPointer<Job> m_shown;
    QMetaObject::Connection m_logConnection;
};

} // namespace nuclei3d::ui
