// shapeSynthesisLike: what it takes from a real volume for stage 1 and stage 5. Here the part
// that decides which objects stage 5 keeps: the smallest nucleus follows the estimated nucleus
// size (a tenth of a typical nucleus's voxels, never below the schema's 50), so specks far smaller
// than the image's nuclei go while every nucleus of the image's own size stays; a value the user
// set is kept, and without the size estimate nothing changes.
#include "filters/LabelUtilities.h"
#include "pipeline/ParameterSchema.h"
#include "pipeline/ParameterSet.h"
#include "run/ShapedSynthesis.h"
#include "synth/SyntheticMicroscope.h"
#include "synth/SyntheticNuclei.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

using namespace nuclei3d;

namespace {

constexpr double pi = 3.14159265358979323846;

struct Image {
    Volume<float> volume;
    std::vector<std::uint64_t> nucleusVoxels; // of every placed nucleus
};

// The synthetic microscope's picture of the nuclei `settings` places, and their sizes.
Image microscopeImage(const SynthSettings& settings, double psfSigma) {
    const SynthResult synth = generateSynthetic(settings);
    MicroscopeSettings microscope;
    microscope.seed = settings.seed;
    microscope.psfSigma = psfSigma;
    Image image;
    image.volume = simulateMicroscope(synth.instances, synth.nuclei.size(), microscope);
    image.volume.setSpacing(settings.spacing);
    const std::vector<std::uint64_t> sizes = objectSizes(synth.instances);
    for (std::size_t id = 1; id < sizes.size(); ++id)
        if (sizes[id] > 0)
            image.nucleusVoxels.push_back(sizes[id]);
    return image;
}

SynthSettings nuclei(Shape shape, Spacing spacing, std::size_t count, double rMin, double rMax, std::uint64_t seed) {
    SynthSettings settings;
    settings.shape = shape;
    settings.spacing = spacing;
    settings.count = count;
    settings.radiusMin = rMin;
    settings.radiusMax = rMax;
    settings.radiusStep = 0.5;
    settings.seed = seed;
    return settings;
}

// Ellipsoids with semi-axes of 3-4 um on 0.5 x 0.5 x 1 um voxels.
Image nucleiImage() {
    return microscopeImage(nuclei(Shape{96, 96, 48}, Spacing::micrometres(0.5, 0.5, 1.0), 12, 3.0, 4.0, 7), 2.0);
}

std::int64_t schemaMinSize() {
    return std::get<std::int64_t>(ParameterSchema::instance().find("postprocess.min_size")->defaultValue);
}

} // namespace

class TestShapedSynthesis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void smallestNucleusFollowsTheEstimatedSize() {
        const Image image = nucleiImage();
        ParameterSet parameters;
        const SynthesisShape shaped = shapeSynthesisLike(parameters, image.volume, true);
        QVERIFY(shaped.estimated);
        const std::int64_t minSize = parameters.integer("postprocess.min_size");
        QCOMPARE(static_cast<std::int64_t>(shaped.minSizeVoxels), minSize);

        // The rule, from what the estimate reported: a tenth of an ellipsoid of the estimated
        // radius, stretched by the elongation used, in voxels of 0.25 um^3.
        const double r = shaped.radiusUm;
        const double expected = 0.1 * 4.0 / 3.0 * pi * r * r * r * shaped.axialElongation / 0.25;
        QVERIFY2(std::abs(double(minSize) - expected) <= 1.0,
                 qPrintable(QString("min size %1, expected %2").arg(minSize).arg(expected)));
        QVERIFY(minSize > schemaMinSize());
        // Stage 5's marker height and the blur of its distance weighting scale with the radius too.
        QVERIFY(std::abs(parameters.real("postprocess.h") - 0.1 * r) < 1e-9);
        QVERIFY(std::abs(parameters.real("postprocess.probability_sigma") - 0.25 * r) < 1e-9);

        // Against the truth: a typical (median) placed nucleus is kept with room to spare, a speck of a
        // fiftieth of it is not. (Nuclei cut by the border can be smaller than the limit.)
        std::vector<std::uint64_t> voxels = image.nucleusVoxels;
        std::nth_element(voxels.begin(), voxels.begin() + voxels.size() / 2, voxels.end());
        const std::uint64_t typical = voxels[voxels.size() / 2];
        const QString sizes = QString("min size %1 against a median nucleus of %2 voxels").arg(minSize).arg(typical);
        QVERIFY2(std::uint64_t(minSize) < typical / 5, qPrintable(sizes));
        QVERIFY2(std::uint64_t(minSize) > typical / 50, qPrintable(sizes));
    }

    void densityIsTheImagesTimesTheShare() {
        // 40 nuclei in 96 x 96 x 48 voxels of 0.25 um^3; the synthetic density is the nuclei seen
        // times the synthetic nucleus's volume over the image's, times synth.like_density.
        const Image image =
            microscopeImage(nuclei(Shape{96, 96, 48}, Spacing::micrometres(0.5, 0.5, 1.0), 40, 3.0, 4.0, 7), 2.0);
        ParameterSet full;
        full.set("synth.like_density", 1.0);
        const SynthesisShape whole = shapeSynthesisLike(full, image.volume, true);
        const double r = whole.radiusUm;
        const double expected = double(whole.nucleiSeen) * 4.0 / 3.0 * pi * r * r * r * whole.axialElongation /
                                (96.0 * 96.0 * 48.0 * 0.25);
        QVERIFY2(std::abs(whole.foregroundFraction - expected) < 1e-9,
                 qPrintable(QString("%1 against %2").arg(whole.foregroundFraction).arg(expected)));
        QCOMPARE(full.integer("synth.count"), std::int64_t{0});
        QCOMPARE(full.real("synth.foreground_fraction"), whole.foregroundFraction);

        ParameterSet half; // the default share, 0.5
        const SynthesisShape sparse = shapeSynthesisLike(half, image.volume, true);
        QVERIFY(expected * 0.5 > 0.02); // above the floor, so the share shows unclamped
        QVERIFY(std::abs(sparse.foregroundFraction - 0.5 * expected) < 1e-9);
        // The GAN's domain A keeps the image's own density (gan.like_density 1) whatever the pairs' share.
        QVERIFY(std::abs(half.real("gan.foreground_fraction") - expected) < 1e-9);
        QCOMPARE(sparse.ganForegroundFraction, half.real("gan.foreground_fraction"));

        ParameterSet sparseGan;
        sparseGan.set("gan.like_density", 0.25);
        shapeSynthesisLike(sparseGan, image.volume, true);
        QVERIFY(std::abs(sparseGan.real("gan.foreground_fraction") - 0.25 * expected) < 1e-9);
    }

    void densityGivenByHandAppliesToTheGanToo() {
        // A density the user set (a count or a fraction) is what domain A gets as well: the GAN's own
        // fraction is left at 0 ("as the synthesis").
        const Image image =
            microscopeImage(nuclei(Shape{96, 96, 48}, Spacing::micrometres(0.5, 0.5, 1.0), 40, 3.0, 4.0, 7), 2.0);
        const std::pair<std::string, ParameterValue> densitiesGiven[] = {{"synth.count", std::int64_t{25}},
                                                                          {"synth.foreground_fraction", 0.07}};
        for (const auto& given : densitiesGiven) {
            ParameterSet parameters;
            parameters.set(given.first, given.second);
            shapeSynthesisLike(parameters, image.volume, true, [&](const std::string& n) { return n == given.first; });
            QCOMPARE(parameters.real("gan.foreground_fraction"), 0.0);
        }
        ParameterSet chosen; // and a GAN density given by hand is kept
        chosen.set("gan.foreground_fraction", 0.3);
        shapeSynthesisLike(chosen, image.volume, true,
                           [](const std::string& n) { return n == "gan.foreground_fraction"; });
        QCOMPARE(chosen.real("gan.foreground_fraction"), 0.3);
    }

    void userValueIsKept() {
        const Image image = nucleiImage();
        ParameterSet parameters;
        parameters.set("postprocess.min_size", std::int64_t{7});
        const SynthesisShape shaped = shapeSynthesisLike(
            parameters, image.volume, true, [](const std::string& name) { return name == "postprocess.min_size"; });
        QCOMPARE(parameters.integer("postprocess.min_size"), std::int64_t{7});
        QCOMPARE(shaped.minSizeVoxels, std::size_t{7});
    }

    void withoutTheEstimateNothingChanges() {
        const Image image = nucleiImage();
        ParameterSet parameters;
        shapeSynthesisLike(parameters, image.volume, false);
        QCOMPARE(parameters.integer("postprocess.min_size"), schemaMinSize());
    }

    void tinyNucleiKeepTheSchemaFloor() {
        // Nuclei of about 1 voxel radius on an uncalibrated volume: a tenth of their size is
        // below 50 voxels, so the schema's default stays.
        const Image image = microscopeImage(nuclei(Shape{48, 48, 24}, Spacing{}, 40, 2.0, 3.0, 3), 1.0);
        ParameterSet parameters;
        const SynthesisShape shaped = shapeSynthesisLike(parameters, image.volume, true);
        QVERIFY(shaped.estimated);
        QCOMPARE(parameters.integer("postprocess.min_size"), schemaMinSize());
    }
};

QTEST_GUILESS_MAIN(TestShapedSynthesis)
#include "TestShapedSynthesis.moc"
