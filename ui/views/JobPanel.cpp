#include "views/JobPanel.h"

#include "model/Job.h"
#include "model/JobListModel.h"
#include "model/JobQueue.h"
#include "views/JobProgressDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nuclei3d::ui {

JobPanel::JobPanel(JobQueue* queue, QWidget* parent)
    : QWidget(parent), m_queue(queue), m_model(new JobListModel(queue, this)), m_table(new QTableView(this)),
      m_log(new QPlainTextEdit(this)) {
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(JobListModel::ProgressColumn, new JobProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(JobListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(JobListModel::ProgressColumn, QHeaderView::Stretch);
    for (int c : {JobListModel::KindColumn, JobListModel::StateColumn, JobListModel::ElapsedColumn,
                  JobListModel::RemainingColumn, JobListModel::CancelColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("Select a job to see its log"));
    m_log->setMaximumBlockCount(5000); // a long training log must not grow without bound

    auto* clear = new QPushButton(tr("Clear finished"), this);
    clear->setToolTip(tr("Remove ended jobs from the list"));
    connect(clear, &QPushButton::clicked, m_queue, &JobQueue::removeEnded);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clear);
    leftLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                addCancelButtons(first, last);
                selectRow(last); // follow the newest job, as a user who just started it expects
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        addCancelButtons(0, m_model->rowCount() - 1);
        if (m_shown.isNull() || m_model->rowOf(m_shown) < 0)
            showLogOf(nullptr);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showLogOf(m_model->jobAt(current.row())); });
}

void JobPanel::addCancelButtons(int first, int last) {
    for (int row = first; row <= last; ++row) {
        Job* job = m_model->jobAt(row);
        if (!job)
            continue;
        auto* button = new QPushButton(tr("Cancel"));
        button->setToolTip(tr("Stop this job; nothing half-finished is kept"));
        button->setEnabled(!job->hasEnded());
        connect(button, &QPushButton::clicked, job, &Job::cancel);
        // Cancelling is a request: the button stays off from the click until the job is gone.
        connect(job, &Job::stateChanged, button, [button](JobState state) {
            button->setEnabled(state == JobState::Queued || state == JobState::Running);
        });
        m_table->setIndexWidget(m_model->index(row, JobListModel::CancelColumn), button);
    }
}

QPushButton* JobPanel::cancelButton(int row) const {
    return qobject_cast<QPushButton*>(m_table->indexWidget(m_model->index(row, JobListModel::CancelColumn)));
}

QString JobPanel::logText() const {
    return m_log->toPlainText();
}

void JobPanel::selectRow(int row) {
    m_table->setCurrentIndex(m_model->index(row, JobListModel::TitleColumn));
}

void JobPanel::showLogOf(Job* job) {
    disconnect(m_logConnection);
    m_shown = job;
    if (!job) {
        m_log->clear();
        return;
    }
    m_log->setPlainText(job->log().join(QLatin1Char('\n')));
    m_logConnection = connect(job, &Job::logAppended, m_log, &QPlainTextEdit::appendPlainText);
}

} // namespace nuclei3d::ui
