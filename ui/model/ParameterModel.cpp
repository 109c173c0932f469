#include "model/ParameterModel.h"

#include "model/ParameterTexts.h"

#include "pipeline/Error.h"
#include "pipeline/ParameterPresets.h"

#include <exception>

namespace nuclei3d::ui {

ParameterModel::ParameterModel(QObject* parent) : QObject(parent) {}

QStringList ParameterModel::stages() {
    QStringList ids;
    for (const auto& stage : ParameterSchema::instance().stages())
        ids.append(QString::fromStdString(stage.id));
    return ids;
}

QString ParameterModel::stageTitle(const QString& stage) {
    for (const auto& info : ParameterSchema::instance().stages())
        if (info.id == stage.toStdString())
            return parameterText(info.title);
    return stage;
}

QStringList ParameterModel::namesOfStage(const QString& stage) {
    QStringList names;
    for (const ParameterSpec* spec : ParameterSchema::instance().forStage(stage.toStdString()))
        names.append(QString::fromStdString(spec->name));
    return names;
}

const ParameterSpec& ParameterModel::spec(const QString& name) {
    const ParameterSpec* found = ParameterSchema::instance().find(name.toStdString());
    if (!found)
        throw Error("unknown parameter '" + name.toStdString() + "'");
    return *found;
}

QVariant ParameterModel::value(const QString& name) const {
    const ParameterValue& v = m_parameters.value(name.toStdString());
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return QVariant::fromValue<qlonglong>(*i);
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    if (const auto* b = std::get_if<bool>(&v))
        return *b;
    return QString::fromStdString(std::get<std::string>(v));
}

bool ParameterModel::setValue(const QString& name, const QVariant& value) {
    const std::string key = name.toStdString();
    try {
        // Text goes through the core's parser so "abc" for a number gets the core's message;
        // typed values keep their type so the core can tell 2.5 from 2 for an integer.
        switch (value.typeId()) {
        case QMetaType::Bool:
            m_parameters.set(key, value.toBool());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            m_parameters.set(key, value.toDouble());
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            m_parameters.set(key, static_cast<std::int64_t>(value.toLongLong()));
            break;
        default:
            if (ParameterSchema::instance().find(key) &&
                (spec(name).type == ParameterType::Text || spec(name).type == ParameterType::Choice))
                m_parameters.set(key, value.toString().toStdString());
            else
                m_parameters.setFromText(key, value.toString().toStdString());
            break;
        }
    } catch (const Error& e) {
        m_lastError = QString::fromStdString(e.what());
        Q_EMIT refused(name, m_lastError);
        return false;
    }
    m_lastError.clear();
    Q_EMIT valueChanged(name);
    return true;
}

bool ParameterModel::load(const QString& file) {
    ParameterSet loaded = m_parameters;
    try {
        loaded.load(file.toStdString());
    } catch (const std::exception& e) { // file system errors as well as the core's Error
        m_lastError = QString::fromStdString(e.what());
        return false;
    }
    m_parameters = loaded;
    m_lastError.clear();
    Q_EMIT allChanged();
    return true;
}

bool ParameterModel::loadJson(const QString& json, const QString& source) {
    ParameterSet loaded; // a project's parameters replace every value: start from the defaults
    try {
        loaded.mergeJson(json.toStdString(), source.toStdString());
    } catch (const std::exception& e) {
        m_lastError = QString::fromStdString(e.what());
        return false;
    }
    m_parameters = loaded;
    m_lastError.clear();
    Q_EMIT allChanged();
    return true;
}

bool ParameterModel::save(const QString& file) {
    try {
        m_parameters.save(file.toStdString());
    } catch (const std::exception& e) { // file system errors as well as the core's Error
        m_lastError = QString::fromStdString(e.what());
        return false;
    }
    m_lastError.clear();
    return true;
}

bool ParameterModel::applyPreset(const QString& id) {
    try {
        nuclei3d::applyPreset(m_parameters, parameterPreset(id.toStdString()));
    } catch (const std::exception& e) {
        m_lastError = QString::fromStdString(e.what());
        return false;
    }
    m_lastError.clear();
    Q_EMIT allChanged();
    return true;
}

void ParameterModel::resetToDefaults() {
    m_parameters.resetToDefaults();
    Q_EMIT allChanged();
}

} // namespace nuclei3d::ui
