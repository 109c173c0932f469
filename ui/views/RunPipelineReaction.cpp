#include "views/RunPipelineReaction.h"

#include "io/TiffVolumeIO.h"
#include "model/JobQueue.h"
#include "model/LayerModel.h"
#include "model/ParameterModel.h"
#include "run/WholePipeline.h"

#include <QDir>
#include <QFileInfo>

#include <filesystem>

namespace nuclei3d::ui {

RunPipelineReaction::RunPipelineReaction(JobQueue* queue, const LayerModel* layers, const ParameterModel* parameters,
                                         QObject* parent)
    : QObject(parent), m_queue(queue), m_layers(layers), m_parameters(parameters) {}

Job* RunPipelineReaction::trigger(const QString& outDir) {
    const QString title = tr("Whole pipeline");
    const int imageRow = m_layers->findRole(LayerRole::Image);
    if (imageRow < 0 || m_layers->layer(imageRow).file.isEmpty()) {
        Q_EMIT failed(title, tr("Open the microscopy image from a file first (File > Open volume)."));
        return nullptr;
    }
    WholePipelineSettings settings;
    settings.image = m_layers->layer(imageRow).file.toStdString();
    settings.outDir = outDir.toStdString();
    const int gtRow = m_layers->findRole(LayerRole::GroundTruth);
    if (gtRow >= 0 && !m_layers->layer(gtRow).file.isEmpty())
        settings.groundTruth = m_layers->layer(gtRow).file.toStdString();
    if (!m_layers->spacingFromFile())
        settings.voxelSize = m_layers->spacing(); // set by hand in the layer list (or unknown)
    settings.parameters = m_parameters->parameters();
    // What the user changed in the editor is theirs: the image's geometry and size estimate leave it.
    for (const QString& stage : ParameterModel::stages())
        for (const QString& name : ParameterModel::namesOfStage(stage))
            if (!settings.parameters.isDefault(name.toStdString()))
                settings.fixedParameters.push_back(name.toStdString());

    // Names are made here, on the UI thread, with the user's language.
    struct Product {
        const char* file;
        LayerRole role;
        QString name;
    };
    const QString suffix = tr("pipeline");
    const std::vector<Product> products{
        {"seg.tif", LayerRole::Probability, tr("I_seg (%1)").arg(suffix)},
        {"shape.tif", LayerRole::ShapeMap, tr("I_shape (%1)").arg(suffix)},
        {"labels.tif", LayerRole::Labels, tr("labels (%1)").arg(suffix)},
        {"contours.tif", LayerRole::Contours, tr("contours (%1)").arg(suffix)},
        {"segcolor.tif", LayerRole::SegColor, tr("I_segcolor (%1)").arg(suffix)},
        {"label.tif", LayerRole::LabelPicture, tr("I_label (%1)").arg(suffix)},
    };
    auto result = std::make_shared<VolumeResult>();
    result->title = m_layers->layer(imageRow).name;
    auto summary = std::make_shared<QString>();
    Job* job = m_queue->submit(title, JobKind::Device, [settings, products, result, summary](const Progress& p) {
        const WholePipelineResult run = runWholePipeline(settings, p.sub(0.0, 0.97));
        // The results are read here, on the worker, so that the window never waits on a file.
        const std::filesystem::path out = settings.outDir;
        for (std::size_t i = 0; i < products.size(); ++i) {
            const std::filesystem::path file = out / products[i].file;
            if (!std::filesystem::exists(file))
                continue;
            Layer layer = makeLayer(products[i].role, products[i].name,
                                    readVolume(file, p.sub(0.97 + 0.005 * double(i), 0.97 + 0.005 * double(i + 1))));
            layer.file = QString::fromStdString(file.string());
            if (products[i].role != LayerRole::Labels)
                layer.visible = false; // the labels over the image first; the rest one click away
            result->layers.push_back(std::move(layer));
        }
        *summary = QStringLiteral("%1 nuclei").arg(run.nuclei);
        if (run.evaluation)
            *summary += QStringLiteral("; F1 %1 (50 %), %2 (IoU 0.50)")
                            .arg(run.evaluation->paper.f1, 0, 'f', 3)
                            .arg(run.evaluation->iou.empty() ? 0.0 : run.evaluation->iou.front().score.f1, 0, 'f', 3);
    });
    const QString m1 = QDir(outDir).filePath(QStringLiteral("m1/loss.csv"));
    const QString m2 = QDir(outDir).filePath(QStringLiteral("m2/loss.csv"));
    auto onM2 = std::make_shared<bool>(false);
    // The queue starts a job inside submit() when the device is free; otherwise it waits its turn.
    if (job->state() == JobState::Running)
        Q_EMIT trainingLogChanged(m1);
    else
        connect(job, &Job::stateChanged, this, [this, m1](JobState state) {
            if (state == JobState::Running)
                Q_EMIT trainingLogChanged(m1);
        });
    // M2 starts after M1: its loss file appearing is the sign (no guess at progress fractions).
    connect(job, &Job::progressChanged, this, [this, m2, onM2] {
        if (!*onM2 && QFileInfo::exists(m2)) {
            *onM2 = true;
            Q_EMIT trainingLogChanged(m2);
        }
    });
    connect(job, &Job::finished, this, [this, result, summary] {
        Q_EMIT resultReady(*result);
        Q_EMIT summaryReady(*summary);
    });
    connect(job, &Job::failed, this, [this, title](const QString& message) { Q_EMIT failed(title, message); });
    return job;
}

} // namespace nuclei3d::ui
