#include "model/LossCurveModel.h"

#include <cmath>

namespace nuclei3d::ui {

LossCurveModel::LossCurveModel(QObject* parent) : QObject(parent) {}

void LossCurveModel::addRow(qint64 step, const QMap<QString, double>& values) {
    QStringList touched;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!std::isfinite(it.value()))
            continue; // a NaN loss is a trainer's problem to report; a chart cannot draw it
        if (!m_series.contains(it.key())) {
            m_terms.append(it.key());
            m_series.insert(it.key(), {});
            Q_EMIT termAdded(it.key());
        }
        QVector<QPointF>& points = m_series[it.key()];
        if (!points.isEmpty() && points.last().x() >= static_cast<double>(step))
            continue;
        points.append(QPointF(static_cast<double>(step), it.value()));
        if (!m_hasValue) {
            m_min = m_max = it.value();
            m_hasValue = true;
        } else {
            m_min = std::min(m_min, it.value());
            m_max = std::max(m_max, it.value());
        }
        touched.append(it.key());
    }
    if (step > m_lastStep && !touched.isEmpty())
        m_lastStep = step;
    if (!touched.isEmpty())
        Q_EMIT pointsAdded(touched);
}

void LossCurveModel::clear() {
    m_terms.clear();
    m_series.clear();
    m_lastStep = -1;
    m_min = 0.0;
    m_max = 1.0;
    m_hasValue = false;
    Q_EMIT cleared();
}

const QVector<QPointF>& LossCurveModel::series(const QString& term) const {
    static const QVector<QPointF> none;
    const auto it = m_series.constFind(term);
    return it == m_series.constEnd() ? none : it.value();
}

} // namespace nuclei3d::ui
