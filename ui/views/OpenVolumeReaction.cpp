#include "views/OpenVolumeReaction.h"

#include "io/TiffVolumeIO.h"
#include "model/JobQueue.h"

#include <QFileInfo>

namespace nuclei3d::ui {

QString OpenVolumeReaction::layerName(const QString& fileName, LayerRole role) {
    // Ground truth is often called labels.tif too, like the labels it is compared with.
    return role == LayerRole::GroundTruth ? tr("%1 (ground truth)").arg(fileName) : fileName;
}

OpenVolumeReaction::OpenVolumeReaction(JobQueue* queue, QObject* parent) : QObject(parent), m_queue(queue) {}

Job* OpenVolumeReaction::open(const QString& file, std::optional<LayerRole> role) {
    auto result = std::make_shared<VolumeResult>();
    result->title = QFileInfo(file).fileName();
    const QString title = tr("Opening %1").arg(result->title);
    Job* job = m_queue->submit(title, JobKind::Cpu,
                               [result, role, file, path = file.toStdString()](const Progress& p) {
                                   AnyVolume volume = readVolume(path, p);
                                   const LayerRole chosen = role ? *role : guessRole(result->title, voxelType(volume));
                                   Layer layer = makeLayer(chosen, layerName(result->title, chosen), std::move(volume));
                                   layer.file = QFileInfo(file).absoluteFilePath();
                                   result->layers.push_back(std::move(layer));
                               });
    connect(job, &Job::finished, this, [this, result] { Q_EMIT resultReady(*result); });
    connect(job, &Job::failed, this, [this, title](const QString& message) { Q_EMIT failed(title, message); });
    return job;
}

} // namespace nuclei3d::ui
