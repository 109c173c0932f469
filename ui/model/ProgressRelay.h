#pragma once
// Bridges core's progress interface to Qt: the worker thread calls update(), the UI thread gets
// progressChanged() by queued connection (Qt queues it because the emitting thread differs).
//
// Threads: update() is called on the worker thread only; cancel() may be called from any thread.
#include "pipeline/Progress.h"

#include <QObject>
#include <QString>

namespace nuclei3d::ui {

class ProgressRelay : public QObject, public ProgressSink {
    Q_OBJECT
public:
    explicit ProgressRelay(QObject* parent = nullptr) : QObject(parent) {}

    bool update(double fraction, const std::string& step) override;
    const CancelToken& token() const { return m_token; }
    void cancel() { m_token.cancel(); }

Q_SIGNALS:
    void progressChanged(double fraction, const QString& step);

private:
    CancelToken m_token;
};

} // namespace nuclei3d::ui
