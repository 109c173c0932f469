// The synthetic microscope's background matched to an image's: the measured look follows the
// microscope's background and noise, matching recovers the settings a picture was made with (from
// other random nuclei), shapeSynthesisLike sets them unless the user chose one, and flat or empty
// volumes are errors naming the problem.
#include "pipeline/Error.h"
#include "pipeline/ParameterSet.h"
#include "run/BackgroundMatching.h"
#include "run/ShapedSynthesis.h"
#include "synth/SyntheticMicroscope.h"
#include "synth/SyntheticNuclei.h"

#include <QtTest>

#include <cmath>

using namespace nuclei3d;

namespace {

SynthSettings someNuclei(std::uint64_t seed) {
    SynthSettings s;
    s.shape = Shape{48, 48, 40};
    s.spacing = Spacing::micrometres(0.5, 0.5, 1.0);
    s.count = 0;
    s.foregroundFraction = 0.2;
    s.radiusMin = 3.0;
    s.radiusMax = 4.0;
    s.radiusStep = 0.5;
    s.seed = seed;
    return s;
}

Volume<float> picture(const SynthSettings& nuclei, double background, double photons) {
    const SynthResult synth = generateSynthetic(nuclei);
    MicroscopeSettings m;
    m.background = background;
    m.photons = photons;
    m.seed = nuclei.seed;
    Volume<float> image = simulateMicroscope(synth.instances, synth.nuclei.size(), m);
    image.setSpacing(nuclei.spacing);
    return image;
}

void report(const BackgroundLook& target, const BackgroundMatch& match) {
    qInfo("target %.3f/%.3f -> background %.3f, %.1f photons, look %.3f/%.3f", target.level, target.noise,
          match.background, match.photons, match.look.level, match.look.noise);
}

} // namespace

class TestBackgroundMatching : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lookFollowsTheMicroscope() {
        const SynthSettings nuclei = someNuclei(4);
        const BackgroundLook dark = measureBackgroundLook(picture(nuclei, 0.02, 1000.0));
        const BackgroundLook grey = measureBackgroundLook(picture(nuclei, 0.4, 1000.0));
        const BackgroundLook noisy = measureBackgroundLook(picture(nuclei, 0.02, 10.0));
        qInfo("dark %.3f/%.3f grey %.3f/%.3f noisy %.3f/%.3f", dark.level, dark.noise, grey.level, grey.noise,
              noisy.level, noisy.noise);
        // The percentile normalisation takes a constant offset away; what stays visible of a brighter
        // background is its larger photon noise, which lifts its median above the 1st percentile.
        QVERIFY(dark.level >= 0.0);
        QVERIFY(grey.level > 1.2 * dark.level);
        QVERIFY(noisy.noise > 1.3 * dark.noise);
    }

    void matchingRecoversTheSettings_data() {
        QTest::addColumn<double>("background");
        QTest::addColumn<double>("photons");
        QTest::addColumn<bool>("identifiable");
        QTest::newRow("grey and noisy (confocal)") << 0.3 << 20.0 << true;
        // A dark, clean background looks the same after the normalisation whatever its offset: only
        // the look can be matched, not the settings.
        QTest::newRow("dark, fairly clean") << 0.1 << 60.0 << false;
    }
    void matchingRecoversTheSettings() {
        QFETCH(double, background);
        QFETCH(double, photons);
        QFETCH(bool, identifiable);
        const BackgroundLook target = measureBackgroundLook(picture(someNuclei(11), background, photons));
        // Other nuclei than the image's: only the look is shared.
        MicroscopeSettings floor;
        floor.background = 0.0;
        floor.photons = 1000.0;
        const BackgroundMatch match = matchBackground(someNuclei(12), floor, target);
        report(target, match);
        QVERIFY2(std::abs(match.look.level - target.level) <= 0.1 * target.level + 0.01, "level not matched");
        QVERIFY2(std::abs(match.look.noise - target.noise) <= 0.1 * target.noise + 0.005, "noise not matched");
        if (identifiable) {
            QVERIFY2(std::abs(match.background - background) <= 0.05 + 0.2 * background, "background not recovered");
            QVERIFY2(match.photons > photons / 2.0 && match.photons < photons * 2.0, "photons not recovered");
        }
    }

    void givenSettingsAreTheFloor() {
        // A target darker and cleaner than the given microscope keeps the given settings.
        const BackgroundLook target = measureBackgroundLook(picture(someNuclei(31), 0.0, 20000.0));
        MicroscopeSettings given;
        given.background = 0.08;
        given.photons = 200.0;
        const BackgroundMatch match = matchBackground(someNuclei(32), given, target);
        report(target, match);
        QCOMPARE(match.background, 0.08);
        QVERIFY(std::abs(match.photons - 200.0) < 1e-6);
    }

    void shapedSynthesisSetsThemUnlessTheUserDid() {
        const Volume<float> image = picture(someNuclei(21), 0.3, 20.0);
        ParameterSet parameters;
        const SynthesisShape shaped = shapeSynthesisLike(parameters, image, true);
        QVERIFY(shaped.background.level > 0.1);
        QCOMPARE(shaped.microscopeBackground, parameters.real("microscope.background"));
        QVERIFY(std::abs(parameters.real("microscope.background") - 0.3) < 0.15);
        QVERIFY(parameters.real("microscope.photons") < 60.0);

        ParameterSet chosen;
        chosen.set("microscope.photons", 500.0);
        shapeSynthesisLike(chosen, image, true, [](const std::string& name) { return name == "microscope.photons"; });
        QCOMPARE(chosen.real("microscope.photons"), 500.0);
        QCOMPARE(chosen.real("microscope.background"), ParameterSet().real("microscope.background"));
    }

    void badVolumesAreErrors() {
        QVERIFY_THROWS_EXCEPTION(Error, measureBackgroundLook(Volume<float>()));
        try {
            measureBackgroundLook(Volume<float>(Shape{8, 8, 8}, 3.0f));
            QFAIL("a flat volume was measured");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("flat"), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestBackgroundMatching)
#include "TestBackgroundMatching.moc"
