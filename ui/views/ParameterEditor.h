#pragma once
// The parameter editor, generated from the parameter schema: one group per pipeline stage, one
// field per parameter with its range, unit and help (tooltip). A value the core refuses is not
// taken: the field shows the old value again and the core's message appears above the fields.
// Load..., Save... (JSON), Presets and Reset to defaults act on the shared ParameterModel.
//
// Threads: UI thread only.
#include <QHash>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;

namespace nuclei3d::ui {

class ParameterField;
class ParameterModel;

class ParameterEditor : public QWidget {
    Q_OBJECT
  public:
    explicit ParameterEditor(ParameterModel* model, QWidget* parent = nullptr);

    /// The widget that edits a parameter (nullptr for an unknown name).
    QWidget* fieldWidget(const QString& name) const;
    /// What the widgets do on an edit: hand the value to the model; refusal shows the message.
    bool commit(const QString& name, const QVariant& value);
    /// The refusal or file error on show; empty when none.
    QString message() const;
    bool loadFrom(const QString& file);
    bool saveTo(const QString& file);
    /// One of core's presets on top of the current values (the Presets menu); false shows why.
    bool applyPreset(const QString& id);

  private:
    void buildFields(QWidget* container);
    QMenu* buildPresetMenu(QWidget* owner);
    void refresh(const QString& name);
    void refreshAll();
    void showMessage(const QString& text);
    void chooseAndLoad();
    void chooseAndSave();

    ParameterModel* m_model;
    QHash<QString, ParameterField*> m_fields;
    QLabel* m_message = nullptr;
};

} // namespace nuclei3d::ui
