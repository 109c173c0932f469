#pragma once
// The main window: slice and 3D views in the middle, the parameter editor (right dock) and the job
// panel (bottom dock). Opening volumes (menu, recent files, drag and drop) and generating synthetic
// nuclei run as jobs through the JobQueue with the editor's parameters; the window never waits on
// them. Closing while jobs run asks first, cancels them and closes once they have stopped.
//
// Threads: UI thread only.
#include "views/VolumeResult.h"

#include <QMainWindow>

class QLabel;
class QMenu;

namespace nuclei3d::ui {

class Job;
class JobPanel;
class JobQueue;
class OpenVolumeReaction;
class ParameterEditor;
class ParameterModel;
class SliceView;
class SynthesizeReaction;
class VolumeView3D;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads a volume as a job; errors are shown, never thrown.
    Job* openVolume(const QString& file);
    /// Generates synthetic nuclei (stage 1) with the editor's parameters as a job.
    Job* generateSynthetic();
    /// True while any job is queued or running (tests wait on it).
    bool isBusy() const;
    SliceView* sliceView() const { return m_sliceView; }
    JobQueue* jobQueue() const { return m_queue; }
    ParameterModel* parameterModel() const { return m_parameters; }
    ParameterEditor* parameterEditor() const { return m_editor; }
    JobPanel* jobPanel() const { return m_jobPanel; }

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void createDocks();
    void createMenus();
    void chooseAndOpen();
    void showAbout();
    void rememberRecent(const QString& file);
    void rebuildRecentMenu();
    void watch(Job* job);
    void showResult(const VolumeResult& result);

    JobQueue* m_queue = nullptr;
    ParameterModel* m_parameters = nullptr;
    OpenVolumeReaction* m_openReaction = nullptr;
    SynthesizeReaction* m_synthReaction = nullptr;
    SliceView* m_sliceView = nullptr;
    VolumeView3D* m_view3D = nullptr;
    ParameterEditor* m_editor = nullptr;
    JobPanel* m_jobPanel = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_hover = nullptr;
    QMenu* m_recentMenu = nullptr;
    /// Set when the user agreed to quit while jobs ran: the window closes when the queue is idle.
    bool m_closing = false;
};

} // namespace nuclei3d::ui
