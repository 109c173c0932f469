// Connected-component labelling against a hand-worked case and a brute-force flood fill.
#include "FilterTestSupport.h"

#include "filters/ConnectedComponents.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::test;

Q_DECLARE_METATYPE(nuclei3d::Connectivity)

class TestConnectedComponents : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void diagonalTouchesOnlyWith26() {
        // A voxel at (0,0,0), one at (1,1,1) touching it by a corner, one at (3,0,0) alone.
        Volume<std::uint8_t> mask(Shape{4, 2, 2}, 0);
        mask.at(3, 0, 0) = 1;
        mask.at(0, 0, 0) = 1;
        mask.at(1, 1, 1) = 1;
        const Labelling six = connectedComponents(mask, Connectivity::Six);
        QCOMPARE(six.count, 3u);
        QCOMPARE(six.labels.at(0, 0, 0), 1u); // raster order of first voxels
        QCOMPARE(six.labels.at(3, 0, 0), 2u);
        QCOMPARE(six.labels.at(1, 1, 1), 3u);
        const Labelling full = connectedComponents(mask, Connectivity::TwentySix);
        QCOMPARE(full.count, 2u);
        QCOMPARE(full.labels.at(0, 0, 0), 1u);
        QCOMPARE(full.labels.at(1, 1, 1), 1u);
        QCOMPARE(full.labels.at(3, 0, 0), 2u);
    }
    void uShapeMergesLate() {
        // Two arms that only meet at the far end: provisional labels must be merged, and the
        // component keeps the number of its first voxel.
        Volume<std::uint8_t> mask(Shape{5, 4, 1}, 0);
        for (std::size_t y = 0; y < 4; ++y) {
            mask.at(0, y, 0) = 1;
            mask.at(4, y, 0) = 1;
        }
        for (std::size_t x = 0; x < 5; ++x)
            mask.at(x, 3, 0) = 1;
        mask.at(2, 0, 0) = 1;
        const Labelling l = connectedComponents(mask, Connectivity::Six);
        QCOMPARE(l.count, 2u);
        QCOMPARE(l.labels.at(4, 0, 0), 1u);
        QCOMPARE(l.labels.at(2, 0, 0), 2u);
    }
    void emptyAndFull() {
        QCOMPARE(connectedComponents(Volume<std::uint8_t>(Shape{3, 3, 3}, 0)).count, 0u);
        const Labelling full =
            connectedComponents(Volume<std::uint8_t>(Shape{3, 3, 3}, 7), Connectivity::Six);
        QCOMPARE(full.count, 1u);
        for (auto v : full.labels.storage())
            QCOMPARE(v, 1u);
        QCOMPARE(connectedComponents(Volume<std::uint8_t>()).count, 0u);
    }

    void matchesFloodFill_data() {
        QTest::addColumn<Connectivity>("connectivity");
        QTest::addColumn<double>("fill");
        QTest::addColumn<int>("sx");
        QTest::addColumn<int>("sy");
        QTest::addColumn<int>("sz");
        QTest::addColumn<int>("threads");
        for (Connectivity c : {Connectivity::Six, Connectivity::TwentySix}) {
            const char* name = c == Connectivity::Six ? "6" : "26";
            for (double fill : {0.2, 0.35, 0.5, 0.7}) {
                QTest::addRow("%s, fill %.2f, 23x19x17", name, fill) << c << fill << 23 << 19 << 17 << 2;
                QTest::addRow("%s, fill %.2f, 1 thread", name, fill) << c << fill << 23 << 19 << 17 << 1;
                QTest::addRow("%s, fill %.2f, 5 threads", name, fill) << c << fill << 23 << 19 << 17 << 5;
            }
            QTest::addRow("%s, one slice", name) << c << 0.4 << 40 << 30 << 1 << 2;
            QTest::addRow("%s, one column", name) << c << 0.5 << 1 << 1 << 60 << 3;
            QTest::addRow("%s, thin slabs", name) << c << 0.3 << 9 << 8 << 7 << 7;
        }
    }
    void matchesFloodFill() {
        QFETCH(Connectivity, connectivity);
        QFETCH(double, fill);
        QFETCH(int, sx);
        QFETCH(int, sy);
        QFETCH(int, sz);
        QFETCH(int, threads);
        const Shape shape{static_cast<std::size_t>(sx), static_cast<std::size_t>(sy),
                          static_cast<std::size_t>(sz)};
        const Volume<std::uint8_t> mask =
            randomMask(shape, fill, static_cast<unsigned>(sx * 7 + sz + threads));
        setThreadCount(threads);
        const Labelling result = connectedComponents(mask, connectivity);
        setThreadCount(0);
        const Volume<std::uint32_t> expected = floodFillLabels(mask, connectivity);
        std::uint32_t count = 0;
        for (std::size_t i = 0; i < mask.voxelCount(); ++i) {
            QCOMPARE(result.labels[i], expected[i]); // same partition and same raster-order ids
            count = std::max(count, expected[i]);
        }
        QCOMPARE(result.count, count);
        QCOMPARE(result.labels.spacing(), mask.spacing());
    }
    void cancelThrows() {
        const Volume<std::uint8_t> mask = randomMask(Shape{30, 30, 30}, 0.5, 3);
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 connectedComponents(mask, Connectivity::Six, Progress(nullptr, &token)));
        StopAfter sink(2);
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, connectedComponents(mask, Connectivity::TwentySix, Progress(&sink, nullptr)));
    }
};

QTEST_APPLESS_MAIN(TestConnectedComponents)
#include "TestConnectedComponents.moc"
