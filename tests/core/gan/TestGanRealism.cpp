// The realism check (histogram and power-spectrum distances) and the GAN-made training pairs.
#include "GanTestSupport.h"

#include "gan/GanGenerator.h"
#include "gan/GanPairs.h"
#include "gan/Realism.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "pipeline/ParameterSet.h"
#include "synth/SyntheticNuclei.h"
#include "synth/TrainingPairs.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>
#include <tuple>

using namespace nuclei3d;

namespace {

Volume<float> noise(unsigned seed, std::size_t size = 32, std::size_t depth = 4) {
    std::mt19937 engine(seed);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    Volume<float> v(Shape{size, size, depth});
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        v[i] = u(engine);
    return v;
}

/// G1 of a tiny recyclegan-hd trained for two steps into `folder`.
GanGenerator tinyTrainedGenerator(const QTemporaryDir& folder) {
    test::trainTinyGan(folder.path().toStdString());
    return GanGenerator::load(folder.path().toStdString());
}

/// `volumes` tiny synthetic volumes of 16^3, each cut into eight pairs of 8^3.
PairSettings tinyPairSettings(std::size_t volumes) {
    PairSettings settings;
    settings.volumes = volumes;
    settings.volumeSize = 16;
    settings.cropSize = 8;
    settings.synth = test::tinySynth();
    return settings;
}

Volume<float> wave(double cyclesPerWindow, std::size_t size = 32, std::size_t depth = 4) {
    Volume<float> v(Shape{size, size, depth});
    for (std::size_t z = 0; z < depth; ++z)
        for (std::size_t y = 0; y < size; ++y)
            for (std::size_t x = 0; x < size; ++x)
                v.at(x, y, z) = 0.5f + 0.4f * float(std::sin(2.0 * M_PI * cyclesPerWindow * double(x) / double(size)));
    return v;
}

} // namespace

class TestGanRealism : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setThreadCount(1); }

    void histogramDistance() {
        const Volume<float> dark(Shape{8, 8, 2}, 0.1f), bright(Shape{8, 8, 2}, 0.9f);
        QCOMPARE(compareRealism(noise(1), {noise(1)}, 16).histogramDistance, 0.0);
        // Disjoint intensities: the total variation distance is 1.
        QCOMPARE(intensityHistogram(dark)[6], 1.0);
        Volume<float> half(Shape{8, 8, 2}, 0.1f);
        for (std::size_t i = 0; i < half.voxelCount() / 2; ++i)
            half[i] = 0.9f;
        // Half of the mass moved: 0.5.
        const std::vector<double> a = intensityHistogram(half), b = intensityHistogram(dark);
        double tv = 0.0;
        for (std::size_t i = 0; i < a.size(); ++i)
            tv += 0.5 * std::abs(a[i] - b[i]);
        QVERIFY(std::abs(tv - 0.5) < 1e-12);
        QVERIFY(std::abs(compareRealism(bright, {dark}, 8).histogramDistance - 1.0) < 1e-12);
    }

    void powerSpectrum() {
        // A sine of 4 cycles per window puts all its power at radius 4.
        const std::vector<double> s = radialPowerSpectrum(wave(4.0), 32);
        QCOMPARE(s.size(), std::size_t{17});
        QVERIFY(std::abs(s[4] - 1.0) < 1e-9);
        // White noise is flat: no radius holds more than a few times the mean.
        const std::vector<double> flat = radialPowerSpectrum(noise(2), 32);
        for (std::size_t r = 1; r < flat.size(); ++r)
            QVERIFY(flat[r] < 4.0 / 16.0);
        // Texture: noise is closer to other noise than to a smooth wave.
        const double same = compareRealism(noise(3), {noise(4)}, 16).spectrumDistance;
        const double other = compareRealism(wave(2.0), {noise(4)}, 16).spectrumDistance;
        QVERIFY2(same < 0.2 && other > 1.0, qPrintable(QString("%1 %2").arg(same).arg(other)));
        QVERIFY_THROWS_EXCEPTION(Error, radialPowerSpectrum(noise(1, 8), 16));
    }

    void ganPairsHaveTheGeneratorsInput() {
        QTemporaryDir gan, pairs;
        GanGenerator generator = tinyTrainedGenerator(gan);
        const PairSettings settings = tinyPairSettings(1);
        ParameterSet parameters;
        const std::size_t written = writeGanTrainingPairs(pairs.path().toStdString(), settings, generator, "test",
                                                          parameters);
        QCOMPARE(written, std::size_t{8});
        const std::vector<TrainingPair> loaded = loadTrainingPairs(pairs.path().toStdString());
        QCOMPARE(loaded.size(), std::size_t{8});
        QCOMPARE(loaded[0].input.shape(), (Shape{8, 8, 8}));
        // The input is G1's output on the blurred binary of the same volume: bounded to 0..1.
        for (const TrainingPair& p : loaded)
            for (std::size_t i = 0; i < p.input.voxelCount(); ++i)
                QVERIFY(p.input[i] >= 0.0f && p.input[i] <= 1.0f);
    }

    void aMicroscopeShareGivesTheLastVolumesTheMicroscopesInput() {
        QTemporaryDir gan, pairs;
        GanGenerator generator = tinyTrainedGenerator(gan);
        PairSettings settings = tinyPairSettings(2);
        settings.microscopeShare = 0.5;
        QCOMPARE(microscopeVolumeCount(settings), std::size_t{1});
        PairSettings counted; // rounded down, so a share below 1 leaves the GAN at least one of several
        for (const auto& [volumes, share, microscope] : {std::tuple{std::size_t{1}, 0.5, std::size_t{0}},
                                                         std::tuple{std::size_t{3}, 0.5, std::size_t{1}},
                                                         std::tuple{std::size_t{100}, 0.29, std::size_t{29}},
                                                         std::tuple{std::size_t{4}, 1.0, std::size_t{4}}}) {
            counted.volumes = volumes;
            counted.microscopeShare = share;
            QCOMPARE(microscopeVolumeCount(counted), microscope);
        }
        QVERIFY(ganPairsInput(GanMode::RecycleGanHd, "g", settings).find("microscope for 1 of 2 volumes") !=
                std::string::npos);
        QCOMPARE(writeGanTrainingPairs(pairs.path().toStdString(), settings, generator, "test", ParameterSet()),
                 std::size_t{16});
        const std::vector<TrainingPair> loaded = loadTrainingPairs(pairs.path().toStdString());
        // Each volume made again as the writer makes it: volume 0 through G1, volume 1 through the
        // microscope; the other maker's picture differs, so the comparison tells them apart.
        for (std::size_t v = 0; v < 2; ++v) {
            SynthSettings synth = settings.synth;
            synth.shape = Shape{16, 16, 16};
            synth.seed = settings.synth.seed + v;
            const SynthResult made = generateSynthetic(synth);
            const Volume<float> fromG1 = generator.synthesize(made.blurred);
            const Volume<float> fromMicroscope = microscopeInput(settings, made, synth.seed);
            const std::vector<TrainingPair> expected = cutTrainingPairs(made, v == 0 ? fromG1 : fromMicroscope, 8);
            const std::vector<TrainingPair> other = cutTrainingPairs(made, v == 0 ? fromMicroscope : fromG1, 8);
            for (std::size_t i = 0; i < expected.size(); ++i) {
                const std::vector<float>& written = loaded[8 * v + i].input.storage();
                QVERIFY2(written == expected[i].input.storage(), qPrintable(QString("volume %1, pair %2").arg(v).arg(i)));
                QVERIFY(written != other[i].input.storage());
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestGanRealism)
#include "TestGanRealism.moc"
