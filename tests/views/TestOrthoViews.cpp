// The three slice views on a small hand-made volume: each plane has the right size and content,
// the crosshair links them (a click in one moves the others' slices), the wheel steps slices,
// anisotropic voxels are drawn at their true aspect, labels are drawn filled or as outlines with
// their layer's opacity, hidden layers vanish, and the hover read-out names position, value and
// nucleus. The benchmark times a full redraw of a 512 x 512 x 415 volume's three planes.
#include "model/Crosshair.h"
#include "model/LayerModel.h"
#include "views/OrthoSliceView.h"
#include "views/SliceCanvas.h"
#include "views/SliceRenderer.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSlider>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;

namespace {
const Shape kShape{20, 10, 6};

/// Intensity = x (0..19), so columns are told apart in every plane.
Volume<float> gradient(Spacing spacing) {
    Volume<float> v(kShape, 0.0f, spacing);
    for (std::size_t z = 0; z < kShape.z; ++z)
        for (std::size_t y = 0; y < kShape.y; ++y)
            for (std::size_t x = 0; x < kShape.x; ++x)
                v.at(x, y, z) = static_cast<float>(x);
    return v;
}

/// One 6 x 6 x 4 box nucleus (id 3) at x 4..9, y 2..7, z 1..4.
Volume<std::uint32_t> boxNucleus() {
    Volume<std::uint32_t> v(kShape, 0u);
    for (std::size_t z = 1; z < 5; ++z)
        for (std::size_t y = 2; y < 8; ++y)
            for (std::size_t x = 4; x < 10; ++x)
                v.at(x, y, z) = 3;
    return v;
}

void fillDocument(LayerModel& model) {
    Layer image = makeScalarLayer(LayerRole::Image, "image", gradient(Spacing::micrometres(0.5, 0.5, 2.0)));
    image.low = 0.0f;
    image.high = 19.0f;
    QVERIFY(model.addLayer(image));
    Layer labels = makeLabelLayer(LayerRole::Labels, "labels", boxNucleus());
    labels.opacity = 1.0;
    labels.labelStyle = LabelStyle::Fill;
    QVERIFY(model.addLayer(labels));
}
} // namespace

class TestOrthoViews : public QObject {
    Q_OBJECT
    std::unique_ptr<LayerModel> m_big;

  private Q_SLOTS:
    void planesHaveTheirSizeAndContent() {
        LayerModel model;
        fillDocument(model);
        model.setVisible(0, false); // the image alone
        const QImage xy = renderPlane(model, Plane::XY, 3);
        const QImage xz = renderPlane(model, Plane::XZ, 3);
        const QImage yz = renderPlane(model, Plane::YZ, 7);
        QCOMPARE(xy.size(), QSize(20, 10));
        QCOMPARE(xz.size(), QSize(20, 6));
        QCOMPARE(yz.size(), QSize(10, 6));
        QCOMPARE(qGray(xy.pixel(19, 0)), 255);
        QCOMPARE(qGray(xy.pixel(0, 9)), 0);
        QCOMPARE(qGray(xz.pixel(19, 5)), 255);
        // The yz plane at x = 7 has the value 7 everywhere: 7 / 19 of full grey.
        QCOMPARE(qGray(yz.pixel(3, 2)), static_cast<int>(7.0f * 255.0f / 19.0f));
        QVERIFY(renderPlane(model, Plane::XY, 6).isNull()); // past the last slice
        const auto voxel = voxelOf(Plane::YZ, 4, 5, 7);
        QCOMPARE(voxel, (std::array<std::size_t, 3>{7, 4, 5}));
    }
    void labelsFillOrOutlineWithOpacity() {
        LayerModel model;
        fillDocument(model);
        const QRgb colour = labelColour(3);
        QImage xy = renderPlane(model, Plane::XY, 2);
        QCOMPARE(xy.pixel(6, 4), colour); // inside, opaque fill
        QCOMPARE(qGray(xy.pixel(15, 4)), qGray(qRgb(201, 201, 201))); // outside: the image (x 15)
        model.setLabelStyle(0, LabelStyle::Outline);
        xy = renderPlane(model, Plane::XY, 2);
        QCOMPARE(xy.pixel(4, 4), colour);      // on the border
        QVERIFY(xy.pixel(6, 4) != colour);     // inside an outline the image shows
        model.setLabelStyle(0, LabelStyle::Fill);
        model.setOpacity(0, 0.5);
        xy = renderPlane(model, Plane::XY, 2);
        QVERIFY(xy.pixel(6, 4) != colour);
        QVERIFY(qRed(xy.pixel(6, 4)) != qRed(renderPlane(model, Plane::XY, 0).pixel(6, 4)));
        model.setVisible(0, false);
        xy = renderPlane(model, Plane::XY, 2);
        QCOMPARE(qGray(xy.pixel(6, 4)), static_cast<int>(6.0f * 255.0f / 19.0f));
    }
    void crosshairLinksTheViews() {
        LayerModel model;
        Crosshair crosshair;
        connect(&model, &LayerModel::shapeChanged, &crosshair, [&] { crosshair.setShape(model.shape()); });
        OrthoSliceView xy(Plane::XY, &model, &crosshair), xz(Plane::XZ, &model, &crosshair),
            yz(Plane::YZ, &model, &crosshair);
        for (QWidget* w : {static_cast<QWidget*>(&xy), static_cast<QWidget*>(&xz), static_cast<QWidget*>(&yz)}) {
            w->resize(400, 300);
            w->show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(&xy));
        fillDocument(model);
        QCOMPARE(crosshair.x(), std::size_t{10});
        QCOMPARE(xy.currentSlice(), std::size_t{3});
        QCOMPARE(xz.canvas()->picture().size(), QSize(20, 6));

        // A click in the xy view moves x and y: the xz and yz views follow, xy keeps its slice.
        const int xyRenders = xy.renderCount();
        const QRectF t = xy.canvas()->target();
        const QPointF at(t.left() + (15.5 / 20.0) * t.width(), t.top() + (2.5 / 10.0) * t.height());
        QTest::mouseClick(xy.canvas(), Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(crosshair.x(), std::size_t{15});
        QCOMPARE(crosshair.y(), std::size_t{2});
        QCOMPARE(xz.currentSlice(), std::size_t{2});
        QCOMPARE(yz.currentSlice(), std::size_t{15});
        QCOMPARE(xy.renderCount(), xyRenders); // only its lines moved

        // The wheel steps the slice, and the slider shows it.
        QWheelEvent wheel(QPointF(50, 50), xy.canvas()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(xy.canvas(), &wheel);
        QCOMPARE(crosshair.z(), std::size_t{5});
        QCOMPARE(xy.slider()->value(), 5);
        QCOMPARE(xy.currentSlice(), std::size_t{5});
        // Ctrl+wheel zooms instead.
        QWheelEvent zoom(QPointF(50, 50), xy.canvas()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                         Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(xy.canvas(), &zoom);
        QVERIFY(xy.canvas()->zoom() > 1.0);
        QCOMPARE(crosshair.z(), std::size_t{5});
    }
    void anisotropicVoxelsAtTrueAspect() {
        LayerModel model;
        Crosshair crosshair;
        connect(&model, &LayerModel::shapeChanged, &crosshair, [&] { crosshair.setShape(model.shape()); });
        OrthoSliceView xz(Plane::XZ, &model, &crosshair);
        xz.resize(500, 500);
        xz.show();
        QVERIFY(QTest::qWaitForWindowExposed(&xz));
        fillDocument(model);
        // 20 voxels of 0.5 um wide, 6 voxels of 2 um tall: 10 um by 12 um on screen.
        const QRectF t = xz.canvas()->target();
        QCOMPARE(qRound(1000.0 * t.height() / t.width()), 1200);
        model.setSpacing(1.0, 1.0, 1.0);
        const QRectF square = xz.canvas()->target();
        QCOMPARE(qRound(1000.0 * square.height() / square.width()), 300);
    }
    void hoverNamesPositionValueAndNucleus() {
        LayerModel model;
        Crosshair crosshair;
        OrthoSliceView xy(Plane::XY, &model, &crosshair);
        fillDocument(model);
        const QString text = xy.describeVoxel(5, 3, 2);
        QVERIFY2(text.contains("x 5, y 3, z 2"), qPrintable(text));
        QVERIFY2(text.contains("2.50, 1.50, 4.00 um"), qPrintable(text));
        QVERIFY2(text.contains("image: 5"), qPrintable(text));
        QVERIFY2(text.contains("nucleus 3"), qPrintable(text));
        QVERIFY(!xy.describeVoxel(15, 3, 2).contains("nucleus"));
    }
    void cleanupTestCase() { m_big.reset(); }
    void redrawOf512x512x415_data() {
        QTest::addColumn<int>("plane");
        QTest::newRow("xy") << int(Plane::XY);
        QTest::newRow("xz") << int(Plane::XZ);
        QTest::newRow("yz") << int(Plane::YZ);
        QTest::newRow("all three") << -1;
    }
    void redrawOf512x512x415() {
        QFETCH(int, plane);
        // The size, with an image and a label layer; built once for the four rows.
        if (!m_big) {
            const Shape big{512, 512, 415};
            Volume<float> image(big, 0.0f);
            Volume<std::uint32_t> labels(big, 0u);
            for (std::size_t i = 0; i < image.voxelCount(); ++i) {
                image[i] = static_cast<float>((i * 2654435761u) % 4096);
                labels[i] = static_cast<std::uint32_t>((i / 4096) % 7 == 0 ? (i / 8192) % 500 + 1 : 0);
            }
            m_big = std::make_unique<LayerModel>();
            QVERIFY(m_big->addLayer(makeScalarLayer(LayerRole::Image, "image", std::move(image))));
            QVERIFY(m_big->addLayer(makeLabelLayer(LayerRole::Labels, "labels", std::move(labels))));
        }
        const LayerModel& model = *m_big;
        std::size_t slice = 0;
        // Moving through slices redraws one plane (the others only move their lines); a new
        // crosshair position from elsewhere redraws all three.
        QBENCHMARK {
            slice = (slice + 37) % 415;
            if (plane >= 0) {
                QVERIFY(!renderPlane(model, static_cast<Plane>(plane), slice).isNull());
            } else {
                QVERIFY(!renderPlane(model, Plane::XY, slice).isNull());
                QVERIFY(!renderPlane(model, Plane::XZ, slice).isNull());
                QVERIFY(!renderPlane(model, Plane::YZ, slice).isNull());
            }
        }
    }
};

QTEST_MAIN(TestOrthoViews)
#include "TestOrthoViews.moc"
