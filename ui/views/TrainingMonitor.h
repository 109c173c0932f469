#pragma once
// The training monitor: one loss curve per term (Qt Charts), updated live from a LossCurveModel,
// and the newest synthetic slice next to a real one (SamplePreview).
// Trainers feed the model directly (addRow) or the monitor follows a loss.csv as UnetTraining
// writes it (followFile: re-read once a second, only the appended lines).
//
// Threads: UI thread only.
#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QTimer;

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace nuclei3d::ui {

class LossCurveModel;
class LossCsvReader;
class SamplePreview;

class TrainingMonitor : public QWidget {
    Q_OBJECT
  public:
    explicit TrainingMonitor(QWidget* parent = nullptr);
    ~TrainingMonitor() override;

    LossCurveModel* model() const { return m_model; }
    /// Follows a loss file (and reads what it has now); an empty name stops following.
    void followFile(const QString& file);
    QString followedFile() const;
    /// Reads the followed file's new lines now (the timer does it once a second).
    void poll();
    /// Points drawn for a term (tests check the chart, not only the model).
    int pointCount(const QString& term) const;
    QChart* chart() const { return m_chart; }
    /// The newest synthetic slice next to a real one.
    SamplePreview* samplePreview() const { return m_preview; }

  private:
    void addTerm(const QString& term);
    void appendPoints(const QStringList& terms);
    void chooseFile();

    LossCurveModel* m_model;
    std::unique_ptr<LossCsvReader> m_reader;
    QChart* m_chart;
    QChartView* m_view;
    QValueAxis* m_steps;
    QValueAxis* m_values;
    QHash<QString, QLineSeries*> m_series;
    QTimer* m_timer;
    QLabel* m_status;
    SamplePreview* m_preview;
};

} // namespace nuclei3d::ui
