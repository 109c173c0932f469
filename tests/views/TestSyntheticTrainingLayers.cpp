// The window's synthetic layers after a whole run show every input the networks were trained on:
// G1's I_syn of a GAN run, the synthetic microscope's picture with nogan, and both when
// pairs.microscope_share gave the microscope some of a GAN run's pair volumes.
#include "GanTestSupport.h"
#include "TestSupport.h"
#include "VolumeCompare.h"

#include "views/SyntheticTrainingLayers.h"
#include "pipeline/StageSettings.h"
#include "synth/MicroscopeSettings.h"
#include "synth/SyntheticMicroscope.h"
#include "synth/SyntheticNuclei.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;
using nuclei3d::test::sameVoxels;

namespace {

const SyntheticLayerNames kNames{"blurred", "gan", "microscope"};

/// A finished GAN run's result at a tiny volume size, with `share` of its six pair volumes from the
/// microscope.
WholePipelineResult ganRun(double share) {
    WholePipelineResult run;
    run.pairInput = "recyclegan-hd";
    run.spacing = Spacing::micrometres(0.5, 0.5, 2.0); // the image's, not stage 1's synth.voxel_size_*
    run.parameters.set("synth.size_x", std::int64_t{24});
    run.parameters.set("synth.size_y", std::int64_t{24});
    run.parameters.set("synth.size_z", std::int64_t{8});
    run.parameters.set("synth.count", std::int64_t{4});
    run.parameters.set("pairs.volumes", std::int64_t{6});
    run.parameters.set("pairs.microscope_share", share);
    return run;
}

QStringList namesOf(const std::vector<Layer>& layers) {
    QStringList names;
    for (const Layer& layer : layers)
        names << layer.name;
    return names;
}

} // namespace

class TestSyntheticTrainingLayers : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_out.isValid());
        test::trainTinyGan((m_out.path() + "/gan").toStdString());
    }
    void aMixedRunShowsBothInputs() {
        const WholePipelineResult run = ganRun(0.5);
        const std::vector<Layer> layers = syntheticTrainingLayers(run, m_out.path().toStdString(), kNames);
        QCOMPARE(namesOf(layers), (QStringList{"gan", "microscope", "blurred"}));
        const Shape shape{24, 24, 8};
        for (const Layer& layer : layers) {
            QVERIFY(!layer.visible); // the image and the labels stay in front
            QVERIFY(layer.scalar);
            QCOMPARE(layer.shape(), shape);
            QVERIFY(layer.scalar->spacing() == run.spacing);
        }
        QCOMPARE(layers[0].role, LayerRole::Synthetic);
        QCOMPARE(layers[1].role, LayerRole::Synthetic);
        QCOMPARE(layers[2].role, LayerRole::Blurred);
        // Stage 1 again with the run's parameters: the microscope's layer is its picture of that very
        // synthetic volume, and G1's differs from it.
        const SynthResult synth = generateSynthetic(synthSettingsFrom(run.parameters));
        QVERIFY(sameVoxels(*layers[2].scalar, synth.blurred));
        const Volume<float> microscope =
            simulateMicroscope(synth.instances, synth.nuclei.size(), microscopeSettingsFrom(run.parameters));
        QVERIFY(sameVoxels(*layers[1].scalar, microscope));
        QVERIFY(!sameVoxels(*layers[0].scalar, microscope));
    }
    void noShareShowsOnlyTheGansInput() {
        const std::vector<Layer> layers = syntheticTrainingLayers(ganRun(0.0), m_out.path().toStdString(), kNames);
        QCOMPARE(namesOf(layers), (QStringList{"gan", "blurred"}));
        // A share that rounds down to no volume (0.1 of six) is the same.
        QCOMPARE(namesOf(syntheticTrainingLayers(ganRun(0.1), m_out.path().toStdString(), kNames)),
                 (QStringList{"gan", "blurred"}));
    }
    void noganAndAMissingGanShowTheMicroscope() {
        WholePipelineResult nogan = ganRun(0.5);
        nogan.pairInput = "nogan";
        nogan.spacing = {}; // an image without a voxel size: the layers claim none either
        const std::vector<Layer> layers = syntheticTrainingLayers(nogan, m_out.path().toStdString(), kNames);
        QCOMPARE(namesOf(layers), (QStringList{"microscope", "blurred"}));
        for (const Layer& layer : layers)
            QVERIFY(!layer.scalar->spacing().known);
        QTemporaryDir empty; // a GAN run whose folder has no generator (moved away): nothing to show of G1
        QCOMPARE(namesOf(syntheticTrainingLayers(ganRun(0.0), empty.path().toStdString(), kNames)),
                 (QStringList{"microscope", "blurred"}));
    }

  private:
    QTemporaryDir m_out;
};

QTEST_GUILESS_MAIN(TestSyntheticTrainingLayers)
#include "TestSyntheticTrainingLayers.moc"
