// The parameter editor as generated from the schema: every parameter has a field with its range
// and unit, a value the core refuses is shown as a message and not taken, and load, save and reset
// act on the shared model, as do the presets.
#include "model/ParameterModel.h"
#include "views/ParameterEditor.h"
#include "views/ParameterField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;

class TestParameterEditor : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void showsEveryParameterWithItsRange() {
        ParameterModel model;
        ParameterEditor editor(&model);
        for (const ParameterSpec& spec : ParameterSchema::instance().parameters()) {
            const QString name = QString::fromStdString(spec.name);
            QWidget* w = editor.fieldWidget(name);
            QVERIFY2(w, qPrintable(name));
            QVERIFY2(w->toolTip().contains(QString::fromStdString(spec.help)), qPrintable(name));
            switch (spec.type) {
            case ParameterType::Integer: {
                auto* box = qobject_cast<QSpinBox*>(w);
                QVERIFY2(box, qPrintable(name));
                QCOMPARE(box->minimum(), static_cast<int>(spec.minimum));
                QCOMPARE(box->maximum(), static_cast<int>(spec.maximum));
                QCOMPARE(box->value(), static_cast<int>(std::get<std::int64_t>(spec.defaultValue)));
                QCOMPARE(box->suffix(), ParameterField::unitSuffix(spec.unit));
                break;
            }
            case ParameterType::Real: {
                auto* box = qobject_cast<QDoubleSpinBox*>(w);
                QVERIFY2(box, qPrintable(name));
                QCOMPARE(box->minimum(), spec.minimum);
                QCOMPARE(box->maximum(), spec.maximum);
                QCOMPARE(box->value(), std::get<double>(spec.defaultValue));
                QCOMPARE(box->suffix(), ParameterField::unitSuffix(spec.unit));
                break;
            }
            case ParameterType::Boolean:
                QVERIFY2(qobject_cast<QCheckBox*>(w), qPrintable(name));
                break;
            case ParameterType::Choice: {
                auto* box = qobject_cast<QComboBox*>(w);
                QVERIFY2(box, qPrintable(name));
                QCOMPARE(box->count(), static_cast<int>(spec.choices.size()));
                QCOMPARE(box->currentText(),
                         QString::fromStdString(std::get<std::string>(spec.defaultValue)));
                break;
            }
            case ParameterType::Text:
                QVERIFY2(qobject_cast<QLineEdit*>(w), qPrintable(name));
                break;
            }
        }
        // One group per stage that has parameters.
        int groups = 0;
        for (const QString& stage : ParameterModel::stages())
            if (!ParameterModel::namesOfStage(stage).isEmpty())
                ++groups;
        QCOMPARE(editor.findChildren<QGroupBox*>().size(), groups);
    }
    void editingAFieldChangesTheModel() {
        ParameterModel model;
        ParameterEditor editor(&model);
        auto* count = qobject_cast<QSpinBox*>(editor.fieldWidget("synth.count"));
        QVERIFY(count);
        count->setValue(123); // what Enter or an arrow click does with keyboard tracking off
        QCOMPARE(model.parameters().integer("synth.count"), std::int64_t{123});
        auto* combo = qobject_cast<QComboBox*>(editor.fieldWidget("postprocess.connectivity"));
        QVERIFY(combo);
        combo->setCurrentText("6");
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(model.parameters().text("postprocess.connectivity"), std::string("6"));
    }
    void refusesAnInvalidValueWithAMessage() {
        ParameterModel model;
        ParameterEditor editor(&model);
        editor.show();
        QVERIFY(editor.message().isEmpty());
        QVERIFY(!editor.commit("synth.count", qlonglong{-3}));
        QVERIFY2(editor.message().contains("synth.count"), qPrintable(editor.message()));
        QVERIFY(editor.findChild<QWidget*>("parameterMessage")->isVisible());
        QCOMPARE(model.parameters().integer("synth.count"), std::int64_t{300});
        QCOMPARE(qobject_cast<QSpinBox*>(editor.fieldWidget("synth.count"))->value(), 300);
        // Typed text that is no number is refused the same way.
        auto* classes = qobject_cast<QLineEdit*>(editor.fieldWidget("postprocess.shape_thresholds"));
        QVERIFY(classes);
        QVERIFY(!editor.commit("synth.radius_max", QString("large")));
        QVERIFY(!editor.message().isEmpty());
        // A number typed beyond the spin box's range is refused as the user types, with a message.
        QVERIFY(editor.commit("synth.count", qlonglong{10}));
        QVERIFY(editor.message().isEmpty());
        auto* slices = qobject_cast<QSpinBox*>(editor.fieldWidget("gan.predictor_slices"));
        QVERIFY(slices);
        slices->setFocus();
        slices->selectAll();
        QTest::keyClicks(slices, "999");
        QVERIFY2(editor.message().contains("out of range"), qPrintable(editor.message()));
        QVERIFY2(editor.message().contains("64"), qPrintable(editor.message()));
        QVERIFY(model.parameters().integer("gan.predictor_slices") <= 64);
        // A good value clears the message.
        QVERIFY(editor.commit("synth.count", qlonglong{10}));
        QVERIFY(editor.message().isEmpty());
    }
    void aPresetFillsItsFieldsAndKeepsTheOthers() {
        ParameterModel model;
        ParameterEditor editor(&model);
        auto* count = qobject_cast<QSpinBox*>(editor.fieldWidget("synth.count"));
        auto* views = qobject_cast<QSpinBox*>(editor.fieldWidget("inference.views"));
        auto* mode = qobject_cast<QComboBox*>(editor.fieldWidget("gan.mode"));
        QVERIFY(count && views && mode);
        QVERIFY(editor.commit("synth.count", qlonglong{42}));
        auto* presets = editor.findChild<QPushButton*>("parameterPresets");
        QVERIFY(presets && presets->menu());
        QAction* cpu = presets->menu()->findChild<QAction*>("preset-cpu");
        QVERIFY(cpu);
        QVERIFY(!cpu->toolTip().isEmpty());
        cpu->trigger();
        QCOMPARE(views->value(), 8);
        QCOMPARE(mode->currentText(), QStringLiteral("nogan"));
        QCOMPARE(count->value(), 42);
        QCOMPARE(model.parameters().integer("synth.count"), std::int64_t{42});
        QVERIFY(editor.message().isEmpty());
        QVERIFY(!editor.applyPreset("fastest"));
        QVERIFY2(editor.message().contains("fastest"), qPrintable(editor.message()));
        QCOMPARE(views->value(), 8);
    }
    void saveLoadAndReset() {
        QTemporaryDir dir;
        const QString file = dir.filePath("p.json");
        ParameterModel model;
        ParameterEditor editor(&model);
        auto* radius = qobject_cast<QDoubleSpinBox*>(editor.fieldWidget("synth.radius_max"));
        QVERIFY(radius);
        radius->setValue(11.5);
        QVERIFY(editor.saveTo(file));

        editor.findChild<QPushButton*>("resetParameters")->click();
        QCOMPARE(radius->value(), 8.0);
        QVERIFY(model.parameters() == ParameterSet());

        QVERIFY(editor.loadFrom(file));
        QCOMPARE(radius->value(), 11.5);
        QCOMPARE(model.parameters().real("synth.radius_max"), 11.5);

        QVERIFY(!editor.loadFrom(dir.filePath("none.json")));
        QVERIFY(!editor.message().isEmpty());
        QCOMPARE(radius->value(), 11.5);
    }
};

QTEST_MAIN(TestParameterEditor)
#include "TestParameterEditor.moc"
