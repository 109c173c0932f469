#include "views/MainWindow.h"

#include "Version.h"
#include "model/Job.h"
#include "model/JobQueue.h"
#include "model/ParameterModel.h"
#include "views/JobPanel.h"
#include "views/OpenVolumeReaction.h"
#include "views/ParameterEditor.h"
#include "views/SliceView.h"
#include "views/SynthesizeReaction.h"
#include "views/VolumeView3D.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace nuclei3d::ui {

namespace {
constexpr int kMaxRecent = 8;
const char* kRecentKey = "recentFiles";
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("Nuclei3D"));
    setAcceptDrops(true);
    m_queue = new JobQueue(0, this);
    m_parameters = new ParameterModel(this);
    m_openReaction = new OpenVolumeReaction(m_queue, this);
    m_synthReaction = new SynthesizeReaction(m_queue, m_parameters, this);

    m_sliceView = new SliceView(this);
    m_view3D = new VolumeView3D(this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sliceView);
    splitter->addWidget(m_view3D);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_hover = new QLabel(this);
    statusBar()->addWidget(m_hover, 1);
    connect(m_sliceView, &SliceView::hoverTextChanged, m_hover, &QLabel::setText);

    connect(m_openReaction, &OpenVolumeReaction::resultReady, this, &MainWindow::showResult);
    connect(m_synthReaction, &SynthesizeReaction::resultReady, this, &MainWindow::showResult);
    auto showFailure = [this](const QString& title, const QString& message) {
        QMessageBox::warning(this, title, message);
    };
    connect(m_openReaction, &OpenVolumeReaction::failed, this, showFailure);
    connect(m_synthReaction, &SynthesizeReaction::failed, this, showFailure);
    connect(m_queue, &JobQueue::jobAdded, this, &MainWindow::watch);
    connect(m_queue, &JobQueue::idle, this, [this] {
        // Queued, not direct: idle() may come from inside closeEvent's own cancelAll().
        if (m_closing)
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });

    createDocks();
    createMenus();
    resize(1440, 900);
    statusBar()->showMessage(
        tr("Open a TIFF volume (File > Open or drop it here) or generate synthetic nuclei"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
    m_editor = new ParameterEditor(m_parameters, this);
    auto* parameterDock = new QDockWidget(tr("Parameters"), this);
    parameterDock->setObjectName(QStringLiteral("parameterDock"));
    parameterDock->setWidget(m_editor);
    addDockWidget(Qt::RightDockWidgetArea, parameterDock);

    m_jobPanel = new JobPanel(m_queue, this);
    auto* jobDock = new QDockWidget(tr("Jobs"), this);
    jobDock->setObjectName(QStringLiteral("jobDock"));
    jobDock->setWidget(m_jobPanel);
    addDockWidget(Qt::BottomDockWidgetArea, jobDock);
    resizeDocks({parameterDock}, {380}, Qt::Horizontal);
    resizeDocks({jobDock}, {190}, Qt::Vertical);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open volume..."), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (auto* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu* pipeline = menuBar()->addMenu(tr("&Pipeline"));
    QAction* synth =
        pipeline->addAction(tr("&Generate synthetic nuclei"), this, &MainWindow::generateSynthetic);
    synth->setShortcut(QKeySequence(tr("Ctrl+G")));
    synth->setStatusTip(tr("Stage 1: random ellipsoid nuclei with the parameters of the editor"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Nuclei3D"), this, &MainWindow::showAbout);
}

void MainWindow::chooseAndOpen() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open volume"), QString(),
                                                      tr("TIFF volumes (*.tif *.tiff);;All files (*)"));
    if (!file.isEmpty())
        openVolume(file);
}

bool MainWindow::isBusy() const {
    return m_queue->isBusy();
}

Job* MainWindow::openVolume(const QString& file) {
    rememberRecent(file);
    return m_openReaction->open(file);
}

Job* MainWindow::generateSynthetic() {
    return m_synthReaction->trigger();
}

void MainWindow::watch(Job* job) {
    statusBar()->showMessage(job->title(), 3000);
    connect(job, &Job::finished, this,
            [this, job] { statusBar()->showMessage(tr("%1: done").arg(job->title()), 6000); });
    connect(job, &Job::failed, this,
            [this, job] { statusBar()->showMessage(tr("%1 failed").arg(job->title()), 6000); });
    connect(job, &Job::cancelled, this,
            [this, job] { statusBar()->showMessage(tr("%1: cancelled").arg(job->title()), 6000); });
}

void MainWindow::showResult(const VolumeResult& result) {
    if (!result.image)
        return;
    m_sliceView->setImage(result.image);
    m_sliceView->setLabels(result.labels);
    m_view3D->setVolume(result.image);
    setWindowTitle(tr("%1 - Nuclei3D").arg(result.title));
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
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        openVolume(urls.first().toLocalFile());
}

} // namespace nuclei3d::ui
