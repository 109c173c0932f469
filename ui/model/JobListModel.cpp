#include "model/JobListModel.h"

#include "model/Job.h"
#include "model/JobQueue.h"

namespace nuclei3d::ui {

JobListModel::JobListModel(JobQueue* queue, QObject* parent) : QAbstractTableModel(parent), m_queue(queue) {
    connect(queue, &JobQueue::jobAboutToBeAdded, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(queue, &JobQueue::jobAdded, this, [this] {
        endInsertRows();
        if (!m_clock.isActive())
            m_clock.start();
    });
    connect(queue, &JobQueue::jobChanged, this, &JobListModel::onJobChanged);
    connect(queue, &JobQueue::aboutToRemoveEnded, this, [this] { beginResetModel(); });
    connect(queue, &JobQueue::endedRemoved, this, [this] { endResetModel(); });
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &JobListModel::refreshTimes);
}

int JobListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_queue->jobs().size());
}

int JobListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Job* JobListModel::jobAt(int row) const {
    const auto& jobs = m_queue->jobs();
    return row >= 0 && row < jobs.size() ? jobs.at(row) : nullptr;
}

int JobListModel::rowOf(const Job* job) const {
    return static_cast<int>(m_queue->jobs().indexOf(const_cast<Job*>(job)));
}

QVariant JobListModel::data(const QModelIndex& index, int role) const {
    const Job* job = jobAt(index.row());
    if (!job || !index.isValid())
        return {};
    switch (role) {
    case FractionRole:
        return job->fraction();
    case StateRole:
        return static_cast<int>(job->state());
    case JobIdRole:
        return job->id();
    case Qt::ToolTipRole:
        return job->errorMessage().isEmpty() ? job->step() : job->errorMessage();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return job->title();
    case KindColumn:
        return jobKindText(job->kind());
    case StateColumn:
        return jobStateText(job->state());
    case ProgressColumn:
        return job->step().isEmpty() ? tr("%1 %").arg(qRound(job->fraction() * 100))
                                     : tr("%1 % %2").arg(qRound(job->fraction() * 100)).arg(job->step());
    case ElapsedColumn:
        return job->state() == JobState::Queued ? QString() : formatDuration(job->elapsedMs());
    case RemainingColumn:
        return job->isActive() ? formatDuration(job->remainingMs()) : QString();
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case KindColumn:
        return tr("Runs on");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case ElapsedColumn:
        return tr("Elapsed");
    case RemainingColumn:
        return tr("Remaining");
    default:
        return {};
    }
}

QString JobListModel::formatDuration(qint64 ms) {
    if (ms < 0)
        return QStringLiteral("-");
    const qint64 s = ms / 1000;
    const QChar zero(u'0');
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, zero)
            .arg(s % 60, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, zero);
}

void JobListModel::onJobChanged(Job* job) {
    const int row = rowOf(job);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobListModel::refreshTimes() {
    if (!m_queue->isBusy()) {
        m_clock.stop();
        return;
    }
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, ElapsedColumn), index(rows - 1, RemainingColumn));
}

} // namespace nuclei3d::ui
