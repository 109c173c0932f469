#include "views/TrainingMonitor.h"

#include "model/LossCsvReader.h"
#include "model/LossCurveModel.h"
#include "views/SamplePreview.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace nuclei3d::ui {

TrainingMonitor::TrainingMonitor(QWidget* parent) : QWidget(parent), m_model(new LossCurveModel(this)) {
    m_chart = new QChart;
    // No chart title and the legend beside the plot: the dock is low, and a title and a legend
    // underneath left the step axis too little height, so Qt Charts elided its labels to "...".
    // The dock's tab says "Training" and the status line names the file.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_steps = new QValueAxis;
    m_steps->setTitleText(tr("Step"));
    m_steps->setLabelFormat(QStringLiteral("%d"));
    m_values = new QValueAxis;
    m_values->setTitleText(tr("Loss"));
    m_chart->addAxis(m_steps, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);

    auto* follow = new QPushButton(tr("Follow loss file..."), this);
    follow->setToolTip(tr("Show the curves of a training run's loss.csv, updated while it trains"));
    m_status = new QLabel(tr("No training followed."), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(follow);
    bar->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    m_preview = new SamplePreview(this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addWidget(m_preview);
    layout->addLayout(row, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TrainingMonitor::poll);
    connect(follow, &QPushButton::clicked, this, &TrainingMonitor::chooseFile);
    connect(m_model, &LossCurveModel::termAdded, this, &TrainingMonitor::addTerm);
    connect(m_model, &LossCurveModel::pointsAdded, this, &TrainingMonitor::appendPoints);
    connect(m_model, &LossCurveModel::cleared, this, [this] {
        for (QLineSeries* s : std::as_const(m_series)) {
            m_chart->removeSeries(s);
            delete s;
        }
        m_series.clear();
    });
}

TrainingMonitor::~TrainingMonitor() = default;

void TrainingMonitor::followFile(const QString& file) {
    m_model->clear();
    if (file.isEmpty()) {
        m_reader.reset();
        m_timer->stop();
        m_status->setText(tr("No training followed."));
        return;
    }
    m_reader = std::make_unique<LossCsvReader>(file, m_model);
    m_timer->start();
    poll();
}

QString TrainingMonitor::followedFile() const { return m_reader ? m_reader->file() : QString(); }

void TrainingMonitor::poll() {
    if (!m_reader)
        return;
    m_reader->poll();
    if (!m_reader->lastError().isEmpty())
        m_status->setText(m_reader->lastError());
    else if (m_model->lastStep() < 0)
        m_status->setText(tr("Waiting for %1 ...").arg(QFileInfo(m_reader->file()).fileName()));
    else
        m_status->setText(tr("%1: step %2").arg(m_reader->file()).arg(m_model->lastStep()));
}

int TrainingMonitor::pointCount(const QString& term) const {
    const auto it = m_series.constFind(term);
    return it == m_series.constEnd() ? 0 : static_cast<int>(it.value()->count());
}

void TrainingMonitor::addTerm(const QString& term) {
    auto* series = new QLineSeries;
    series->setName(term);
    m_chart->addSeries(series);
    series->attachAxis(m_steps);
    series->attachAxis(m_values);
    m_series.insert(term, series);
}

void TrainingMonitor::appendPoints(const QStringList& terms) {
    for (const QString& term : terms) {
        QLineSeries* series = m_series.value(term);
        if (!series)
            continue;
        // Append only what the chart lacks: replacing every point each second would grow costly.
        const QVector<QPointF>& points = m_model->series(term);
        for (qsizetype i = series->count(); i < points.size(); ++i)
            series->append(points[i]);
    }
    m_steps->setRange(0, std::max<double>(1.0, static_cast<double>(m_model->lastStep())));
    const double span = m_model->maximum() - m_model->minimum();
    const double pad = span > 0.0 ? span * 0.05 : 0.5;
    m_values->setRange(m_model->minimum() - pad, m_model->maximum() + pad);
}

void TrainingMonitor::chooseFile() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Follow a training loss file"), QString(),
                                                      tr("Loss logs (loss.csv *.csv);;All files (*)"));
    if (!file.isEmpty())
        followFile(file);
}

} // namespace nuclei3d::ui
