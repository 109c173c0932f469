#include "views/RunPipelineReaction.h"

#include "io/TiffVolumeIO.h"
#include "model/JobQueue.h"
#include "model/LayerModel.h"
#include "model/ParameterModel.h"
#include "model/Stage5Layers.h"
#include "pipeline/AnalysisSettings.h"
#include "pipeline/StageSettings.h"
#include "run/ForegroundAgreement.h"
#include "run/WholePipeline.h"
#include "views/SyntheticTrainingLayers.h"

#include <QDir>
#include <QFileInfo>

#include <filesystem>

namespace nuclei3d::ui {

namespace {

/// A result file of the run and the layer it becomes. Names are made on the UI thread, in the
/// user's language.
struct Product {
    const char* file;
    LayerRole role;
    QString name;
};

/// The run's result files as layers, read here on the worker so that the window never waits on a file.
void addResultLayers(const WholePipelineResult& run, const std::filesystem::path& out,
                     const std::vector<Product>& products, std::vector<Layer>& layers, const Progress& p) {
    const std::vector<std::string> classNames = postprocessSettingsFrom(run.parameters).shapeClasses;
    for (std::size_t i = 0; i < products.size(); ++i) {
        const std::filesystem::path file = out / products[i].file;
        if (!std::filesystem::exists(file))
            continue;
        const Progress part = p.sub(double(i) / double(products.size()), double(i + 1) / double(products.size()));
        Layer layer;
        if (products[i].role == LayerRole::Classes)
            layer = Stage5Layers::makeClassesLayer(products[i].name, readLabelVolume(file, part), classNames);
        else
            layer = makeLayer(products[i].role, products[i].name, readVolume(file, part));
        layer.file = QString::fromStdString(file.string());
        if (products[i].role == LayerRole::Labels) {
            const std::filesystem::path csv = out / "nuclei.csv";
            if (std::filesystem::exists(csv))
                layer.nuclei = std::make_shared<const NucleusTable>(NucleusTable::readCsv(csv));
        } else {
            layer.visible = false; // the labels over the image first; the rest one click away
        }
        layers.push_back(std::move(layer));
    }
}

} // namespace

Job* RunPipelineReaction::trigger(const QString& outDir, const QString& ganFolder) {
    const QString title = tr("Whole pipeline");
    const int imageRow = m_layers->findRole(LayerRole::Image);
    if (imageRow < 0 || m_layers->layer(imageRow).file.isEmpty()) {
        Q_EMIT failed(title, tr("Open the microscopy image from a file first (File > Open volume)."));
        return nullptr;
    }
    WholePipelineSettings settings;
    settings.image = m_layers->layer(imageRow).file.toStdString();
    settings.outDir = outDir.toStdString();
    settings.ganFolder = ganFolder.toStdString();
    // No ground truth for the run itself: stage 6 refuses a prediction without nuclei (an
    // undertrained network's), which would fail the whole run after training and keep none of its
    // results. The window evaluates the labels layer afterwards instead (MainWindow), where a
    // failed evaluation costs nothing else and the evaluation view fills.
    if (!m_layers->spacingFromFile())
        settings.voxelSize = m_layers->spacing(); // set by hand in the layer list (or unknown)
    settings.parameters = m_parameters->parameters();
    // What the user changed in the editor is theirs: the image's geometry and size estimate leave it.
    const bool givenGan = !ganFolder.isEmpty();
    for (const QString& stage : ParameterModel::stages())
        for (const QString& name : ParameterModel::namesOfStage(stage))
            if (!settings.parameters.isDefault(name.toStdString()) &&
                !(givenGan && name == QLatin1String("gan.mode"))) // a given GAN brings its own mode
                settings.fixedParameters.push_back(name.toStdString());

    const QString suffix = tr("pipeline");
    const std::vector<Product> products{
        {"seg.tif", LayerRole::Probability, tr("I_seg (%1)").arg(suffix)},
        {"shape.tif", LayerRole::ShapeMap, tr("I_shape (%1)").arg(suffix)},
        {"labels.tif", LayerRole::Labels, tr("labels (%1)").arg(suffix)},
        {"contours.tif", LayerRole::Contours, tr("contours (%1)").arg(suffix)},
        {"segcolor.tif", LayerRole::SegColor, tr("I_segcolor (%1)").arg(suffix)},
        {"label.tif", LayerRole::LabelPicture, tr("I_label (%1)").arg(suffix)},
        {"classes.tif", LayerRole::Classes, tr("classes (%1)").arg(suffix)},
    };
    const SyntheticLayerNames synthetic{tr("blurred I_binary (%1)").arg(suffix), tr("I_syn (GAN, %1)").arg(suffix),
                                        tr("synthetic microscope image (%1)").arg(suffix)};
    auto result = std::make_shared<VolumeResult>();
    result->title = m_layers->layer(imageRow).name;
    auto summary = std::make_shared<QString>();
    const QString nucleiText = tr("%1 nuclei.");
    const QString realismText = tr("%1 nuclei; I_syn against the image: histogram distance %2, spectrum distance %3 "
                                   "(blurred input: %4, %5; 0 = identical).");
    const QString suspiciousText = tr(" Warning: the networks' foreground overlaps a plain Otsu threshold of the image "
                                      "by only %1 (IoU); they most likely took background or glow for nuclei. Look at "
                                      "I_seg, or run again with another U-Net seed.");
    const QString retriedText = tr(" M1 was trained %1 times (seeds %2; foreground overlaps %3); the one with seed %4 "
                                   "is used.");
    const QString ensembleText = tr(" M1 was trained %1 times (seeds %2; foreground overlaps %3); I_seg is the mean of "
                                    "those with seeds %4.");
    const QString calibratedText = tr(" Threshold on I_seg %1, set from the image: I_seg above it covers %2 % of the "
                                      "voxels, as a classical foreground of the image.");
    Job* job = m_queue->submit(
        title, JobKind::Device,
        [settings, products, synthetic, result, summary, nucleiText, realismText, suspiciousText, retriedText,
         ensembleText, calibratedText](const Progress& p) {
            const WholePipelineResult run = runWholePipeline(settings, p.sub(0.0, 0.93));
            const std::filesystem::path out = settings.outDir;
            p.report(0.93, "showing the synthetic training data");
            for (Layer& layer : syntheticTrainingLayers(run, out, synthetic, p.sub(0.93, 0.97)))
                result->layers.push_back(std::move(layer));
            p.report(0.97, "reading the results");
            addResultLayers(run, out, products, result->layers, p.sub(0.97, 1.0));
            if (run.ganRealism && run.blurredRealism) // the GAN was trained (or checked) in this run
                *summary = realismText.arg(run.nuclei)
                               .arg(run.ganRealism->histogramDistance, 0, 'f', 3)
                               .arg(run.ganRealism->spectrumDistance, 0, 'f', 3)
                               .arg(run.blurredRealism->histogramDistance, 0, 'f', 3)
                               .arg(run.blurredRealism->spectrumDistance, 0, 'f', 3);
            else
                *summary = nucleiText.arg(run.nuclei);
            if (run.segAttempts.size() > 1) {
                QStringList seeds, overlaps, used;
                for (const WholePipelineResult::SegAttempt& attempt : run.segAttempts) {
                    seeds << QString::number(attempt.seed);
                    overlaps << QString::number(attempt.foregroundAgreement, 'f', 2);
                    if (attempt.used)
                        used << QString::number(attempt.seed);
                }
                *summary += (used.size() > 1 ? ensembleText : retriedText)
                                .arg(run.segAttempts.size())
                                .arg(seeds.join(QStringLiteral(", ")), overlaps.join(QStringLiteral(", ")),
                                     used.join(QStringLiteral(", ")));
            }
            if (run.thresholdCalibration)
                *summary += calibratedText.arg(run.threshold, 0, 'f', 2)
                                .arg(100.0 * run.thresholdCalibration->imageForeground, 0, 'f', 1);
            if (run.foregroundAgreement < kSuspiciousForegroundAgreement)
                *summary += suspiciousText.arg(run.foregroundAgreement, 0, 'f', 2);
            // The job's log keeps the whole summary (the status bar cuts a long one, warning included).
            p.report(1.0, summary->toStdString());
        });
    const QString m1 = QDir(outDir).filePath(QStringLiteral("m1/loss.csv"));
    const QString m2 = QDir(outDir).filePath(QStringLiteral("m2/loss.csv"));
    const QString ganDir = ganFolder.isEmpty() ? QDir(outDir).filePath(QStringLiteral("gan")) : ganFolder;
    // M1's retries and ensemble members (run/SegmenterRetry.h) train in m1_seed<N> with the seeds
    // after unet.seed. A given GAN trains no more: its loss file is not followed.
    QStringList lossFiles{m1};
    if (ganFolder.isEmpty())
        lossFiles.prepend(QDir(ganDir).filePath(QStringLiteral("loss.csv")));
    const qint64 firstSeed = settings.parameters.integer("unet.seed");
    const qint64 m1Count = settings.parameters.integer("unet.attempts") * settings.parameters.integer("unet.ensemble");
    for (qint64 k = 1; k < m1Count; ++k)
        lossFiles << QDir(outDir).filePath(QStringLiteral("m1_seed%1/loss.csv").arg(firstSeed + k));
    lossFiles << m2;
    // Which network trains now: the newest of the loss files that exist (GAN, then M1, then M2;
    // a resumed run may already hold all three, so their order decides, not their existence).
    auto following = std::make_shared<QString>();
    auto follow = [this, following, files = lossFiles] {
        QString now;
        for (const QString& file : files)
            if (QFileInfo::exists(file) && (now.isEmpty() || QFileInfo(file).lastModified() >= QFileInfo(now).lastModified()))
                now = file;
        if (!now.isEmpty() && now != *following) {
            *following = now;
            Q_EMIT trainingLogChanged(now);
        }
    };
    connect(job, &Job::progressChanged, this, follow);
    // The monitor polls these folders itself; they need not exist yet.
    Q_EMIT samplesFolderChanged(QDir(ganDir).filePath(QStringLiteral("samples")),
                                QDir(outDir).filePath(QStringLiteral("pairs")));
    connect(job, &Job::finished, this, [this, result, summary] {
        Q_EMIT resultReady(*result);
        Q_EMIT summaryReady(*summary);
    });
    connect(job, &Job::failed, this, [this, title](const QString& message) { Q_EMIT failed(title, message); });
    return job;
}

} // namespace nuclei3d::ui
