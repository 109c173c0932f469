// The document's layers without a display: ordering (labels above images), replacing a re-run
// result while keeping the user's look, refusing a volume of another size, the voxel size from the
// first calibrated file or set by hand, role guessing from file names, and reading labels files.
#include "model/Layer.h"
#include "model/LayerModel.h"
#include "pipeline/Error.h"

#include <QSignalSpy>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;

namespace {
Volume<float> ramp(Shape shape, Spacing spacing = {}) {
    Volume<float> v(shape, 0.0f, spacing);
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        v[i] = static_cast<float>(i % 1000);
    return v;
}
Volume<std::uint32_t> twoNuclei(Shape shape) {
    Volume<std::uint32_t> v(shape, 0u);
    v.at(1, 1, 1) = 1;
    v.at(2, 2, 2) = 7;
    return v;
}
} // namespace

class TestLayerModel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void labelsGoAboveImages() {
        LayerModel model;
        const Shape s{8, 6, 4};
        QVERIFY(model.addLayer(makeScalarLayer(LayerRole::Image, "image", ramp(s))));
        QVERIFY(model.addLayer(makeLabelLayer(LayerRole::Labels, "labels", twoNuclei(s))));
        QVERIFY(model.addLayer(makeScalarLayer(LayerRole::Probability, "I_seg", ramp(s))));
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.layer(0).name, QString("labels"));
        QCOMPARE(model.layer(1).name, QString("I_seg"));
        QCOMPARE(model.layer(2).name, QString("image"));
        QCOMPARE(model.findRole(LayerRole::Image), 2);
        QCOMPARE(model.shape(), s);
        model.moveLayer(1, 1);
        QCOMPARE(model.layer(2).name, QString("I_seg"));
    }
    void rerunReplacesAndKeepsTheLook() {
        LayerModel model;
        const Shape s{8, 6, 4};
        QVERIFY(model.addLayer(makeLabelLayer(LayerRole::Labels, "labels", twoNuclei(s))));
        model.setOpacity(0, 0.2);
        model.setVisible(0, false);
        QSignalSpy display(&model, &LayerModel::displayChanged);
        Volume<std::uint32_t> other(s, 3u);
        QVERIFY(model.addLayer(makeLabelLayer(LayerRole::Labels, "labels", std::move(other))));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.layer(0).labels->at(0, 0, 0), 3u);
        QCOMPARE(model.layer(0).opacity, 0.2);
        QVERIFY(!model.layer(0).visible);
        QCOMPARE(display.count(), 1);
        QCOMPARE(model.data(model.index(0), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.layer(0).visible);
    }
    void refusesAnotherSize() {
        LayerModel model;
        QVERIFY(model.addLayer(makeScalarLayer(LayerRole::Image, "a.tif", ramp({8, 6, 4}))));
        QString error;
        QVERIFY(!model.addLayer(makeScalarLayer(LayerRole::Image, "b.tif", ramp({8, 6, 5})), &error));
        QVERIFY2(error.contains("b.tif") && error.contains("8 x 6 x 5") && error.contains("8 x 6 x 4"),
                 qPrintable(error));
        QCOMPARE(model.count(), 1);
    }
    void voxelSizeFromFileOrByHand() {
        LayerModel model;
        QSignalSpy spacing(&model, &LayerModel::spacingChanged);
        QVERIFY(model.addLayer(makeScalarLayer(LayerRole::Image, "plain", ramp({4, 4, 4}))));
        QVERIFY(!model.spacing().known);
        QVERIFY(!model.spacingFromFile());
        QVERIFY(!model.setSpacing(0.2, -1.0, 0.5));
        QVERIFY(!model.setSpacing(0.2, 0.2, qQNaN()));
        QVERIFY(model.setSpacing(0.2, 0.2, 0.5));
        QVERIFY(model.spacing().known);
        QCOMPARE(model.spacing().z, 0.5);
        QVERIFY(!model.spacingFromFile());
        QVERIFY(model.addLayer(makeScalarLayer(LayerRole::Probability, "seg",
                                               ramp({4, 4, 4}, Spacing::micrometres(0.1, 0.1, 0.3)))));
        QVERIFY(model.spacingFromFile());
        QCOMPARE(model.spacing().z, 0.3);
        model.clear();
        QVERIFY(!model.spacing().known);
        QVERIFY(spacing.count() >= 3);
    }
    void contrastIsRobustAndEditable() {
        Volume<float> v({100, 100, 10}, 1.0f);
        v[0] = 1e9f; // one hot pixel must not flatten the picture
        v[1] = 2.0f;
        Layer l = makeScalarLayer(LayerRole::Image, "v", std::move(v));
        QVERIFY(l.high < 1e6f);
        LayerModel model;
        QVERIFY(model.addLayer(std::move(l)));
        model.setContrast(0, 10.0f, 5.0f); // refused: high must exceed low
        QVERIFY(model.layer(0).low < 10.0f);
        model.setContrast(0, 0.5f, 1.5f);
        QCOMPARE(model.layer(0).high, 1.5f);
    }
    void guessesRolesFromNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("role");
        QTest::newRow("image") << "1135_image.tif" << int(VoxelType::UInt8) << int(LayerRole::Image);
        QTest::newRow("labels") << "labels.tif" << int(VoxelType::UInt16) << int(LayerRole::Labels);
        QTest::newRow("instances") << "instances.tif" << int(VoxelType::UInt32) << int(LayerRole::Labels);
        QTest::newRow("gt") << "img_gt.tif" << int(VoxelType::UInt16) << int(LayerRole::GroundTruth);
        QTest::newRow("contours") << "contour.tif" << int(VoxelType::UInt8) << int(LayerRole::Contours);
        QTest::newRow("segcolor") << "segcolor.tif" << int(VoxelType::Rgb8) << int(LayerRole::SegColor);
        QTest::newRow("I_label") << "label.tif" << int(VoxelType::Rgb8) << int(LayerRole::LabelPicture);
        QTest::newRow("seg") << "seg.tif" << int(VoxelType::Float32) << int(LayerRole::Probability);
        QTest::newRow("shape") << "shape.tif" << int(VoxelType::Float32) << int(LayerRole::ShapeMap);
        QTest::newRow("blurred") << "blurred.tif" << int(VoxelType::Float32) << int(LayerRole::Blurred);
        QTest::newRow("float labels name") << "labels.tif" << int(VoxelType::Float32) << int(LayerRole::Image);
    }
    void guessesRolesFromNames() {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(int, role);
        QCOMPARE(int(guessRole(name, static_cast<VoxelType>(type))), role);
    }
    void readsIntegerVolumesAsLabels() {
        Volume<std::uint16_t> ids({3, 3, 3}, 0);
        ids.at(2, 1, 0) = 40000;
        const Layer l = makeLayer(LayerRole::GroundTruth, "gt", AnyVolume(ids));
        QCOMPARE(l.kind(), LayerKind::Labels);
        QCOMPARE(l.labels->at(2, 1, 0), 40000u);
        QCOMPARE(l.valueText(2, 1, 0), QString("40000"));
        QVERIFY_THROWS_EXCEPTION(Error, makeLayer(LayerRole::Labels, "f.tif", AnyVolume(Volume<float>({2, 2, 2}))));
        const Layer rgb = makeLayer(LayerRole::SegColor, "c", AnyVolume(Volume<Rgb8>({2, 2, 2}, Rgb8{1, 2, 3})));
        QCOMPARE(rgb.kind(), LayerKind::Rgb);
        QCOMPARE(rgb.valueText(0, 0, 0), QString("(1, 2, 3)"));
    }
    void roleKeysRoundTrip() {
        for (int r = 0; r <= int(LayerRole::Classes); ++r) {
            const auto role = static_cast<LayerRole>(r);
            QCOMPARE(layerRoleFromKey(layerRoleKey(role)), std::optional<LayerRole>(role));
            QVERIFY(!layerRoleText(role).isEmpty());
        }
        QVERIFY(!layerRoleFromKey("nonsense"));
    }
};

QTEST_GUILESS_MAIN(TestLayerModel)
#include "TestLayerModel.moc"
