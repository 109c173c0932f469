#include "views/ParameterField.h"

#include "model/ParameterTexts.h"

#include "views/CheckedNumberBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nuclei3d::ui {

namespace {

// Spin boxes hold int; the schema's integer ranges are declared within it, but clamp anyway.
int toIntRange(double v) {
    const double lo = std::numeric_limits<int>::min();
    const double hi = std::numeric_limits<int>::max();
    return static_cast<int>(std::clamp(v, lo, hi));
}

int decimalsOf(double v) {
    for (int d = 0; d < 10; ++d) {
        const double scale = std::pow(10.0, d);
        if (std::fabs(std::round(v * scale) / scale - v) <= 1e-12 * std::max(1.0, std::fabs(v)))
            return d;
    }
    return 10;
}

} // namespace

ParameterField::ParameterField(const ParameterSpec& spec, QWidget* parent)
    : QObject(parent), m_name(QString::fromStdString(spec.name)) {
    m_widget = createWidget(spec, parent);
    QString tip = parameterText(spec.help);
    const std::string range = describeRange(spec);
    if (!range.empty())
        tip += QStringLiteral("\n") + tr("Allowed: %1").arg(QString::fromStdString(range));
    tip += QStringLiteral("\n") + tr("Name: %1").arg(m_name);
    m_widget->setToolTip(tip);
    m_widget->setObjectName(m_name);
}

int ParameterField::decimalsFor(const ParameterSpec& spec) {
    double def = 0.0;
    if (const auto* d = std::get_if<double>(&spec.defaultValue))
        def = *d;
    return std::clamp(std::max({decimalsOf(spec.minimum), decimalsOf(spec.maximum), decimalsOf(def), 2}), 2,
                      10);
}

QString ParameterField::unitSuffix(const std::string& unit) {
    if (unit.empty())
        return {};
    if (unit == "um")
        return QStringLiteral(" \u00b5m");
    return QStringLiteral(" ") + QString::fromStdString(unit);
}

QWidget* ParameterField::createWidget(const ParameterSpec& spec, QWidget* parent) {
    const QString range = QString::fromStdString(describeRange(spec));
    auto outOfRange = [this, range](const QString& number) {
        Q_EMIT refusedInput(m_name, tr("%1 is out of range for %2: allowed %3").arg(number, m_name, range));
    };
    switch (spec.type) {
    case ParameterType::Integer: {
        auto* box = new CheckedSpinBox(parent);
        box->setOnOutOfRange(outOfRange);
        box->setRange(toIntRange(spec.minimum), toIntRange(spec.maximum));
        box->setSuffix(unitSuffix(spec.unit));
        box->setKeyboardTracking(false); // one edit per confirmed number, not per key
        connect(box, &QSpinBox::valueChanged, this,
                [this](int v) { Q_EMIT edited(m_name, QVariant::fromValue<qlonglong>(v)); });
        return box;
    }
    case ParameterType::Real: {
        auto* box = new CheckedDoubleSpinBox(parent);
        box->setOnOutOfRange(outOfRange);
        box->setDecimals(decimalsFor(spec));
        box->setRange(spec.minimum, spec.maximum);
        box->setSuffix(unitSuffix(spec.unit));
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this](double v) { Q_EMIT edited(m_name, v); });
        return box;
    }
    case ParameterType::Boolean: {
        auto* box = new QCheckBox(parent);
        connect(box, &QCheckBox::toggled, this, [this](bool v) { Q_EMIT edited(m_name, v); });
        return box;
    }
    case ParameterType::Choice: {
        auto* box = new QComboBox(parent);
        for (const auto& choice : spec.choices)
            box->addItem(QString::fromStdString(choice));
        connect(box, &QComboBox::activated, this, [this, box] { Q_EMIT edited(m_name, box->currentText()); });
        return box;
    }
    case ParameterType::Text:
        break;
    }
    auto* edit = new QLineEdit(parent);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        if (edit->isModified()) {
            edit->setModified(false);
            Q_EMIT edited(m_name, edit->text());
        }
    });
    return edit;
}

void ParameterField::display(const QVariant& value) {
    const QSignalBlocker block(m_widget);
    if (auto* spin = qobject_cast<QSpinBox*>(m_widget))
        spin->setValue(toIntRange(value.toDouble()));
    else if (auto* real = qobject_cast<QDoubleSpinBox*>(m_widget))
        real->setValue(value.toDouble());
    else if (auto* check = qobject_cast<QCheckBox*>(m_widget))
        check->setChecked(value.toBool());
    else if (auto* combo = qobject_cast<QComboBox*>(m_widget))
        combo->setCurrentText(value.toString());
    else if (auto* edit = qobject_cast<QLineEdit*>(m_widget))
        edit->setText(value.toString());
}

} // namespace nuclei3d::ui
