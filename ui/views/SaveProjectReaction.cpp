#include "views/SaveProjectReaction.h"

#include "io/TiffVolumeIO.h"
#include "model/JobQueue.h"
#include "model/LayerModel.h"
#include "model/ParameterModel.h"
#include "pipeline/Error.h"

#include <QDir>
#include <QFileInfo>

namespace nuclei3d::ui {

SaveProjectReaction::SaveProjectReaction(JobQueue* queue, LayerModel* layers, const ParameterModel* parameters,
                                         QObject* parent)
    : QObject(parent), m_queue(queue), m_layers(layers), m_parameters(parameters) {}

namespace {
struct PendingVolume {
    Layer layer; // shares the volumes, which never change
    QString file;
};

AnyVolume withSpacing(const Layer& layer, Spacing spacing) {
    if (layer.scalar) {
        Volume<float> v = *layer.scalar;
        v.setSpacing(spacing);
        return v;
    }
    if (layer.labels) {
        Volume<std::uint32_t> v = *layer.labels;
        v.setSpacing(spacing);
        return narrowestLabels(v);
    }
    Volume<Rgb8> v = *layer.rgb;
    v.setSpacing(spacing);
    return v;
}

/// Identifies a layer across edits of the list: its volume's address never changes.
const void* volumeOf(const Layer& l) {
    return l.scalar ? static_cast<const void*>(l.scalar.get())
           : l.labels ? static_cast<const void*>(l.labels.get())
                      : static_cast<const void*>(l.rgb.get());
}
} // namespace

Job* SaveProjectReaction::save(const QString& file, const QList<ProjectJob>& history) {
    const QFileInfo info(file);
    const QDir folder(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("_layers"));
    auto pending = std::make_shared<std::vector<PendingVolume>>();
    for (int row = 0; row < m_layers->count(); ++row) {
        const Layer& l = m_layers->layer(row);
        if (!l.file.isEmpty())
            continue;
        pending->push_back({l, folder.filePath(QStringLiteral("%1_%2.tif").arg(layerRoleKey(l.role)).arg(pending->size() + 1))});
    }
    if (pending->empty()) {
        writeJson(file, history);
        return nullptr;
    }
    const QString title = tr("Saving project %1").arg(info.fileName());
    Job* job = m_queue->submit(title, JobKind::Cpu,
                               [pending, folder = folder.absolutePath(), spacing = m_layers->spacing()](const Progress& p) {
                                   if (!QDir().mkpath(folder))
                                       throw FileError(folder.toStdString(), "cannot create the folder");
                                   const double n = static_cast<double>(pending->size());
                                   for (std::size_t i = 0; i < pending->size(); ++i) {
                                       const PendingVolume& v = (*pending)[i];
                                       writeVolume(v.file.toStdString(), withSpacing(v.layer, spacing), {},
                                                   p.sub(double(i) / n, double(i + 1) / n));
                                   }
                               });
    connect(job, &Job::finished, this, [this, pending, file, history] {
        for (const PendingVolume& v : *pending)
            for (int row = 0; row < m_layers->count(); ++row)
                if (volumeOf(m_layers->layer(row)) == volumeOf(v.layer))
                    m_layers->setFile(row, v.file);
        writeJson(file, history);
    });
    connect(job, &Job::failed, this, [this, title](const QString& message) { Q_EMIT failed(title, message); });
    return job;
}

void SaveProjectReaction::writeJson(const QString& file, const QList<ProjectJob>& history) {
    Project project;
    for (int row = 0; row < m_layers->count(); ++row) {
        const Layer& l = m_layers->layer(row);
        if (l.file.isEmpty())
            continue; // added while the layers were being written: saved next time
        ProjectLayer p;
        p.name = l.name;
        p.role = l.role;
        p.file = l.file;
        p.visible = l.visible;
        p.opacity = l.opacity;
        p.colourMap = l.colourMap;
        p.labelStyle = l.labelStyle;
        p.low = l.low;
        p.high = l.high;
        project.layers.append(p);
    }
    project.spacing = m_layers->spacing();
    project.spacingFromFile = m_layers->spacingFromFile();
    project.parametersJson = QString::fromStdString(m_parameters->parameters().toJson());
    project.jobs = history;
    QString error;
    if (!writeProject(project, file, &error)) {
        Q_EMIT failed(tr("Saving project"), error);
        return;
    }
    Q_EMIT saved(file);
}

} // namespace nuclei3d::ui
