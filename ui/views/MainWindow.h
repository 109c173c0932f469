#pragma once
// The main window: the viewer (three linked slice views and the 3D view) in the middle, the layer
// list (left), the parameter editor and the evaluation view (right), the job panel and training
// monitor (bottom). Every action is a small reaction class that runs its work as a job through the
// JobQueue; results arrive as layers. The window never waits on a job. Closing while jobs run asks
// first, cancels them and closes once they have stopped.
//
// Threads: UI thread only.
#include "model/LayerRole.h"
#include "model/ProjectFile.h"
#include "model/VoxelBox.h"
#include "views/VolumeResult.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QMenu;
class QTimer;

namespace nuclei3d::ui {

class ClassicReaction;
class Crosshair;
class EvaluateReaction;
class EvaluationPanel;
class Job;
class JobPanel;
class JobQueue;
class LayerModel;
class LayerPanel;
class OpenProjectReaction;
class OpenVolumeReaction;
class OrthoViewer;
class ParameterEditor;
class ParameterModel;
class PostprocessReaction;
class RegionPreviewReaction;
class RunPipelineReaction;
class SaveProjectReaction;
class SynthesizeReaction;
class TrainingMonitor;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads a volume as a layer through a job (its role guessed unless given); errors are shown,
    /// never thrown. Null when nothing was started.
    Job* openVolume(const QString& file, std::optional<LayerRole> role = std::nullopt);
    Job* loadGroundTruth(const QString& file) { return openVolume(file, LayerRole::GroundTruth); }
    Job* generateSynthetic();
    Job* runClassic();
    Job* runPostprocess();
    /// Interactive tuning: post-processing on just `box` (also what drawing a box in a slice view
    /// does); editing a parameter afterwards re-runs it on the same box.
    Job* previewRegion(const VoxelBox& box);
    Job* evaluate();
    /// The whole pipeline (core/run) on the image layer into `outDir`, as a training job; with
    /// `ganFolder`, a finished GAN's G1 makes the pairs' input instead of one trained on the image.
    Job* runWholePipeline(const QString& outDir, const QString& ganFolder = QString());
    /// Before a run that would train for an hour or more on the CPU: asks whether to apply the cpu preset
    /// first (Yes), keep the settings (No) or not run (Cancel, false). True without asking on a GPU
    /// or with quick settings. `trainsGan` false: a finished GAN is given, only the U-Nets count.
    bool confirmLongCpuRun(bool trainsGan = true);
    /// Before a run on an image whose voxel size neither its file nor the layer list gives: says that
    /// micrometre sizes would count as voxels and asks whether to run anyway (Yes) or set it first
    /// (No, false: the layer list is shown). True without asking when the voxel size is known or no
    /// image is open (the run's own check says so then).
    bool confirmUnknownVoxelSize();
    Job* saveProject(const QString& file);
    Job* openProject(const QString& file);
    /// True while any job is queued or running (tests wait on it).
    bool isBusy() const;

    JobQueue* jobQueue() const { return m_queue; }
    LayerModel* layers() const { return m_layers; }
    Crosshair* crosshair() const { return m_crosshair; }
    OrthoViewer* viewer() const { return m_viewer; }
    ParameterModel* parameterModel() const { return m_parameters; }
    ParameterEditor* parameterEditor() const { return m_editor; }
    JobPanel* jobPanel() const { return m_jobPanel; }
    LayerPanel* layerPanel() const { return m_layerPanel; }
    EvaluationPanel* evaluationPanel() const { return m_evaluationPanel; }
    TrainingMonitor* trainingMonitor() const { return m_trainingMonitor; }
    QString projectFile() const { return m_projectFile; }
    /// Earlier sessions' jobs (from the opened project) and this session's ended ones.
    QList<ProjectJob> jobHistory() const;

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void createReactions();
    void createDocks();
    void createMenus();
    void chooseAndOpen();
    void chooseGroundTruth();
    void chooseOutputAndRunPipeline();
    void chooseGanAndRunPipeline();
    void chooseProjectToOpen();
    void chooseProjectToSave(bool askName);
    void showAbout();
    void rememberRecent(const QString& file);
    void rebuildRecentMenu();
    void watch(Job* job);
    void addResult(const VolumeResult& result);
    void showFailure(const QString& title, const QString& message);

    JobQueue* m_queue = nullptr;
    ParameterModel* m_parameters = nullptr;
    LayerModel* m_layers = nullptr;
    Crosshair* m_crosshair = nullptr;
    OpenVolumeReaction* m_openReaction = nullptr;
    SynthesizeReaction* m_synthReaction = nullptr;
    ClassicReaction* m_classicReaction = nullptr;
    PostprocessReaction* m_postprocessReaction = nullptr;
    RegionPreviewReaction* m_regionReaction = nullptr;
    VoxelBox m_region;
    QTimer* m_regionTimer = nullptr;
    RunPipelineReaction* m_runPipelineReaction = nullptr;
    EvaluateReaction* m_evaluateReaction = nullptr;
    SaveProjectReaction* m_saveProjectReaction = nullptr;
    OpenProjectReaction* m_openProjectReaction = nullptr;
    OrthoViewer* m_viewer = nullptr;
    LayerPanel* m_layerPanel = nullptr;
    ParameterEditor* m_editor = nullptr;
    JobPanel* m_jobPanel = nullptr;
    EvaluationPanel* m_evaluationPanel = nullptr;
    TrainingMonitor* m_trainingMonitor = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_hover = nullptr;
    QMenu* m_recentMenu = nullptr;
    QString m_projectFile;
    QList<ProjectJob> m_pastJobs;
    /// Set when the user agreed to quit while jobs ran: the window closes when the queue is idle.
    bool m_closing = false;
};

} // namespace nuclei3d::ui
