#pragma once
// Loss curves of a training run as the training monitor draws them: rows of (step, term -> value)
// arrive (from a LossCsvReader following a loss file, or from any trainer), and every term keeps
// its own series in step order. A small interface on purpose, so that the U-Net and GAN trainers
// can feed it however they report.
//
// Threads: UI thread only (a trainer on a worker hands rows over by queued signal or a file).
#include <QMap>
#include <QObject>
#include <QPointF>
#include <QStringList>
#include <QVector>

namespace nuclei3d::ui {

class LossCurveModel : public QObject {
    Q_OBJECT
  public:
    explicit LossCurveModel(QObject* parent = nullptr);

    /// Adds one step's values; terms seen for the first time get a new series (termAdded first).
    /// A step at or below the last one of a term restarts nothing: such values are ignored, so a
    /// file re-read from its start does not draw a curve twice.
    void addRow(qint64 step, const QMap<QString, double>& values);
    void clear();

    QStringList terms() const { return m_terms; }
    const QVector<QPointF>& series(const QString& term) const;
    qint64 lastStep() const { return m_lastStep; }
    /// Smallest and largest value over all terms (for the axis); {0, 1} while empty.
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

  Q_SIGNALS:
    void termAdded(const QString& term);
    /// New points were appended to these terms.
    void pointsAdded(const QStringList& terms);
    void cleared();

  private:
    QStringList m_terms;
    QMap<QString, QVector<QPointF>> m_series;
    qint64 m_lastStep = -1;
    double m_min = 0.0;
    double m_max = 1.0;
    bool m_hasValue = false;
};

} // namespace nuclei3d::ui
