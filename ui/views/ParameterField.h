#pragma once
// One editor widget for one parameter of the schema, chosen by its type: a spin box with the
// schema's range and unit, a check box, a combo box of the choices or a line edit. It only shows
// and reports values; whether a value is allowed is decided by the ParameterModel (the core).
//
// Threads: UI thread only.
#include "pipeline/ParameterSchema.h"

#include <QObject>
#include <QVariant>

class QWidget;

namespace nuclei3d::ui {

class ParameterField : public QObject {
    Q_OBJECT
  public:
    ParameterField(const ParameterSpec& spec, QWidget* parent);

    QString name() const { return m_name; }
    QWidget* widget() const { return m_widget; }
    /// Shows a value without emitting edited().
    void display(const QVariant& value);
    /// Decimals a spin box needs to show the range ends and default exactly (1e-7 needs 7).
    static int decimalsFor(const ParameterSpec& spec);
    /// The unit as shown after a number (" µm", " %"); empty when the parameter has none.
    static QString unitSuffix(const std::string& unit);

  Q_SIGNALS:
    /// The user changed the value (typed and confirmed, stepped, picked or toggled).
    void edited(const QString& name, const QVariant& value);
    /// The widget refused typed input before it reached the model (a number out of range).
    void refusedInput(const QString& name, const QString& message);

  private:
    QWidget* createWidget(const ParameterSpec& spec, QWidget* parent);

    QString m_name;
    QWidget* m_widget = nullptr;
};

} // namespace nuclei3d::ui
