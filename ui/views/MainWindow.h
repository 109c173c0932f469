#pragma once
// The main window: opens TIFF volumes (menu, recent files, drag and drop), generates synthetic
// nuclei on a worker thread, and shows the result in a slice view and a 3D view. Long work shows
// progress in the status bar and can be cancelled; the window never waits on it.
#include "volume/Volume.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QMenu;

namespace nuclei3d::ui {

class SliceView;
class TaskRunner;
class VolumeView3D;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads a volume on a worker thread; errors are shown, never thrown.
    void openVolume(const QString& file);
    /// Generates synthetic nuclei with the default parameters (stage 1) and shows them.
    void generateSynthetic();
    /// True while a task runs (tests wait on it).
    bool isBusy() const;
    SliceView* sliceView() const { return m_sliceView; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void chooseAndOpen();
    void showAbout();
    void rememberRecent(const QString& file);
    void rebuildRecentMenu();
    void startTask(const QString& title);
    void endTask(const QString& message);
    void showResult(std::shared_ptr<const Volume<float>> image, std::shared_ptr<const Volume<std::uint32_t>> labels,
                    const QString& title);

    SliceView* m_sliceView = nullptr;
    VolumeView3D* m_view3D = nullptr;
    TaskRunner* m_task = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_hover = nullptr;
    QMenu* m_recentMenu = nullptr;

    // Results travel from the worker to the UI thread through these, set before finished().
    std::shared_ptr<Volume<float>> m_pendingImage;
    std::shared_ptr<Volume<std::uint32_t>> m_pendingLabels;
    QString m_pendingTitle;
};

} // namespace nuclei3d::ui
