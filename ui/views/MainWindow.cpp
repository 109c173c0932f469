#include "views/MainWindow.h"

#include "Version.h"
#include "model/Crosshair.h"
#include "model/Job.h"
#include "model/JobQueue.h"
#include "model/LayerModel.h"
#include "model/ParameterModel.h"
#include "views/ClassicReaction.h"
#include "views/EvaluateReaction.h"
#include "views/EvaluationPanel.h"
#include "views/JobPanel.h"
#include "views/LayerPanel.h"
#include "views/OpenProjectReaction.h"
#include "views/OpenVolumeReaction.h"
#include "views/OrthoViewer.h"
#include "views/ParameterEditor.h"
#include "views/PostprocessReaction.h"
#include "views/RegionPreviewReaction.h"
#include "views/RunPipelineReaction.h"
#include "views/SamplePreview.h"
#include "views/SaveProjectReaction.h"
#include "views/SynthesizeReaction.h"
#include "views/TrainingMonitor.h"

#include "model/ParameterTexts.h"
#include "pipeline/GeneralSettings.h"
#include "pipeline/ParameterPresets.h"
#include "unet/ComputeBackend.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cmath>

namespace nuclei3d::ui {

namespace {
constexpr int kMaxRecent = 8;
const char* kRecentKey = "recentFiles";
const char* kProjectSuffix = "n3dproj";
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("Nuclei3D"));
    setAcceptDrops(true);
    m_queue = new JobQueue(0, this);
    m_parameters = new ParameterModel(this);
    // Threads and device are process-wide: the jobs started after an edit use the edited values.
    const auto applyGeneral = [this] { applyGeneralParameters(m_parameters->parameters()); };
    applyGeneral();
    connect(m_parameters, &ParameterModel::valueChanged, this, applyGeneral);
    connect(m_parameters, &ParameterModel::allChanged, this, applyGeneral);
    m_layers = new LayerModel(this);
    m_crosshair = new Crosshair(this);
    createReactions();

    m_viewer = new OrthoViewer(m_layers, m_crosshair, this);
    setCentralWidget(m_viewer);
    m_hover = new QLabel(this);
    statusBar()->addWidget(m_hover, 1);
    connect(m_viewer, &OrthoViewer::hoverTextChanged, m_hover, &QLabel::setText);
    connect(m_viewer, &OrthoViewer::regionSelected, this, [this](const VoxelBox& box) { previewRegion(box); });
    // Editing a parameter re-runs the preview of the chosen box, once the typing has paused.
    m_regionTimer = new QTimer(this);
    m_regionTimer->setSingleShot(true);
    m_regionTimer->setInterval(300);
    connect(m_regionTimer, &QTimer::timeout, this, [this] {
        if (!m_region.empty())
            m_regionReaction->trigger(m_region);
    });
    connect(m_parameters, &ParameterModel::valueChanged, m_regionTimer, qOverload<>(&QTimer::start));
    connect(m_parameters, &ParameterModel::allChanged, m_regionTimer, qOverload<>(&QTimer::start));

    connect(m_queue, &JobQueue::jobAdded, this, &MainWindow::watch);
    connect(m_queue, &JobQueue::idle, this, [this] {
        // Queued, not direct: idle() may come from inside closeEvent's own cancelAll().
        if (m_closing)
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });

    createDocks();
    createMenus();
    resize(1500, 960);
    statusBar()->showMessage(tr("Open a TIFF volume (File > Open or drop it here) or generate synthetic nuclei"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createReactions() {
    m_openReaction = new OpenVolumeReaction(m_queue, this);
    m_synthReaction = new SynthesizeReaction(m_queue, m_parameters, this);
    m_classicReaction = new ClassicReaction(m_queue, m_layers, m_parameters, this);
    m_postprocessReaction = new PostprocessReaction(m_queue, m_layers, m_parameters, this);
    m_regionReaction = new RegionPreviewReaction(m_queue, m_layers, m_parameters, this);
    connect(m_regionReaction, &RegionPreviewReaction::resultReady, this, &MainWindow::addResult);
    connect(m_regionReaction, &RegionPreviewReaction::failed, this, &MainWindow::showFailure);
    m_evaluateReaction = new EvaluateReaction(m_queue, m_layers, m_parameters, this);
    m_runPipelineReaction = new RunPipelineReaction(m_queue, m_layers, m_parameters, this);
    m_saveProjectReaction = new SaveProjectReaction(m_queue, m_layers, m_parameters, this);
    m_openProjectReaction = new OpenProjectReaction(m_queue, m_layers, m_parameters, this);
    connect(m_openReaction, &OpenVolumeReaction::resultReady, this, &MainWindow::addResult);
    connect(m_synthReaction, &SynthesizeReaction::resultReady, this, &MainWindow::addResult);
    connect(m_classicReaction, &ClassicReaction::resultReady, this, &MainWindow::addResult);
    connect(m_postprocessReaction, &PostprocessReaction::resultReady, this, &MainWindow::addResult);
    connect(m_evaluateReaction, &EvaluateReaction::resultReady, this, &MainWindow::addResult);
    connect(m_runPipelineReaction, &RunPipelineReaction::resultReady, this, [this](const VolumeResult& result) {
        addResult(result);
        // With a ground truth loaded, stage 6 of the new labels follows as its own job.
        if (m_layers->findRole(LayerRole::GroundTruth) >= 0)
            evaluate();
    });
    connect(m_runPipelineReaction, &RunPipelineReaction::failed, this, &MainWindow::showFailure);
    connect(m_runPipelineReaction, &RunPipelineReaction::summaryReady, this,
            [this](const QString& summary) {
                const QString text = tr("Whole pipeline: %1").arg(summary);
                statusBar()->showMessage(text);
                statusBar()->setToolTip(text); // all of it, where the bar is too narrow
            });
    connect(m_openReaction, &OpenVolumeReaction::failed, this, &MainWindow::showFailure);
    connect(m_synthReaction, &SynthesizeReaction::failed, this, &MainWindow::showFailure);
    connect(m_classicReaction, &ClassicReaction::failed, this, &MainWindow::showFailure);
    connect(m_postprocessReaction, &PostprocessReaction::failed, this, &MainWindow::showFailure);
    connect(m_evaluateReaction, &EvaluateReaction::failed, this, &MainWindow::showFailure);
    connect(m_saveProjectReaction, &SaveProjectReaction::failed, this, &MainWindow::showFailure);
    connect(m_openProjectReaction, &OpenProjectReaction::failed, this, &MainWindow::showFailure);
    connect(m_saveProjectReaction, &SaveProjectReaction::saved, this, [this](const QString& file) {
        m_projectFile = file;
        statusBar()->showMessage(tr("Project saved to %1").arg(file), 6000);
    });
    connect(m_openProjectReaction, &OpenProjectReaction::opened, this,
            [this](const QString& file, const QList<ProjectJob>& history) {
                m_projectFile = file;
                m_pastJobs = history;
                m_evaluationPanel->clear();
                setWindowTitle(tr("%1 - Nuclei3D").arg(QFileInfo(file).fileName()));
                statusBar()->showMessage(
                    tr("Project opened: %1 layers, %2 earlier jobs").arg(m_layers->count()).arg(history.size()), 6000);
            });
}

void MainWindow::createDocks() {
    auto dock = [this](QWidget* widget, const QString& title, const char* name, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QString::fromLatin1(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_layerPanel = new LayerPanel(m_layers, this);
    QDockWidget* layerDock = dock(m_layerPanel, tr("Layers"), "layerDock", Qt::LeftDockWidgetArea);
    m_editor = new ParameterEditor(m_parameters, this);
    QDockWidget* parameterDock = dock(m_editor, tr("Parameters"), "parameterDock", Qt::RightDockWidgetArea);
    m_evaluationPanel = new EvaluationPanel(this);
    QDockWidget* evaluationDock = dock(m_evaluationPanel, tr("Evaluation"), "evaluationDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(parameterDock, evaluationDock);
    parameterDock->raise();
    m_jobPanel = new JobPanel(m_queue, this);
    QDockWidget* jobDock = dock(m_jobPanel, tr("Jobs"), "jobDock", Qt::BottomDockWidgetArea);
    m_trainingMonitor = new TrainingMonitor(this);
    QDockWidget* trainingDock = dock(m_trainingMonitor, tr("Training"), "trainingDock", Qt::BottomDockWidgetArea);
    connect(m_runPipelineReaction, &RunPipelineReaction::trainingLogChanged, this,
            [this, trainingDock](const QString& file) {
                m_trainingMonitor->followFile(file);
                trainingDock->raise();
            });
    connect(m_runPipelineReaction, &RunPipelineReaction::samplesFolderChanged, this,
            [this](const QString& ganSamples, const QString& pairs) {
                const int image = m_layers->findRole(LayerRole::Image);
                m_trainingMonitor->samplePreview()->follow(ganSamples, pairs,
                                                           image >= 0 ? m_layers->layer(image).scalar : nullptr);
            });
    tabifyDockWidget(jobDock, trainingDock);
    jobDock->raise();
    resizeDocks({layerDock, parameterDock}, {280, 420}, Qt::Horizontal);
    resizeDocks({jobDock}, {170}, Qt::Vertical);

    connect(m_evaluateReaction, &EvaluateReaction::evaluated, this,
            [this, evaluationDock](std::shared_ptr<const EvaluationDetails> details, const QString& predicted) {
                m_evaluationPanel->setDetails(std::move(details), predicted);
                evaluationDock->raise();
            });
    connect(m_evaluationPanel, &EvaluationPanel::nucleusChosen, this, [this](double x, double y, double z) {
        m_crosshair->setPosition(std::llround(x), std::llround(y), std::llround(z));
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open volume..."), this, &MainWindow::chooseAndOpen)->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("Open &project..."), this, &MainWindow::chooseProjectToOpen);
    file->addAction(tr("&Save project"), this, [this] { chooseProjectToSave(false); })->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save project &as..."), this, [this] { chooseProjectToSave(true); })
        ->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (auto* d : findChildren<QDockWidget*>())
        m_viewMenu->addAction(d->toggleViewAction());

    QMenu* pipeline = menuBar()->addMenu(tr("&Pipeline"));
    QAction* synth = pipeline->addAction(tr("&Generate synthetic nuclei"), this, &MainWindow::generateSynthetic);
    synth->setShortcut(QKeySequence(tr("Ctrl+G")));
    synth->setStatusTip(tr("Stage 1: random ellipsoid nuclei with the parameters of the editor"));
    QAction* classic = pipeline->addAction(tr("&Classical segmentation"), this, &MainWindow::runClassic);
    classic->setShortcut(QKeySequence(tr("Ctrl+K")));
    classic->setStatusTip(tr("The baseline (smoothing, Otsu, distance transform, h-maxima, watershed) on the image"));
    QAction* post = pipeline->addAction(tr("&Post-process I_seg (stage 5)"), this, &MainWindow::runPostprocess);
    post->setStatusTip(tr("Labels, contours, I_segcolor and I_label from the probability map layer"));
    QAction* preview = pipeline->addAction(tr("Pre&view in the selected region"), this, [this] { previewRegion(m_region); });
    preview->setShortcut(QKeySequence(tr("Ctrl+R")));
    preview->setStatusTip(tr("Post-processing (or the classical baseline) on the box drawn with Shift + left drag "
                             "in a slice view, with the editor's parameters; editing a parameter runs it again"));
    pipeline->addSeparator();
    QAction* whole = pipeline->addAction(tr("Run &whole pipeline..."), this, &MainWindow::chooseOutputAndRunPipeline);
    whole->setStatusTip(tr("Synthetic data shaped like the image, training of both U-Nets, inference, stage 5 and, "
                           "with a ground truth, stage 6; results are written to a folder you choose"));
    QAction* withGan =
        pipeline->addAction(tr("Run whole pipeline with a trained &GAN..."), this, &MainWindow::chooseGanAndRunPipeline);
    withGan->setStatusTip(tr("The whole pipeline with the GAN of an earlier run (its gan folder) or of train-gan "
                             "instead of training one on this image: for the other volumes of a time series"));

    QMenu* evaluation = menuBar()->addMenu(tr("&Evaluation"));
    evaluation->addAction(tr("Load &ground truth..."), this, &MainWindow::chooseGroundTruth);
    QAction* run = evaluation->addAction(tr("&Evaluate against ground truth"), this, &MainWindow::evaluate);
    run->setShortcut(QKeySequence(tr("Ctrl+E")));
    run->setStatusTip(tr("Stage 6: precision, recall and F1 of the newest labels layer"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Nuclei3D"), this, &MainWindow::showAbout);
}

void MainWindow::chooseAndOpen() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open volume"), QString(),
                                                      tr("TIFF volumes (*.tif *.tiff);;All files (*)"));
    if (!file.isEmpty())
        openVolume(file);
}

void MainWindow::chooseGroundTruth() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Load ground truth"), QString(),
                                                      tr("TIFF volumes (*.tif *.tiff);;All files (*)"));
    if (!file.isEmpty())
        loadGroundTruth(file);
}

bool MainWindow::confirmLongCpuRun(bool trainsGan) {
    bool gpu = false;
    try {
        gpu = networksRunOnGpu();
    } catch (const std::exception& e) { // general.device is cuda on a machine without CUDA
        showFailure(tr("Run whole pipeline"), QString::fromStdString(e.what()));
        return false;
    }
    if (gpu || !takesHoursOnACpu(m_parameters->parameters(), trainsGan))
        return true;
    const QString preset = parameterText(parameterPreset("cpu").title);
    const auto answer = QMessageBox::question(
        this, tr("A long run on the CPU"),
        tr("With these settings the networks train for an hour or more on this computer's CPU. The preset "
           "\"%1\" was measured at minutes per volume. Apply it before the run?")
            .arg(preset),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Yes)
        m_parameters->applyPreset(QStringLiteral("cpu"));
    return true;
}

bool MainWindow::confirmUnknownVoxelSize() {
    const int image = m_layers->findRole(LayerRole::Image);
    if (image < 0 || m_layers->spacing().known)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("No voxel size"),
        tr("%1 stores no voxel size and none is set in the layer list. The run would measure nucleus sizes, "
           "blur and marker heights in voxels instead of micrometres, and take the voxels for cubes. Run "
           "anyway? (No: set the voxel size under Layers first.)")
            .arg(m_layers->layer(image).name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        return true;
    if (auto* layers = findChild<QDockWidget*>(QStringLiteral("layerDock"))) {
        layers->show();
        layers->raise();
    }
    return false;
}

void MainWindow::chooseOutputAndRunPipeline() {
    if (!confirmUnknownVoxelSize() || !confirmLongCpuRun())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the pipeline's results"));
    if (!dir.isEmpty())
        runWholePipeline(dir);
}

void MainWindow::chooseGanAndRunPipeline() {
    if (!confirmUnknownVoxelSize() || !confirmLongCpuRun(false))
        return;
    const QString gan = QFileDialog::getExistingDirectory(
        this, tr("Folder of a trained GAN (an earlier run's gan folder, or train-gan's output)"));
    if (gan.isEmpty())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the pipeline's results"));
    if (!dir.isEmpty())
        runWholePipeline(dir, gan);
}

void MainWindow::chooseProjectToOpen() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Nuclei3D projects (*.n3dproj);;All files (*)"));
    if (!file.isEmpty())
        openProject(file);
}

void MainWindow::chooseProjectToSave(bool askName) {
    QString file = m_projectFile;
    if (askName || file.isEmpty()) {
        file = QFileDialog::getSaveFileName(this, tr("Save project"), QString(),
                                            tr("Nuclei3D projects (*.n3dproj);;All files (*)"));
        if (file.isEmpty())
            return;
        if (QFileInfo(file).suffix().isEmpty())
            file += QLatin1Char('.') + QLatin1String(kProjectSuffix);
    }
    saveProject(file);
}

bool MainWindow::isBusy() const { return m_queue->isBusy(); }

Job* MainWindow::openVolume(const QString& file, std::optional<LayerRole> role) {
    rememberRecent(file);
    return m_openReaction->open(file, role);
}

Job* MainWindow::generateSynthetic() { return m_synthReaction->trigger(); }
Job* MainWindow::runClassic() { return m_classicReaction->trigger(); }
Job* MainWindow::runPostprocess() { return m_postprocessReaction->trigger(); }
Job* MainWindow::previewRegion(const VoxelBox& box) {
    m_region = box;
    return m_regionReaction->trigger(box);
}
Job* MainWindow::evaluate() { return m_evaluateReaction->trigger(); }
Job* MainWindow::runWholePipeline(const QString& outDir, const QString& ganFolder) {
    return m_runPipelineReaction->trigger(outDir, ganFolder);
}
Job* MainWindow::saveProject(const QString& file) { return m_saveProjectReaction->save(file, jobHistory()); }
Job* MainWindow::openProject(const QString& file) { return m_openProjectReaction->open(file); }

QList<ProjectJob> MainWindow::jobHistory() const {
    QList<ProjectJob> history = m_pastJobs;
    for (const Job* job : m_queue->jobs())
        if (job->hasEnded())
            history.append({job->title(), jobStateKey(job->state()), job->elapsedMs(), job->errorMessage()});
    return history;
}

void MainWindow::watch(Job* job) {
    statusBar()->showMessage(job->title(), 3000);
    connect(job, &Job::finished, this,
            [this, job] { statusBar()->showMessage(tr("%1: done").arg(job->title()), 6000); });
    connect(job, &Job::failed, this, [this, job] { statusBar()->showMessage(tr("%1 failed").arg(job->title()), 6000); });
    connect(job, &Job::cancelled, this,
            [this, job] { statusBar()->showMessage(tr("%1: cancelled").arg(job->title()), 6000); });
}

void MainWindow::addResult(const VolumeResult& result) {
    const bool first = m_layers->count() == 0;
    QStringList errors;
    for (const Layer& layer : result.layers) {
        QString error;
        if (!m_layers->addLayer(layer, &error))
            errors.append(error); // the other layers are still worth showing
    }
    if (!errors.isEmpty())
        showFailure(tr("Adding the results of %1").arg(result.title), errors.join(QLatin1Char('\n')));
    if (first && m_layers->count() > 0)
        setWindowTitle(tr("%1 - Nuclei3D").arg(result.title));
}

void MainWindow::showFailure(const QString& title, const QString& message) {
    // open(), not exec(): failures arrive from a job's end signal, and a nested event loop there would
    // hold the job queue (the jobs queued behind would wait until the box is closed).
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::rememberRecent(const QString& file) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(file);
    recent.prepend(file);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& file : recent)
        m_recentMenu->addAction(file, this, [this, file] { openVolume(file); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Nuclei3D"),
                       tr("<h3>Nuclei3D %1</h3><p>Finds, outlines and classifies every cell nucleus in 3D "
                          "fluorescence microscopy volumes, trained on synthetic data only.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_queue->isBusy()) {
        event->accept();
        return;
    }
    if (!m_closing) {
        const auto answer = QMessageBox::question(this, tr("Jobs running"),
                                                  tr("Jobs are still running. Cancel them and quit?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_closing = true;
        statusBar()->showMessage(tr("Stopping the running jobs..."));
        m_queue->cancelAll();
    }
    // The window closes itself when the queue reports idle; blocking here would freeze it.
    event->ignore();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString file = url.toLocalFile();
        if (QFileInfo(file).suffix() == QLatin1String(kProjectSuffix))
            openProject(file);
        else
            openVolume(file);
    }
}

} // namespace nuclei3d::ui
