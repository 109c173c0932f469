#include "views/OpenProjectReaction.h"

#include "io/TiffVolumeIO.h"
#include "model/JobQueue.h"
#include "model/LayerModel.h"
#include "model/ParameterModel.h"

#include <QFileInfo>

namespace nuclei3d::ui {

OpenProjectReaction::OpenProjectReaction(JobQueue* queue, LayerModel* layers, ParameterModel* parameters,
                                         QObject* parent)
    : QObject(parent), m_queue(queue), m_layers(layers), m_parameters(parameters) {}

Job* OpenProjectReaction::open(const QString& file) {
    const QString title = tr("Opening project %1").arg(QFileInfo(file).fileName());
    auto project = std::make_shared<Project>();
    QString error;
    if (!readProject(file, project.get(), &error)) {
        Q_EMIT failed(title, error);
        return nullptr;
    }
    // The parameters are checked before anything is read: a bad value refuses the whole project.
    ParameterModel check;
    if (!project->parametersJson.isEmpty() && !check.loadJson(project->parametersJson, file)) {
        Q_EMIT failed(title, check.lastError());
        return nullptr;
    }
    auto layers = std::make_shared<std::vector<Layer>>();
    Job* job = m_queue->submit(title, JobKind::Cpu, [project, layers](const Progress& p) {
        const double n = std::max<double>(1.0, project->layers.size());
        for (qsizetype i = 0; i < project->layers.size(); ++i) {
            const ProjectLayer& saved = project->layers[i];
            const Progress part = p.sub(double(i) / n, double(i + 1) / n);
            Layer layer = makeLayer(saved.role, saved.name, readVolume(saved.file.toStdString(), part));
            layer.file = saved.file;
            layer.visible = saved.visible;
            layer.opacity = saved.opacity;
            layer.colourMap = saved.colourMap;
            layer.labelStyle = saved.labelStyle;
            if (saved.high > saved.low) {
                layer.low = static_cast<float>(saved.low);
                layer.high = static_cast<float>(saved.high);
            }
            layers->push_back(std::move(layer));
        }
    });
    connect(job, &Job::finished, this, [this, project, layers, file, title] {
        m_layers->clear();
        // Bottom first: addLayer puts each new layer above those of its kind, so the saved order
        // (top first) comes back.
        for (auto it = layers->rbegin(); it != layers->rend(); ++it) {
            QString problem;
            if (!m_layers->addLayer(std::move(*it), &problem)) {
                Q_EMIT failed(title, problem);
                return;
            }
        }
        if (project->spacing.known && !m_layers->spacingFromFile())
            m_layers->setSpacing(project->spacing.x, project->spacing.y, project->spacing.z);
        if (!project->parametersJson.isEmpty())
            m_parameters->loadJson(project->parametersJson, file);
        Q_EMIT opened(file, project->jobs);
    });
    connect(job, &Job::failed, this, [this, title](const QString& message) { Q_EMIT failed(title, message); });
    return job;
}

} // namespace nuclei3d::ui
