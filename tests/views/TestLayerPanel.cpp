// The layer list as a user drives it: the check box hides a layer, the opacity slider, colour map
// and label style reach the model, the buttons move and remove layers, and the voxel size is
// editable only while no file carried one, and only once a volume is open.
#include "model/LayerModel.h"
#include "views/LayerPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSlider>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;

class TestLayerPanel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void controlsReachTheModel() {
        LayerModel model;
        LayerPanel panel(&model);
        panel.show();
        QVERIFY(model.addLayer(makeScalarLayer(LayerRole::Image, "image", Volume<float>({8, 8, 4}, 1.0f))));
        QVERIFY(model.addLayer(makeLabelLayer(LayerRole::Labels, "labels", Volume<std::uint32_t>({8, 8, 4}, 2u))));
        QCOMPARE(panel.list()->model()->rowCount(), 2);
        QCOMPARE(panel.currentRow(), 0); // the newest layer is selected
        QVERIFY(panel.styleBox()->isEnabled());
        QVERIFY(!panel.colourMapBox()->isEnabled());
        panel.opacitySlider()->setValue(30);
        QCOMPARE(model.layer(0).opacity, 0.3);
        panel.styleBox()->setCurrentIndex(int(LabelStyle::Fill));
        QCOMPARE(model.layer(0).labelStyle, LabelStyle::Fill);

        panel.selectRow(1);
        QVERIFY(panel.colourMapBox()->isEnabled());
        panel.colourMapBox()->setCurrentIndex(int(ColourMap::Fire));
        QCOMPARE(model.layer(1).colourMap, ColourMap::Fire);
        model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole);
        QVERIFY(!model.layer(1).visible);

        panel.selectRow(1);
        QList<QPushButton*> buttons = panel.findChildren<QPushButton*>();
        auto button = [&](const QString& text) -> QPushButton* {
            for (QPushButton* b : buttons)
                if (b->text() == text)
                    return b;
            return nullptr;
        };
        QVERIFY(button("Up")->isEnabled());
        button("Up")->click();
        QCOMPARE(model.layer(0).name, QString("image"));
        QCOMPARE(panel.currentRow(), 0);
        button("Remove")->click();
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.layer(0).name, QString("labels"));
    }
    void voxelSizeEditableOnlyWithoutOne() {
        LayerModel model;
        LayerPanel panel(&model);
        QVERIFY(model.addLayer(makeScalarLayer(LayerRole::Image, "plain", Volume<float>({4, 4, 4}, 1.0f))));
        QVERIFY(!panel.voxelSizeBox(2)->isReadOnly());
        QVERIFY(panel.applyVoxelSizeButton()->isEnabled());
        panel.voxelSizeBox(0)->setValue(0.2);
        panel.voxelSizeBox(1)->setValue(0.2);
        panel.voxelSizeBox(2)->setValue(0.6);
        panel.applyVoxelSizeButton()->click();
        QVERIFY(model.spacing().known);
        QCOMPARE(model.spacing().z, 0.6);

        LayerModel calibrated;
        LayerPanel fromFile(&calibrated);
        QVERIFY(calibrated.addLayer(makeScalarLayer(
            LayerRole::Image, "cal", Volume<float>({4, 4, 4}, 1.0f, Spacing::micrometres(0.1, 0.1, 0.3)))));
        QVERIFY(fromFile.voxelSizeBox(2)->isReadOnly());
        QCOMPARE(fromFile.voxelSizeBox(2)->value(), 0.3);
        QVERIFY(!fromFile.applyVoxelSizeButton()->isEnabled());
    }
    void voxelSizeWaitsForAVolume() {
        LayerModel model;
        LayerPanel panel(&model);
        const auto note = [&panel] {
            for (QLabel* label : panel.findChildren<QLabel*>())
                if (label->text().contains("voxel size"))
                    return label->text();
            return QString();
        };
        QVERIFY(!panel.voxelSizeBox(0)->isEnabled());
        QVERIFY(!panel.applyVoxelSizeButton()->isEnabled());
        QCOMPARE(note(), QString("Open a volume to see or set its voxel size."));

        QVERIFY(model.addLayer(makeScalarLayer(LayerRole::Image, "plain", Volume<float>({4, 4, 4}, 1.0f))));
        QVERIFY(panel.voxelSizeBox(0)->isEnabled());
        QVERIFY(panel.applyVoxelSizeButton()->isEnabled());
        QVERIFY(note().startsWith("The file has no voxel size"));

        model.removeLayer(0);
        QVERIFY(!panel.voxelSizeBox(0)->isEnabled());
        QVERIFY(!panel.applyVoxelSizeButton()->isEnabled());
    }
};

QTEST_MAIN(TestLayerPanel)
#include "TestLayerPanel.moc"
