// The six networks of stage 2 give the shapes METHOD.md needs, for S = 2 and S = 10, and the modes
// create exactly the networks they use; domain A's density comes from its own parameter.
#include "gan/GanNetworks.h"
#include "pipeline/Error.h"
#include "pipeline/ParameterSet.h"

#include <QtTest>

using namespace nuclei3d;

class TestGanNetworks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shapes_data() {
        QTest::addColumn<int>("slices");
        QTest::addColumn<int>("size");
        QTest::newRow("S=2, 16x16") << 2 << 16;
        QTest::newRow("S=10, 16x16") << 10 << 16;
        QTest::newRow("S=2, 32x32") << 2 << 32;
        QTest::newRow("S=10, 32x32") << 10 << 32;
    }

    void shapes() {
        QFETCH(int, slices);
        QFETCH(int, size);
        torch::set_num_threads(1);
        GanNetworkConfig c;
        c.mode = GanMode::RecycleGanHd;
        c.sliceSize = size;
        c.predictorSlices = slices;
        c.generatorFilters = 4;
        c.generatorBlocks = 1;
        c.discriminatorFilters = 4;
        GanNetworks nets(c, 1, torch::kCPU);
        const std::int64_t s = size;
        const torch::Tensor run = torch::rand({slices + 1, 1, s, s}) * 2 - 1;
        // Generators: slice by slice, same size out, in [-1, 1].
        for (auto* g : {&nets.g1, &nets.g2}) {
            const torch::Tensor y = (*g)->forward(run);
            QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{slices + 1, 1, s, s}));
            QVERIFY(y.abs().max().item<float>() <= 1.0f);
        }
        // Predictors: S slices as channels -> one slice.
        const torch::Tensor stacked = stackSlices(run.slice(0, 0, slices));
        QCOMPARE(stacked.sizes().vec(), (std::vector<std::int64_t>{1, slices, s, s}));
        QVERIFY(torch::equal(stacked[0][1], run[1][0]));
        for (auto* p : {&nets.p1, &nets.p2})
            QCOMPARE((*p)->forward(stacked).sizes().vec(), (std::vector<std::int64_t>{1, 1, s, s}));
        // Patch discriminators: two stride-2 layers, then two 4x4 stride-1 layers (-1 pixel each).
        const std::int64_t patches = s / 4 - 2;
        for (auto* d : {&nets.d1, &nets.d2})
            QCOMPARE((*d)->forward(run).sizes().vec(), (std::vector<std::int64_t>{slices + 1, 1, patches, patches}));
        QCOMPARE(nets.all().size(), std::size_t{6});
    }

    void modesCreateTheirNetworks() {
        GanNetworkConfig c;
        c.sliceSize = 16;
        c.generatorFilters = 4;
        c.generatorBlocks = 0;
        c.discriminatorFilters = 4;
        c.mode = GanMode::CycleGan;
        QCOMPARE(GanNetworks(c, 1, torch::kCPU).all().size(), std::size_t{4});
        c.mode = GanMode::SpCycleGan;
        GanNetworks sp(c, 1, torch::kCPU);
        QCOMPARE(sp.all().size(), std::size_t{5});
        QVERIFY(sp.segmentor && !sp.p1);
        c.mode = GanMode::RecycleGan;
        QCOMPARE(GanNetworks(c, 1, torch::kCPU).all().size(), std::size_t{6});
    }

    void sameSeedSameWeights() {
        GanNetworkConfig c;
        c.sliceSize = 16;
        c.generatorFilters = 4;
        c.generatorBlocks = 1;
        c.discriminatorFilters = 4;
        GanNetworks a(c, 3, torch::kCPU), b(c, 3, torch::kCPU), other(c, 4, torch::kCPU);
        QVERIFY(torch::equal(a.g1->parameters()[0], b.g1->parameters()[0]));
        QVERIFY(!torch::equal(a.g1->parameters()[0], other.g1->parameters()[0]));
    }

    void publicationConfigIsValid() {
        GanTrainSettings s;
        s.net = GanNetworkConfig::publication();
        validate(s);
        QCOMPARE(s.net.sliceSize, 128);
        QCOMPARE(s.net.generatorFilters, 64);
        QCOMPARE(s.net.generatorBlocks, 9);
        s.net.sliceSize = 130;
        QVERIFY_THROWS_EXCEPTION(Error, validate(s));
    }

    void domainAHasItsOwnDensityWhenSet() {
        SynthSettings synth;
        synth.count = 40;
        synth.foregroundFraction = 0.05;
        ParameterSet parameters;
        GanTrainSettings unset = ganTrainSettingsFrom(parameters);
        QCOMPARE(unset.domainForegroundFraction, 0.0); // default: domain A is made like the synthesis
        const SynthSettings same = ganDomainSynthSettings(synth, unset);
        QCOMPARE(same.count, std::size_t{40});
        QCOMPARE(same.foregroundFraction, 0.05);

        parameters.set("gan.foreground_fraction", 0.12);
        const GanTrainSettings set = ganTrainSettingsFrom(parameters);
        QCOMPARE(set.domainForegroundFraction, 0.12);
        const SynthSettings dense = ganDomainSynthSettings(synth, set);
        QCOMPARE(dense.count, std::size_t{0}); // filled up to the fraction, not a count
        QCOMPARE(dense.foregroundFraction, 0.12);
        QCOMPARE(dense.radiusMax, synth.radiusMax); // everything else as the synthesis
        QCOMPARE(dense.seed, synth.seed);
    }
};

QTEST_APPLESS_MAIN(TestGanNetworks)
#include "TestGanNetworks.moc"
