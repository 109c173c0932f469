#include "views/MainWindow.h"

#include "Version.h"
#include "io/TiffVolumeIO.h"
#include "model/TaskRunner.h"
#include "pipeline/ParameterSet.h"
#include "pipeline/StageSettings.h"
#include "synth/SyntheticNuclei.h"
#include "views/SliceView.h"
#include "views/VolumeView3D.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
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
    m_sliceView = new SliceView(this);
    m_view3D = new VolumeView3D(this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sliceView);
    splitter->addWidget(m_view3D);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_task = new TaskRunner(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop the running task; nothing half-finished is kept"));
    m_cancel->hide();
    m_hover = new QLabel(this);
    statusBar()->addWidget(m_hover, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, m_task, &TaskRunner::cancel);
    connect(m_sliceView, &SliceView::hoverTextChanged, m_hover, &QLabel::setText);
    connect(m_task, &TaskRunner::progressChanged, this, [this](double fraction, const QString& step) {
        m_progress->setValue(static_cast<int>(fraction * 1000));
        m_progress->setFormat(step + QStringLiteral(" %p%"));
    });
    connect(m_task, &TaskRunner::finished, this, [this] {
        showResult(std::move(m_pendingImage), std::move(m_pendingLabels), m_pendingTitle);
        endTask(tr("%1: done").arg(m_task->title()));
    });
    connect(m_task, &TaskRunner::failed, this, [this](const QString& message) {
        endTask(tr("%1 failed").arg(m_task->title()));
        QMessageBox::warning(this, m_task->title(), message);
    });
    connect(m_task, &TaskRunner::cancelled, this, [this] { endTask(tr("%1: cancelled").arg(m_task->title())); });

    createMenus();
    resize(1280, 760);
    statusBar()->showMessage(tr("Open a TIFF volume (File > Open or drop it here) or generate synthetic nuclei"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open volume..."), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* pipeline = menuBar()->addMenu(tr("&Pipeline"));
    QAction* synth = pipeline->addAction(tr("&Generate synthetic nuclei"), this, &MainWindow::generateSynthetic);
    synth->setShortcut(QKeySequence(tr("Ctrl+G")));
    synth->setStatusTip(tr("Stage 1: random ellipsoid nuclei with the default parameters"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Nuclei3D"), this, &MainWindow::showAbout);
}

void MainWindow::chooseAndOpen() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open volume"), QString(),
                                                      tr("TIFF volumes (*.tif *.tiff);;All files (*)"));
    if (!file.isEmpty())
        openVolume(file);
}

bool MainWindow::isBusy() const { return m_task->isRunning(); }

void MainWindow::openVolume(const QString& file) {
    if (isBusy()) {
        statusBar()->showMessage(tr("Please wait for the running task or cancel it"), 4000);
        return;
    }
    m_pendingTitle = QFileInfo(file).fileName();
    const std::string path = file.toStdString();
    startTask(tr("Opening %1").arg(m_pendingTitle));
    m_task->start(tr("Opening %1").arg(m_pendingTitle), [this, path](const Progress& progress) {
        m_pendingImage = std::make_shared<Volume<float>>(toFloat(readVolume(path, progress)));
        m_pendingLabels.reset();
    });
    rememberRecent(file);
}

void MainWindow::generateSynthetic() {
    if (isBusy()) {
        statusBar()->showMessage(tr("Please wait for the running task or cancel it"), 4000);
        return;
    }
    m_pendingTitle = tr("synthetic nuclei");
    startTask(tr("Generating synthetic nuclei"));
    m_task->start(tr("Generating synthetic nuclei"), [this](const Progress& progress) {
        SynthResult result = nuclei3d::generateSynthetic(synthSettingsFrom(ParameterSet()), progress);
        m_pendingImage = std::make_shared<Volume<float>>(std::move(result.blurred));
        m_pendingLabels = std::make_shared<Volume<std::uint32_t>>(std::move(result.instances));
    });
}

void MainWindow::startTask(const QString& title) {
    m_progress->setValue(0);
    m_progress->setFormat(title);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(title);
}

void MainWindow::endTask(const QString& message) {
    m_progress->hide();
    m_cancel->hide();
    statusBar()->showMessage(message, 6000);
}

void MainWindow::showResult(std::shared_ptr<const Volume<float>> image,
                           std::shared_ptr<const Volume<std::uint32_t>> labels, const QString& title) {
    if (!image)
        return;
    m_sliceView->setImage(image);
    m_sliceView->setLabels(std::move(labels));
    m_view3D->setVolume(std::move(image));
    setWindowTitle(tr("%1 - Nuclei3D").arg(title));
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
    if (isBusy()) {
        const auto answer = QMessageBox::question(this, tr("Task running"),
                                                  tr("%1 is still running. Cancel it and quit?").arg(m_task->title()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_task->cancel();
        m_task->wait();
    }
    event->accept();
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
