// What the window shows of a result: stage 5 on a probability map gives every product as a layer,
// hovering a nucleus reads out its stage-5 measurements, the labels get 3D surfaces built on a
// worker (the window keeps answering meanwhile) that follow the layer's visibility, the classes
// come back as a layer with their names, a box drawn in a slice view previews post-processing on
// just that box, and the training monitor shows a synthetic training crop next to the real image.
#include "TestSupport.h"

#include "io/TiffVolumeIO.h"
#include "model/Crosshair.h"
#include "model/Job.h"
#include "model/LayerModel.h"
#include "views/LabelSurfaceBuilder.h"
#include "views/LabelSurfaceMesh.h"
#include "views/MainWindow.h"
#include "views/OrthoSliceView.h"
#include "views/OrthoViewer.h"
#include "views/SamplePreview.h"
#include "views/SliceCanvas.h"
#include "views/TrainingMonitor.h"
#include "views/VolumeView3D.h"
#include "model/ParameterModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;

namespace {
/// Two balls of high probability (ids 1 and 2 after stage 5) in a float map named like I_seg.
QString writeTwoBalls(const QTemporaryDir& dir) {
    Volume<float> seg(Shape{40, 30, 20}, 0.0f, Spacing::micrometres(0.5, 0.5, 1.0));
    for (std::size_t z = 0; z < 20; ++z)
        for (std::size_t y = 0; y < 30; ++y)
            for (std::size_t x = 0; x < 40; ++x) {
                auto ball = [&](double cx, double cy, double cz) {
                    return (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz) < 36.0;
                };
                if (ball(10, 15, 10) || ball(28, 15, 10))
                    seg.at(x, y, z) = 0.9f;
            }
    const QString file = dir.filePath("seg.tif");
    writeVolume(file.toStdString(), AnyVolume(seg));
    return file;
}
} // namespace

class TestResultViews : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void hoverSurfacesAndClasses() {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        window.openVolume(writeTwoBalls(dir));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        Job* job = window.runPostprocess();
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QVERIFY2(job->state() == JobState::Finished, qPrintable(job->errorMessage()));
        LayerModel* layers = window.layers();
        const int labelsRow = layers->findRole(LayerRole::Labels);
        QVERIFY(labelsRow >= 0);
        // Two nuclei, told apart, with every stage-5 product as a layer.
        const Volume<std::uint32_t>& ids = *layers->layer(labelsRow).labels;
        QVERIFY(ids.at(10, 15, 10) != 0 && ids.at(28, 15, 10) != 0 && ids.at(10, 15, 10) != ids.at(28, 15, 10));
        for (LayerRole role : {LayerRole::Contours, LayerRole::SegColor, LayerRole::LabelPicture})
            QVERIFY2(layers->findRole(role) >= 0, qPrintable(layerRoleText(role)));
        QVERIFY(layers->layer(labelsRow).nuclei);
        QCOMPARE(layers->layer(labelsRow).nuclei->size(), std::size_t{2});

        // Hovering the centre of the first ball: its id and measurements in the status text.
        OrthoSliceView* xy = window.viewer()->view(Plane::XY);
        window.crosshair()->setPosition(10, 15, 10);
        QSignalSpy hover(window.viewer(), &OrthoViewer::hoverTextChanged);
        Q_EMIT xy->canvas()->hovered(10, 15);
        QCOMPARE(hover.count(), 1);
        const QString text = hover.first().at(0).toString();
        const std::uint32_t id = layers->layer(labelsRow).labels->at(10, 15, 10);
        const NucleusMeasurement* nucleus = layers->layer(labelsRow).nuclei->find(id);
        QVERIFY(nucleus);
        QVERIFY2(text.contains(QString("nucleus %1").arg(id)), qPrintable(text));
        QVERIFY2(text.contains(QString::number(nucleus->volumeCubicMicrometres, 'f', 1) + " um^3"), qPrintable(text));
        QVERIFY2(text.contains("diameter") && text.contains("roundness") && text.contains("class"), qPrintable(text));

        // The classes are a layer of their own, named per value.
        const int classesRow = layers->findRole(LayerRole::Classes);
        QVERIFY(classesRow >= 0);
        const Layer& classes = layers->layer(classesRow);
        const std::uint32_t cls = classes.labels->at(10, 15, 10);
        QVERIFY(cls >= 1);
        QVERIFY(classes.valueText(10, 15, 10) == "elongated" || classes.valueText(10, 15, 10) == "round");

        // The surfaces: both nuclei, made on the worker (or already made by the time we look).
        VolumeView3D* view3D = window.viewer()->view3D();
        QTRY_VERIFY_WITH_TIMEOUT(view3D->surfaces() != nullptr, 30000);
        QCOMPARE(view3D->surfaces()->nuclei, std::size_t{2});
        QVERIFY(view3D->surfaces()->triangles > 100);
        const LabelSurfaceMesh* built = view3D->surfaces();
        layers->setVisible(labelsRow, false);
        QVERIFY(!view3D->surfaces());
        layers->setVisible(labelsRow, true);
        QCOMPARE(view3D->surfaces(), built); // shown again, not rebuilt
    }
    void regionPreviewFollowsTheBoxAndTheParameters() {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openVolume(writeTwoBalls(dir));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        // Shift + left drag around the first ball in the xy view (at its centre slice).
        window.crosshair()->setPosition(10, 15, 10);
        SliceCanvas* canvas = window.viewer()->view(Plane::XY)->canvas();
        QTRY_VERIFY(!canvas->picture().isNull());
        const QRectF t = canvas->target();
        auto at = [&](int u, int v) {
            return QPoint(int(t.left() + (u + 0.5) * t.width() / canvas->picture().width()),
                          int(t.top() + (v + 0.5) * t.height() / canvas->picture().height()));
        };
        QSignalSpy selected(window.viewer(), &OrthoViewer::regionSelected);
        QTest::mousePress(canvas, Qt::LeftButton, Qt::ShiftModifier, at(2, 7));
        QTest::mouseMove(canvas, at(10, 12));
        QTest::mouseMove(canvas, at(18, 23));
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::ShiftModifier, at(18, 23));
        QCOMPARE(selected.count(), 1);
        const auto box = selected.first().at(0).value<VoxelBox>();
        QCOMPARE(box.x, std::size_t{2});
        QCOMPARE(box.sizeX, std::size_t{17});
        // As deep as it is wide: 17 x 0.5 um = 8.5 um, so 4 voxels of 1 um either side of slice 10.
        QCOMPARE(box.z, std::size_t{6});
        QCOMPARE(box.sizeZ, std::size_t{9});
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.layers()->findName(QStringLiteral("labels (preview)")) >= 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
        qInfo("preview of a %zux%zux%zu box shown after %lld ms", box.sizeX, box.sizeY, box.sizeZ,
              static_cast<long long>(clock.elapsed()));
        const int row = window.layers()->findName(QStringLiteral("labels (preview)"));
        const Layer& preview = window.layers()->layer(row);
        QVERIFY(preview.labels->at(10, 15, 10) != 0); // the ball inside the box
        QCOMPARE(preview.labels->at(28, 15, 10), 0u);  // the one outside it is not previewed
        QVERIFY(preview.nuclei && preview.nuclei->find(preview.labels->at(10, 15, 10)));

        // A threshold above the balls' probability leaves nothing: the preview follows the editor.
        QVERIFY(window.parameterModel()->setValue("postprocess.threshold", 0.95));
        QTRY_VERIFY_WITH_TIMEOUT(window.layers()->layer(window.layers()->findName(QStringLiteral("labels (preview)")))
                                         .labels->at(10, 15, 10) == 0,
                                 20000);
    }
    void surfacesBuildWithoutBlocking() {
        // Many nuclei in a big volume: the request returns at once and the event loop keeps
        // running (a timer keeps firing) while the worker builds.
        Volume<std::uint32_t> labels(Shape{256, 256, 128}, 0u);
        std::uint32_t id = 0;
        for (std::size_t cz = 8; cz + 8 < 128; cz += 16)
            for (std::size_t cy = 8; cy + 8 < 256; cy += 16)
                for (std::size_t cx = 8; cx + 8 < 256; cx += 16) {
                    ++id;
                    for (std::size_t z = cz - 5; z <= cz + 5; ++z)
                        for (std::size_t y = cy - 5; y <= cy + 5; ++y)
                            for (std::size_t x = cx - 5; x <= cx + 5; ++x)
                                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz) <= 25)
                                    labels.at(x, y, z) = id;
                }
        LabelSurfaceBuilder builder;
        QSignalSpy ready(&builder, &LabelSurfaceBuilder::ready);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QElapsedTimer clock;
        clock.start();
        builder.build(std::make_shared<const Volume<std::uint32_t>>(std::move(labels)), Spacing::micrometres(1, 1, 2), {});
        QVERIFY2(clock.elapsed() < 100, "build() waited for the work");
        QVERIFY(builder.isBuilding());
        QVERIFY(ready.wait(120000));
        QVERIFY2(ticks > 0 || clock.elapsed() < 30, "the event loop stood still while the surfaces were built");
        const auto mesh = ready.first().at(0).value<std::shared_ptr<const LabelSurfaceMesh>>();
        QVERIFY(mesh);
        QCOMPARE(mesh->nuclei, std::size_t{id});
        QCOMPARE(mesh->step, std::size_t{2}); // 8.4 M voxels: every second voxel along each axis, 1 M
    }
    void monitorShowsATrainingCropNextToTheImage() {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath("pairs");
        Volume<float> crop(Shape{16, 16, 16}, 0.0f);
        for (std::size_t i = 0; i < crop.voxelCount(); ++i)
            crop[i] = float(i % 7);
        writeVolume(test::toPath(dir.filePath("pairs/pair00000_input.tif")), AnyVolume(crop));
        auto real = std::make_shared<const Volume<float>>(crop);
        TrainingMonitor monitor;
        SamplePreview* preview = monitor.samplePreview();
        QVERIFY(!preview->hasPicture());
        preview->follow(dir.filePath("gan/samples"), dir.filePath("pairs"), real);
        QVERIFY(preview->hasPicture());
        QVERIFY(preview->shownFile().endsWith("pair00000_input.tif"));
        // A newer crop replaces it at the next poll.
        writeVolume(test::toPath(dir.filePath("pairs/pair00001_input.tif")), AnyVolume(crop));
        preview->poll();
        QVERIFY(preview->shownFile().endsWith("pair00001_input.tif"));
        const QImage slice = SamplePreview::middleSlice(crop);
        QCOMPARE(slice.size(), QSize(16, 16));
    }
};

int main(int argc, char** argv) {
    // The window's 3D view is a QOpenGLWidget: run under xvfb-run (offscreen Qt cannot flush it).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QSurfaceFormat format;
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    QSurfaceFormat::setDefaultFormat(format);
    QApplication app(argc, argv);
    TestResultViews test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestResultViews.moc"
