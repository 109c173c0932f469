#include "views/ParameterEditor.h"

#include "model/ParameterModel.h"
#include "model/ParameterTexts.h"
#include "pipeline/ParameterPresets.h"
#include "views/ParameterField.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nuclei3d::ui {

ParameterEditor::ParameterEditor(ParameterModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("parameterMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; padding: 4px; }"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* container = new QWidget(scroll);
    buildFields(container);
    scroll->setWidget(container);
    layout->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    auto* load = new QPushButton(tr("Load..."), this);
    load->setToolTip(tr("Read parameters from a JSON file"));
    auto* save = new QPushButton(tr("Save..."), this);
    save->setToolTip(tr("Write these parameters to a JSON file"));
    auto* presets = new QPushButton(tr("Presets"), this);
    presets->setObjectName(QStringLiteral("parameterPresets"));
    presets->setToolTip(tr("Set a named group of values; the other parameters keep theirs"));
    presets->setMenu(buildPresetMenu(presets));
    auto* reset = new QPushButton(tr("Reset to defaults"), this);
    reset->setObjectName(QStringLiteral("resetParameters"));
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch(1);
    buttons->addWidget(presets);
    buttons->addWidget(reset);
    layout->addLayout(buttons);

    connect(load, &QPushButton::clicked, this, &ParameterEditor::chooseAndLoad);
    connect(save, &QPushButton::clicked, this, &ParameterEditor::chooseAndSave);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_model->resetToDefaults();
        showMessage({});
    });
    connect(m_model, &ParameterModel::valueChanged, this, &ParameterEditor::refresh);
    connect(m_model, &ParameterModel::allChanged, this, &ParameterEditor::refreshAll);
    refreshAll();
}

void ParameterEditor::buildFields(QWidget* container) {
    auto* layout = new QVBoxLayout(container);
    for (const QString& stage : ParameterModel::stages()) {
        const QStringList names = ParameterModel::namesOfStage(stage);
        if (names.isEmpty())
            continue;
        auto* group = new QGroupBox(ParameterModel::stageTitle(stage), container);
        group->setObjectName(QStringLiteral("stage-") + stage);
        auto* form = new QFormLayout(group);
        for (const QString& name : names) {
            const ParameterSpec& spec = ParameterModel::spec(name);
            auto* field = new ParameterField(spec, group);
            auto* label = new QLabel(parameterText(spec.label), group);
            label->setToolTip(field->widget()->toolTip());
            form->addRow(label, field->widget());
            m_fields.insert(name, field);
            connect(field, &ParameterField::edited, this, &ParameterEditor::commit);
            connect(field, &ParameterField::refusedInput, this,
                    [this](const QString&, const QString& message) { showMessage(message); });
        }
        layout->addWidget(group);
    }
    layout->addStretch(1);
}

QMenu* ParameterEditor::buildPresetMenu(QWidget* owner) {
    auto* menu = new QMenu(owner);
    menu->setToolTipsVisible(true);
    for (const ParameterPreset& preset : parameterPresets()) {
        QAction* action = menu->addAction(parameterText(preset.title));
        action->setObjectName(QStringLiteral("preset-") + QString::fromStdString(preset.id));
        action->setToolTip(parameterText(preset.description));
        const QString id = QString::fromStdString(preset.id);
        connect(action, &QAction::triggered, this, [this, id] { applyPreset(id); });
    }
    return menu;
}

bool ParameterEditor::applyPreset(const QString& id) {
    const bool ok = m_model->applyPreset(id);
    showMessage(ok ? QString() : m_model->lastError());
    return ok;
}

QWidget* ParameterEditor::fieldWidget(const QString& name) const {
    const ParameterField* field = m_fields.value(name);
    return field ? field->widget() : nullptr;
}

bool ParameterEditor::commit(const QString& name, const QVariant& value) {
    if (m_model->setValue(name, value)) {
        showMessage({});
        return true;
    }
    showMessage(m_model->lastError());
    refresh(name); // back to the value the model kept
    return false;
}

QString ParameterEditor::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void ParameterEditor::refresh(const QString& name) {
    if (ParameterField* field = m_fields.value(name))
        field->display(m_model->value(name));
}

void ParameterEditor::refreshAll() {
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->display(m_model->value(it.key()));
}

void ParameterEditor::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool ParameterEditor::loadFrom(const QString& file) {
    const bool ok = m_model->load(file);
    showMessage(ok ? QString() : m_model->lastError());
    return ok;
}

bool ParameterEditor::saveTo(const QString& file) {
    const bool ok = m_model->save(file);
    showMessage(ok ? QString() : m_model->lastError());
    return ok;
}

void ParameterEditor::chooseAndLoad() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Load parameters"), QString(),
                                                      tr("Parameter files (*.json);;All files (*)"));
    if (!file.isEmpty())
        loadFrom(file);
}

void ParameterEditor::chooseAndSave() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save parameters"), QStringLiteral("parameters.json"), tr("Parameter files (*.json)"));
    if (!file.isEmpty())
        saveTo(file);
}

} // namespace nuclei3d::ui
