// Stage 1 is reproducible: the same seed gives bit-identical volumes on 1 and 2 threads and on a
// second run, another seed gives another volume, and a fixed fingerprint pins the output so that a
// build on another platform or standard library that drifts is caught.
#include "SynthTestSupport.h"

#include "pipeline/Parallel.h"
#include "synth/SyntheticNuclei.h"

#include <QtTest>

#include <cstring>

using namespace nuclei3d;
using nuclei3d::test::fingerprint;
using nuclei3d::test::smallSettings;

namespace {

SynthSettings settings(std::uint64_t seed) {
    SynthSettings s = smallSettings(Shape{56, 48, 36}, 40, seed);
    s.spacing = Spacing::micrometres(0.7, 0.7, 1.2);
    s.maxOverlap = 0.1;
    return s;
}

void compareResults(const SynthResult& a, const SynthResult& b) {
    QCOMPARE(fingerprint(a.instances), fingerprint(b.instances));
    QCOMPARE(fingerprint(a.binary), fingerprint(b.binary));
    QCOMPARE(fingerprint(a.contour), fingerprint(b.contour));
    QCOMPARE(fingerprint(a.shapemarker), fingerprint(b.shapemarker));
    QCOMPARE(fingerprint(a.blurred), fingerprint(b.blurred));
    QCOMPARE(a.nuclei.size(), b.nuclei.size());
    for (std::size_t i = 0; i < a.nuclei.size(); ++i) {
        const SynthNucleus& p = a.nuclei[i];
        const SynthNucleus& q = b.nuclei[i];
        QVERIFY(p.id == q.id && p.cx == q.cx && p.cy == q.cy && p.cz == q.cz && p.ax == q.ax &&
                p.ay == q.ay && p.az == q.az && p.rotation == q.rotation && p.voxels == q.voxels &&
                p.shapeValue == q.shapeValue);
    }
    QCOMPARE(a.shortfall, b.shortfall);
}

} // namespace

class TestSynthDeterminism : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void cleanup() { setThreadCount(0); }

    void sameSeedSameOutputOnAnyThreadCount() {
        setThreadCount(1);
        const SynthResult one = generateSynthetic(settings(42));
        setThreadCount(2);
        const SynthResult two = generateSynthetic(settings(42));
        compareResults(one, two);
        setThreadCount(3);
        compareResults(one, generateSynthetic(settings(42)));
    }

    void sameSeedSameOutputOnASecondRun() {
        const SynthResult first = generateSynthetic(settings(7));
        const SynthResult second = generateSynthetic(settings(7));
        compareResults(first, second);
    }

    void anotherSeedAnotherOutput() {
        const SynthResult a = generateSynthetic(settings(7));
        const SynthResult b = generateSynthetic(settings(8));
        QVERIFY(fingerprint(a.instances) != fingerprint(b.instances));
        QVERIFY(a.nuclei.front().cx != b.nuclei.front().cx);
    }

    // Fingerprints of the exact bits for one setting, recorded on x86-64 Linux (GCC 12, glibc).
    // Every step is plain IEEE arithmetic with sqrt and the standard-defined mt19937_64, so any
    // conforming platform must reproduce them. If this fails after an intended change to the
    // placement or draw order, record the new values and say so in the commit: the same seed then
    // makes a different volume than before.
    void fingerprintIsStable() {
        const SynthResult r = generateSynthetic(settings(2024));
        QCOMPARE(r.nuclei.size(), std::size_t{40});
        QCOMPARE(fingerprint(r.instances), std::uint64_t{6515820507523822555ull});
        QCOMPARE(fingerprint(r.blurred), std::uint64_t{5896874717233159806ull});
    }
};

QTEST_APPLESS_MAIN(TestSynthDeterminism)
#include "TestSynthDeterminism.moc"
