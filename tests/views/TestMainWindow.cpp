// The main window as a user meets it: generate synthetic nuclei through the job queue with the
// editor's parameters, step through slices, open a real volume, run the classical segmentation,
// load the ground truth and evaluate (the table fills, a row click moves the views), run the whole
// pipeline (its results become layers; a cancelled run keeps its checkpoint), toggle layers, save
// and reopen a project, get a clear message (not a crash) for a file that is not a TIFF, find
// the docks in the View menu, and close during a job.
#include "TestSupport.h"

#include "model/Job.h"
#include "model/JobQueue.h"
#include "model/ParameterModel.h"
#include "pipeline/GeneralSettings.h"
#include "pipeline/Parallel.h"
#include "views/JobPanel.h"
#include "io/TiffVolumeIO.h"
#include "model/Crosshair.h"
#include "model/EvaluationScoreModel.h"
#include "model/LayerModel.h"
#include "views/EvaluationPanel.h"
#include "views/MainWindow.h"
#include "views/OrthoSliceView.h"
#include "views/OrthoViewer.h"
#include "views/SliceCanvas.h"
#include "views/TrainingMonitor.h"

#include <QDockWidget>
#include <QMenuBar>

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <thread>

using namespace nuclei3d;
using namespace nuclei3d::ui;

namespace {
/// Opens gonuclear 1135 and sets a tiny whole-pipeline run (the non-GAN microscope, `steps` U-Net
/// steps): the point is the window's wiring (job, monitor, layers), not accuracy.
bool openForATinyRun(MainWindow& window, const std::filesystem::path& data, qlonglong steps) {
    window.openVolume(QString::fromStdString((data / "gonuclear" / "1135_image.tif").string()));
    if (!QTest::qWaitFor([&window] { return !window.isBusy(); }, 60000))
        return false;
    ParameterModel* p = window.parameterModel();
    return p->setValue("pairs.volumes", qlonglong{1}) && p->setValue("pairs.volume_size", qlonglong{32}) &&
           p->setValue("pairs.crop_size", qlonglong{16}) && p->setValue("unet.steps", steps) &&
           p->setValue("unet.checkpoint_every", qlonglong{1}) && p->setValue("unet.base_filters", qlonglong{4}) &&
           p->setValue("inference.tile_size", qlonglong{32}) && p->setValue("gan.mode", QStringLiteral("nogan"));
}

/// The message boxes the user sees now.
QList<QMessageBox*> visibleMessageBoxes() {
    QList<QMessageBox*> boxes;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
            boxes.append(box);
    return boxes;
}

/// Modal message boxes block the call that shows them: this timer answers every visible one with
/// `button` (accepts it when it has no such button) and keeps the last one's text in `shown`,
/// until the caller stops it.
QTimer* answerMessageBoxes(QObject* owner, QString& shown, QMessageBox::StandardButton button) {
    auto* timer = new QTimer(owner);
    QObject::connect(timer, &QTimer::timeout, owner, [&shown, button] {
        for (QMessageBox* box : visibleMessageBoxes()) {
            shown = box->text();
            if (QAbstractButton* answer = box->button(button))
                answer->click();
            else
                box->accept();
        }
    });
    timer->start(50);
    return timer;
}
/// A file named like a TIFF that is not one.
QString writeNotATiff(const QTemporaryDir& dir) {
    const QString file = dir.filePath("notes.tif");
    QFile f(file);
    f.open(QIODevice::WriteOnly);
    f.write("this is not a TIFF file");
    return file;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void generatesAndShowsSyntheticNuclei() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Job* job = window.generateSynthetic();
        QVERIFY(window.isBusy());
        QCOMPARE(window.jobQueue()->jobs().size(), 1);
        QCOMPARE(job->state(), JobState::Running);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QCOMPARE(job->state(), JobState::Finished);
        QCOMPARE(window.layers()->count(), 2);
        OrthoSliceView* xy = window.viewer()->view(Plane::XY);
        QCOMPARE(xy->currentSlice(), std::size_t{64});
        xy->slider()->setValue(10);
        QCOMPARE(xy->currentSlice(), std::size_t{10});
        QCOMPARE(window.crosshair()->z(), std::size_t{10});
        QCOMPARE(window.viewer()->view(Plane::XZ)->currentSlice(), window.crosshair()->y());
        QVERIFY(window.windowTitle().contains("synthetic"));
    }
    void opensARealVolume() {
        const auto data = test::sharedDataDir();
        if (data.empty())
            QSKIP("../shared/data is not beside this checkout");
        MainWindow window;
        window.show();
        window.openVolume(QString::fromStdString((data / "gonuclear" / "1135_image.tif").string()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QVERIFY(window.windowTitle().contains("1135_image.tif"));
        QCOMPARE(window.viewer()->view(Plane::XY)->currentSlice(), std::size_t{50});
        QVERIFY(window.layers()->spacingFromFile()); // the file carries its voxel size
        QVERIFY(std::abs(window.layers()->spacing().z - 0.283718) < 1e-6);
    }
    void segmentsEvaluatesAndJumpsToNuclei() {
        const auto data = test::sharedDataDir();
        if (data.empty())
            QSKIP("../shared/data is not beside this checkout");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openVolume(QString::fromStdString((data / "gonuclear" / "1135_image.tif").string()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        // The window runs with the editor's parameters: sizes from the nucleus radius suit these
        // small, crowded nuclei (docs/ACCURACY.md).
        QVERIFY(window.parameterModel()->setValue("classic.sizes", QStringLiteral("auto")));
        Job* classic = window.runClassic();
        QVERIFY(classic);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 120000);
        QCOMPARE(classic->state(), JobState::Finished);
        QVERIFY(window.layers()->findRole(LayerRole::Labels) >= 0);
        QVERIFY(window.layers()->findRole(LayerRole::Contours) >= 0);
        QVERIFY(window.layers()->findRole(LayerRole::SegColor) >= 0);

        // Toggling a layer changes what the xy view shows.
        OrthoSliceView* xy = window.viewer()->view(Plane::XY);
        const QImage withLabels = xy->canvas()->picture();
        const int labelsRow = window.layers()->findRole(LayerRole::Labels);
        window.layers()->setData(window.layers()->index(labelsRow), Qt::Unchecked, Qt::CheckStateRole);
        QVERIFY(xy->canvas()->picture() != withLabels);
        window.layers()->setData(window.layers()->index(labelsRow), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(xy->canvas()->picture(), withLabels);

        Job* gt = window.loadGroundTruth(QString::fromStdString((data / "gonuclear" / "1135_labels.tif").string()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QCOMPARE(gt->state(), JobState::Finished);
        QVERIFY(window.layers()->findRole(LayerRole::GroundTruth) >= 0);
        QCOMPARE(window.layers()->layer(window.layers()->findRole(LayerRole::GroundTruth)).name,
                 QStringLiteral("1135_labels.tif (ground truth)"));
        Job* evaluation = window.evaluate();
        QVERIFY(evaluation);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QCOMPARE(evaluation->state(), JobState::Finished);
        EvaluationPanel* panel = window.evaluationPanel();
        QCOMPARE(panel->scoreTable()->model()->rowCount(), 11);
        const double f1 = panel->scoreModel()->index(0, EvaluationScoreModel::F1).data(Qt::UserRole).toDouble();
        QVERIFY(f1 > 0.0 && f1 <= 1.0);
        QVERIFY(panel->nucleusTable()->model()->rowCount() > 0);
        QVERIFY(window.layers()->findRole(LayerRole::Evaluation) >= 0);

        // A row click moves the crosshair to that nucleus's centroid.
        const QAbstractItemModel* rows = panel->nucleusTable()->model();
        const int row = rows->rowCount() - 1;
        const double x = rows->index(row, 4).data(Qt::UserRole).toDouble();
        const double z = rows->index(row, 6).data(Qt::UserRole).toDouble();
        panel->activateRow(row);
        QCOMPARE(window.crosshair()->x(), static_cast<std::size_t>(std::llround(x)));
        QCOMPARE(xy->currentSlice(), static_cast<std::size_t>(std::llround(z)));

        const QString shot = qEnvironmentVariable("NUCLEI3D_SCREENSHOT");
        if (!shot.isEmpty()) {
            window.layers()->setVisible(window.layers()->findRole(LayerRole::GroundTruth), false);
            window.crosshair()->setPosition(50, 50, 50);
            QTest::qWait(1500); // the elapsed column and the 3D view settle
            QVERIFY(window.grab().save(shot));
        }
    }
    void wholePipelineTrainsLiveAndCancels() {
        const auto data = test::sharedDataDir();
        if (data.empty())
            QSKIP("../shared/data is not beside this checkout");
        QTemporaryDir out;
        MainWindow window;
        window.show();
        QString shown;
        QTimer* closer = answerMessageBoxes(this, shown, QMessageBox::Ok);
        QVERIFY(!window.runWholePipeline(out.path())); // no image yet: a message, no job
        QTRY_VERIFY(shown.contains("image"));
        closer->stop();

        QVERIFY(openForATinyRun(window, data, 3));
        Job* job = window.runWholePipeline(out.path());
        QVERIFY(job);
        QCOMPARE(job->kind(), JobKind::Device);
        QCOMPARE(job->state(), JobState::Running);
        const int layers = window.layers()->count();
        // The monitor follows the U-Nets' loss file once it appears and draws its rows as they come. A
        // whole run takes many minutes on a busy 2-core machine, so the test stops the job there.
        QTRY_VERIFY_WITH_TIMEOUT(window.trainingMonitor()->pointCount("loss") > 0 || job->hasEnded(), 600000);
        // M1's three steps can be over before the check on a quiet machine: then M2's log is followed.
        if (!job->hasEnded()) {
            const QString followed = window.trainingMonitor()->followedFile();
            QVERIFY2(followed.endsWith("m1/loss.csv") || followed.endsWith("m2/loss.csv"), qPrintable(followed));
        }
        QVERIFY2(!job->hasEnded() || job->state() == JobState::Finished, qPrintable(job->errorMessage()));
        if (!job->hasEnded()) {
            job->cancel();
            QTRY_VERIFY_WITH_TIMEOUT(job->hasEnded(), 300000);
            QCOMPARE(job->state(), JobState::Cancelled);
            QCOMPARE(window.layers()->count(), layers); // a cancelled run adds nothing
            QVERIFY(QFileInfo::exists(out.filePath("m1/checkpoint.pt"))); // resumable
        }
    }
    void wholePipelineResultsBecomeLayers() {
        // The path to its end: a tiny whole run finishes and every intermediate the folder
        // holds is a layer (the synthetic side at the image's size too), the labels with the
        // measurements of nuclei.csv for the hover read-out.
        const auto data = test::sharedDataDir();
        if (data.empty())
            QSKIP("../shared/data is not beside this checkout");
        QTemporaryDir out;
        MainWindow window;
        window.show();
        QVERIFY(openForATinyRun(window, data, 2));
        Job* job = window.runWholePipeline(out.path());
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->hasEnded(), 1200000);
        QVERIFY2(job->state() == JobState::Finished, qPrintable(job->errorMessage()));
        LayerModel* layers = window.layers();
        for (LayerRole role : {LayerRole::Synthetic, LayerRole::Blurred, LayerRole::Probability, LayerRole::ShapeMap,
                               LayerRole::Labels, LayerRole::Contours, LayerRole::SegColor, LayerRole::LabelPicture,
                               LayerRole::Classes})
            QVERIFY2(layers->findRole(role) >= 0, qPrintable(layerRoleText(role)));
        QVERIFY(layers->layer(layers->findRole(LayerRole::Synthetic)).name.contains("microscope")); // nogan
        // The run's summary, cut in the status bar when long, is whole in the job's log and the bar's tooltip.
        QVERIFY2(job->log().join('\n').contains(" nuclei."), qPrintable(job->log().join('\n')));
        QVERIFY(window.statusBar()->toolTip().startsWith("Whole pipeline: "));
        const Layer& labels = layers->layer(layers->findRole(LayerRole::Labels));
        QVERIFY(labels.nuclei);
        // Wherever a nucleus is, hovering it reads out its row of nuclei.csv.
        std::uint32_t id = 0;
        std::size_t at = 0;
        for (; at < labels.labels->voxelCount() && id == 0; ++at)
            id = (*labels.labels)[at];
        if (id == 0) { // a run this short may find none: then nuclei.csv must list none either
            QCOMPARE(labels.nuclei->size(), std::size_t{0});
            return;
        }
        --at;
        const std::size_t x = at % 100, y = (at / 100) % 100, z = at / 10000;
        window.crosshair()->setPosition(qlonglong(x), qlonglong(y), qlonglong(z));
        QSignalSpy hover(window.viewer(), &OrthoViewer::hoverTextChanged);
        Q_EMIT window.viewer()->view(Plane::XY)->canvas()->hovered(int(x), int(y));
        QCOMPARE(hover.count(), 1);
        const QString text = hover.first().at(0).toString();
        QVERIFY2(text.contains(QString("nucleus %1 (").arg(id)) && text.contains("um^3"), qPrintable(text));
    }
    void savesAndReopensAProject() {
        QTemporaryDir dir;
        const QString project = dir.filePath("work.n3dproj");
        int layerCount = 0;
        QStringList names;
        {
            MainWindow window;
            window.show();
            QVERIFY(window.parameterModel()->setValue("synth.size_z", qlonglong{16}));
            QVERIFY(window.parameterModel()->setValue("synth.count", qlonglong{10}));
            window.generateSynthetic();
            QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
            window.layers()->setOpacity(0, 0.25);
            window.layers()->setVisible(1, false);
            QVERIFY(window.parameterModel()->setValue("classic.threshold_factor", 0.65));
            Job* save = window.saveProject(project);
            QVERIFY(save); // the synthetic layers exist only in memory: written by a job
            QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
            QCOMPARE(save->state(), JobState::Finished);
            QTRY_COMPARE(window.projectFile(), project);
            layerCount = window.layers()->count();
            for (int i = 0; i < layerCount; ++i) {
                names << window.layers()->layer(i).name;
                QVERIFY(QFileInfo::exists(window.layers()->layer(i).file));
            }
        }
        MainWindow window;
        window.show();
        Job* open = window.openProject(project);
        QVERIFY(open);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QCOMPARE(open->state(), JobState::Finished);
        QCOMPARE(window.layers()->count(), layerCount);
        for (int i = 0; i < layerCount; ++i)
            QCOMPARE(window.layers()->layer(i).name, names[i]);
        QCOMPARE(window.layers()->layer(0).opacity, 0.25);
        QVERIFY(!window.layers()->layer(1).visible);
        QCOMPARE(window.parameterModel()->value("classic.threshold_factor").toDouble(), 0.65);
        QCOMPARE(window.jobHistory().size(), 2); // the synthesis from before, and this opening
        QCOMPARE(window.viewer()->view(Plane::XY)->currentSlice(), std::size_t{8});
    }
    void badFileGivesAMessage() {
        QTemporaryDir dir;
        const QString bad = writeNotATiff(dir);
        MainWindow window;
        window.show();
        QString shown;
        QTimer* closer = answerMessageBoxes(this, shown, QMessageBox::Ok); // the warning box is modal
        Job* job = window.openVolume(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        closer->stop();
        QVERIFY2(shown.contains("notes.tif"), qPrintable(shown));
        QCOMPARE(job->state(), JobState::Failed);
    }
    void aFailureDoesNotHoldTheQueue() {
        // The message of a failed job waits for the user without stopping the jobs queued behind it:
        // one failing job per CPU slot, so the synthesis can only start after a failure is handled.
        QTemporaryDir dir;
        const QString bad = writeNotATiff(dir);
        MainWindow window;
        window.show();
        QVERIFY(window.parameterModel()->setValue("synth.size_z", qlonglong{16}));
        QVERIFY(window.parameterModel()->setValue("synth.count", qlonglong{10}));
        // A box that blocked (a nested event loop) would hang this test: after 30 s it is closed here and
        // the test fails instead.
        bool blocked = false;
        QTimer escape;
        escape.setSingleShot(true);
        connect(&escape, &QTimer::timeout, this, [&blocked] {
            for (QMessageBox* box : visibleMessageBoxes()) {
                blocked = true;
                box->accept();
            }
        });
        escape.start(30000);
        QList<Job*> failing;
        for (int i = 0; i < JobQueue::defaultCpuSlots(); ++i)
            failing.append(window.openVolume(bad));
        Job* next = window.generateSynthetic();
        QVERIFY(next);
        QTRY_VERIFY_WITH_TIMEOUT(next->hasEnded(), 60000);
        QVERIFY2(!blocked, "the synthesis waited for the failure's message box to close");
        QCOMPARE(next->state(), JobState::Finished);
        for (Job* job : failing)
            QCOMPARE(job->state(), JobState::Failed);
        const QList<QMessageBox*> shown = visibleMessageBoxes(); // the message is still up for the user
        QVERIFY(!shown.isEmpty());
        QVERIFY2(shown.last()->text().contains("notes.tif"), qPrintable(shown.last()->text()));
    }
    void wholePipelineWithATrainedGan() {
        // Pipeline > Run whole pipeline with a trained GAN: a tiny GAN trained by a first run serves a
        // second one, which trains none, shows I_syn from the given GAN and checks its realism.
        const auto data = test::sharedDataDir();
        if (data.empty())
            QSKIP("../shared/data is not beside this checkout");
        QTemporaryDir out;
        MainWindow window;
        window.show();
        QVERIFY(openForATinyRun(window, data, 2));
        ParameterModel* p = window.parameterModel();
        QVERIFY(p->setValue("gan.mode", QStringLiteral("recyclegan-hd")) && p->setValue("gan.steps", qlonglong{3}) &&
                p->setValue("gan.slice_size", qlonglong{16}) && p->setValue("gan.crop_size", qlonglong{16}) &&
                p->setValue("gan.predictor_slices", qlonglong{2}) && p->setValue("gan.generator_filters", qlonglong{4}) &&
                p->setValue("gan.generator_blocks", qlonglong{1}) &&
                p->setValue("gan.discriminator_filters", qlonglong{4}) &&
                p->setValue("gan.synthetic_volumes", qlonglong{1}));
        Job* first = window.runWholePipeline(out.filePath("first"));
        QVERIFY(first);
        QTRY_VERIFY_WITH_TIMEOUT(first->hasEnded(), 1200000);
        QVERIFY2(first->state() == JobState::Finished, qPrintable(first->errorMessage()));

        // A fresh window (its layers all come from the second run), gan.mode nogan as the cpu preset
        // leaves it: the given GAN's mode wins.
        MainWindow second;
        second.show();
        QVERIFY(openForATinyRun(second, data, 2));
        QCOMPARE(second.parameterModel()->parameters().text("gan.mode"), std::string("nogan"));
        Job* job = second.runWholePipeline(out.filePath("second"), out.filePath("first/gan"));
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->hasEnded(), 1200000);
        QVERIFY2(job->state() == JobState::Finished, qPrintable(job->errorMessage()));
        QVERIFY2(!QFileInfo::exists(out.filePath("second/gan")), "the given GAN is not trained again");
        QVERIFY(QFileInfo::exists(out.filePath("second/gan_realism.json")));
        QVERIFY2(job->log().join('\n').contains("I_syn against the image"), qPrintable(job->log().join('\n')));
        bool ganLayer = false;
        for (int row = 0; row < second.layers()->count(); ++row)
            ganLayer = ganLayer || second.layers()->layer(row).name.contains("GAN");
        QVERIFY2(ganLayer, "I_syn made by the given GAN is a layer");
    }
    void aFolderWithoutATrainedGanIsNamed() {
        // "Run whole pipeline with a trained GAN" on a folder that holds none: the job fails before any
        // training and the message names the folder.
        QTemporaryDir dir;
        Volume<float> image(Shape{24, 24, 8}, 0.0f, Spacing::micrometres(1.0, 1.0, 1.0));
        for (std::size_t i = 0; i < image.voxelCount(); ++i)
            image[i] = float((i * 7919) % 97);
        const QString imageFile = dir.filePath("image.tif");
        writeVolume(test::toPath(imageFile), AnyVolume(image));
        QVERIFY(QDir(dir.path()).mkpath("notagan"));
        MainWindow window;
        window.show();
        window.openVolume(imageFile);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QString shown;
        QTimer* closer = answerMessageBoxes(this, shown, QMessageBox::Ok);
        Job* job = window.runWholePipeline(dir.filePath("out"), dir.filePath("notagan"));
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->hasEnded(), 120000);
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->errorMessage().contains("notagan") && job->errorMessage().contains("no finished GAN"),
                 qPrintable(job->errorMessage()));
        QVERIFY2(!QFileInfo::exists(dir.filePath("out/pairs")), "nothing trained");
        QTRY_VERIFY(shown.contains("notagan"));
        closer->stop();
    }
    void aLongCpuRunOffersTheCpuPreset() {
        MainWindow window;
        window.show();
        QVERIFY(window.parameterModel()->setValue("general.device", QStringLiteral("cpu")));
        QString shown;
        QTimer* answerYes = answerMessageBoxes(this, shown, QMessageBox::Yes);
        QVERIFY(window.confirmLongCpuRun()); // the defaults: a GAN and 2,000 steps
        QVERIFY2(shown.contains("an hour or more"), qPrintable(shown));
        QCOMPARE(window.parameterModel()->parameters().text("gan.mode"), std::string("nogan"));
        QCOMPARE(window.parameterModel()->parameters().integer("unet.ensemble"), std::int64_t{2});
        shown.clear();
        QVERIFY(window.confirmLongCpuRun()); // now quick: no question (one would be answered and seen)
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        answerYes->stop();
        window.parameterModel()->resetToDefaults();
    }
    void aRunWithoutVoxelSizeAsksFirst() {
        QTemporaryDir dir;
        const QString file = dir.filePath("no_spacing.tif");
        writeVolume(file.toStdString(), AnyVolume(Volume<float>(Shape{8, 8, 4}))); // no voxel size stored
        MainWindow window;
        window.show();
        QVERIFY(window.confirmUnknownVoxelSize()); // no image yet: the run itself says so
        window.openVolume(file);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QString shown;
        QTimer* answer = answerMessageBoxes(this, shown, QMessageBox::No);
        QVERIFY(!window.confirmUnknownVoxelSize()); // "No": set it first
        QVERIFY2(shown.contains("no_spacing.tif") && shown.contains("voxels instead of micrometres"), qPrintable(shown));
        answer->stop();
        answer = answerMessageBoxes(this, shown, QMessageBox::Yes);
        QVERIFY(window.confirmUnknownVoxelSize()); // "Yes": run in voxels
        shown.clear();
        QVERIFY(window.layers()->setSpacing(0.8, 0.8, 1.75));
        QVERIFY(window.confirmUnknownVoxelSize()); // set by hand: no question
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        answer->stop();
    }
    void usesTheEditorsParameters() {
        MainWindow window;
        window.show();
        QVERIFY(window.parameterModel()->setValue("synth.size_z", qlonglong{20}));
        QVERIFY(window.parameterModel()->setValue("synth.count", qlonglong{20}));
        window.generateSynthetic();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QCOMPARE(window.viewer()->view(Plane::XY)->currentSlice(), std::size_t{10});
    }
    void theGeneralParametersApplyToTheJobs() {
        MainWindow window;
        QVERIFY(window.parameterModel()->setValue("general.threads", qlonglong{1}));
        QCOMPARE(threadCount(), 1);
        QVERIFY(window.parameterModel()->setValue("general.device", QStringLiteral("cpu")));
        QCOMPARE(computeDevice(), ComputeDevice::Cpu);
        window.parameterModel()->resetToDefaults();
        QCOMPARE(computeDevice(), ComputeDevice::Auto);
        QCOMPARE(threadCount(), static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    }
    void docksAreInTheViewMenu() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto docks = window.findChildren<QDockWidget*>();
        QCOMPARE(docks.size(), 5); // layers, parameters, evaluation, jobs, training
        QMenu* view = nullptr;
        for (QAction* a : window.menuBar()->actions())
            if (a->text().remove('&') == "View")
                view = a->menu();
        QVERIFY(view);
        for (QDockWidget* dock : docks) {
            dock->show();
            dock->raise(); // tabbed docks hide all but the front one
            QVERIFY(dock->isVisible());
            QVERIFY(view->actions().contains(dock->toggleViewAction()));
            dock->toggleViewAction()->trigger();
            QVERIFY(!dock->isVisible());
        }
    }
    void closingDuringAJobAsksAndCancels() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Big enough to still be running when the close comes.
        QVERIFY(window.parameterModel()->setValue("synth.size_x", qlonglong{512}));
        QVERIFY(window.parameterModel()->setValue("synth.size_y", qlonglong{512}));
        QVERIFY(window.parameterModel()->setValue("synth.size_z", qlonglong{256}));
        Job* job = window.generateSynthetic();
        QPointer<Job> guard(job);
        QString asked;
        auto answer = [&asked](QMessageBox::StandardButton button) {
            for (QMessageBox* box : visibleMessageBoxes()) {
                asked = box->text();
                box->button(button)->click();
            }
        };
        QTimer::singleShot(100, this, [&] { answer(QMessageBox::No); });
        window.close();
        QVERIFY(asked.contains("running"));
        QVERIFY(window.isVisible());
        QVERIFY(job->state() == JobState::Running);

        asked.clear();
        QTimer::singleShot(100, this, [&] { answer(QMessageBox::Yes); });
        window.close();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(job->state(), JobState::Cancelling);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 30000);
        QVERIFY(guard);
        QCOMPARE(job->state(), JobState::Cancelled);
    }
};

int main(int argc, char** argv) {
    // The whole-pipeline test trains networks: on a busy machine that outlasts QtTest's 5 minutes.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1500000");
    // Without a display (ctest run outside xvfb-run) fall back to Qt's offscreen platform.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QSurfaceFormat format;
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    QSurfaceFormat::setDefaultFormat(format);
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestMainWindow.moc"
