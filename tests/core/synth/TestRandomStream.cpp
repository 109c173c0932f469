// RandomStream: the engine is the standard's mt19937_64, uniform() is exactly (raw >> 11) * 2^-53
// in [0, 1), and below(n) stays in range, reaches every value and is not visibly biased.
#include "synth/RandomStream.h"

#include <QtTest>

#include <vector>

using namespace nuclei3d;

class TestRandomStream : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void engineIsTheStandardMersenneTwister() {
        // [rand.predef]: the 10000th output of a default-seeded (5489) mt19937_64.
        RandomStream r(5489);
        for (int i = 0; i < 9999; ++i)
            r.raw();
        QCOMPARE(r.raw(), std::uint64_t{9981545732273789042ull});
    }

    void uniformIsTheTop53BitsScaled() {
        RandomStream a(99), b(99);
        for (int i = 0; i < 10000; ++i) {
            const double u = a.uniform();
            QCOMPARE(u, static_cast<double>(b.raw() >> 11) / 9007199254740992.0);
            QVERIFY(u >= 0.0 && u < 1.0);
        }
    }

    void belowStaysInRangeAndIsUnbiased_data() {
        QTest::addColumn<quint64>("n");
        QTest::newRow("1") << quint64(1);
        QTest::newRow("2") << quint64(2);
        QTest::newRow("5") << quint64(5);
        QTest::newRow("7") << quint64(7);
        QTest::newRow("2^63 + 1 (half of all draws redrawn)") << (quint64(1) << 63) + 1;
    }
    void belowStaysInRangeAndIsUnbiased() {
        QFETCH(quint64, n);
        RandomStream r(3);
        const int draws = 70000;
        if (n > 64) {
            // Values >= 2^63 + 1 are rare but legal; the low half must get about half the draws.
            int low = 0;
            for (int i = 0; i < draws; ++i) {
                const std::uint64_t v = r.below(n);
                QVERIFY(v < n);
                low += v < n / 2 ? 1 : 0;
            }
            QVERIFY(std::abs(low - draws / 2) < 1000);
            return;
        }
        std::vector<int> counts(n, 0);
        for (int i = 0; i < draws; ++i) {
            const std::uint64_t v = r.below(n);
            QVERIFY(v < n);
            ++counts[v];
        }
        const double expected = double(draws) / double(n);
        for (int c : counts)
            QVERIFY2(std::abs(c - expected) < 6 * std::sqrt(expected), qPrintable(QString::number(c)));
    }
};

QTEST_APPLESS_MAIN(TestRandomStream)
#include "TestRandomStream.moc"
