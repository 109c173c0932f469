// The non-GAN synthetic microscope: the same seed gives the same volume on any thread count, and
// its background, nucleus brightness, noise, attenuation and glow follow the settings.
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "synth/SyntheticMicroscope.h"

#include <QtTest>

#include <cmath>

using namespace nuclei3d;

namespace {

// Two cubic nuclei (ids 1, 2) in a 32^3 volume.
Volume<std::uint32_t> twoNuclei() {
    Volume<std::uint32_t> v(Shape{32, 32, 32}, 0);
    for (std::size_t z = 8; z < 24; ++z)
        for (std::size_t y = 4; y < 14; ++y)
            for (std::size_t x = 4; x < 14; ++x) {
                v.at(x, y, z) = 1;
                v.at(x + 14, y + 14, z) = 2;
            }
    return v;
}

double meanOver(const Volume<float>& v, std::size_t x0, std::size_t x1, std::size_t y0, std::size_t y1,
                std::size_t z0, std::size_t z1) {
    double sum = 0.0;
    std::size_t n = 0;
    for (std::size_t z = z0; z < z1; ++z)
        for (std::size_t y = y0; y < y1; ++y)
            for (std::size_t x = x0; x < x1; ++x, ++n)
                sum += v.at(x, y, z);
    return sum / double(n);
}

} // namespace

class TestSyntheticMicroscope : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameVolumeOnAnyThreadCount() {
        MicroscopeSettings s;
        s.seed = 11;
        setThreadCount(1);
        const Volume<float> a = simulateMicroscope(twoNuclei(), 2, s);
        setThreadCount(2);
        const Volume<float> b = simulateMicroscope(twoNuclei(), 2, s);
        QVERIFY(a.storage() == b.storage());
        s.seed = 12;
        QVERIFY(simulateMicroscope(twoNuclei(), 2, s).storage() != a.storage());
    }

    void backgroundAndNoiseFollowTheSettings() {
        MicroscopeSettings s;
        s.background = 0.1;
        s.photons = 1000.0;
        s.readNoise = 0.02;
        const Volume<float> v = simulateMicroscope(Volume<std::uint32_t>(Shape{32, 32, 32}, 0), 0, s);
        double sum = 0.0, squares = 0.0;
        for (float x : v.storage()) {
            sum += x;
            squares += double(x) * x;
        }
        const double n = double(v.voxelCount());
        const double mean = sum / n;
        const double sd = std::sqrt(squares / n - mean * mean);
        QVERIFY(std::abs(mean - 0.1) < 0.002);
        // Poisson variance 0.1 / 1000 plus read noise 0.02^2.
        QVERIFY(std::abs(sd - std::sqrt(0.1 / 1000.0 + 0.0004)) < 0.002);
    }

    void nucleiAreBrighterAndAttenuatedWithDepth() {
        MicroscopeSettings s;
        s.betweenNucleiCv = 0.0;
        s.withinNucleusCv = 0.0;
        s.psfSigma = 0.0;
        s.photons = 1e6;
        s.readNoise = 0.0;
        const Volume<float> flat = simulateMicroscope(twoNuclei(), 2, s);
        QVERIFY(std::abs(meanOver(flat, 4, 14, 4, 14, 8, 24) - (s.background + s.signal)) < 0.01);
        QVERIFY(std::abs(meanOver(flat, 0, 32, 0, 32, 0, 4) - s.background) < 0.01);
        s.zAttenuation = 0.05;
        const Volume<float> deep = simulateMicroscope(twoNuclei(), 2, s);
        const double top = meanOver(deep, 4, 14, 4, 14, 8, 9) - s.background;
        const double bottom = meanOver(deep, 4, 14, 4, 14, 23, 24) - s.background;
        QVERIFY(std::abs(bottom / top - std::exp(-0.05 * 15)) < 0.01);
    }

    void brightnessVariesBetweenNuclei() {
        MicroscopeSettings s;
        s.betweenNucleiCv = 0.5;
        s.withinNucleusCv = 0.0;
        s.psfSigma = 0.0;
        s.seed = 4;
        const Volume<float> v = simulateMicroscope(twoNuclei(), 2, s);
        QVERIFY(std::abs(meanOver(v, 6, 12, 6, 12, 10, 22) - meanOver(v, 20, 26, 20, 26, 10, 22)) > 0.01);
    }

    void hazeGlowsAroundNucleiNotFarAway() {
        MicroscopeSettings s;
        s.withinNucleusCv = 0.0;
        s.betweenNucleiCv = 0.0;
        s.photons = 1e6;
        s.readNoise = 0.0;
        const Volume<float> clear = simulateMicroscope(twoNuclei(), 2, s);
        s.haze = 0.3;
        s.hazeSigma = 4.0;
        const Volume<float> hazy = simulateMicroscope(twoNuclei(), 2, s);
        // Between the two nuclei (x, y 14..18) the glow adds about a fifth of the signal; in the
        // corners far from both (and in the first slices) next to nothing.
        const double between = meanOver(hazy, 14, 18, 14, 18, 12, 20) - meanOver(clear, 14, 18, 14, 18, 12, 20);
        const double far = meanOver(hazy, 28, 32, 0, 4, 0, 2) - meanOver(clear, 28, 32, 0, 4, 0, 2);
        QVERIFY2(between > 0.05 * s.signal && between <= s.haze * s.signal + 0.01, qPrintable(QString::number(between)));
        QVERIFY2(far < 0.01, qPrintable(QString::number(far)));
    }

    void badSettingsAreRefused() {
        MicroscopeSettings s;
        s.photons = 0.0;
        QVERIFY_THROWS_EXCEPTION(Error, simulateMicroscope(twoNuclei(), 2, s));
        MicroscopeSettings hazy;
        hazy.haze = 0.2;
        hazy.hazeSigma = 0.0;
        QVERIFY_THROWS_EXCEPTION(Error, simulateMicroscope(twoNuclei(), 2, hazy));
        hazy.hazeSigma = 4.0;
        hazy.haze = -0.1;
        QVERIFY_THROWS_EXCEPTION(Error, simulateMicroscope(twoNuclei(), 2, hazy));
        QVERIFY_THROWS_EXCEPTION(Error, simulateMicroscope(twoNuclei(), 1, MicroscopeSettings{}));
    }
};

QTEST_APPLESS_MAIN(TestSyntheticMicroscope)
#include "TestSyntheticMicroscope.moc"
