#pragma once
// The editable parameter set of the window, over nuclei3d::ParameterSet: every change goes through
// ParameterSet::set, so the core's checks (type, range, choices) are the only ones, and a refused
// value comes back with the core's message. Load and save JSON, reset to defaults.
//
// Threads: UI thread only. Jobs take a copy (parameters() by value) before they start, so editing
// while a job runs never races with it.
#include "pipeline/ParameterSet.h"

#include <QObject>
#include <QStringList>
#include <QVariant>

namespace nuclei3d::ui {

class ParameterModel : public QObject {
    Q_OBJECT
  public:
    explicit ParameterModel(QObject* parent = nullptr);

    const ParameterSet& parameters() const { return m_parameters; }
    /// Stage ids in pipeline order, and the parameter names of one stage in declaration order.
    static QStringList stages();
    static QString stageTitle(const QString& stage);
    static QStringList namesOfStage(const QString& stage);
    static const ParameterSpec& spec(const QString& name);

    /// qlonglong, double, bool or QString by the parameter's type.
    QVariant value(const QString& name) const;
    /// Converts and sets through the core; on refusal returns false, keeps the old value and emits
    /// refused() with the core's message (also in lastError()).
    bool setValue(const QString& name, const QVariant& value);
    /// All-or-nothing: a file with one bad value changes nothing.
    bool load(const QString& file);
    /// All-or-nothing from JSON text (a project's "parameters"); values not given take defaults.
    /// `source` names the file in messages.
    bool loadJson(const QString& json, const QString& source);
    bool save(const QString& file);
    void resetToDefaults();
    /// Sets one of core's presets (parameterPresets()) on top of the current values, all or
    /// nothing; false with lastError() for an unknown id.
    bool applyPreset(const QString& id);
    QString lastError() const { return m_lastError; }

  Q_SIGNALS:
    void valueChanged(const QString& name);
    /// Many values changed at once (load, reset): re-read everything.
    void allChanged();
    void refused(const QString& name, const QString& message);

  private:
    ParameterSet m_parameters;
    QString m_lastError;
};

} // namespace nuclei3d::ui
