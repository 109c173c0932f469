// Object sizes, the size filter and consecutive relabelling on hand-worked and random labels.
#include "FilterTestSupport.h"

#include "filters/LabelUtilities.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <QtTest>

#include <map>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

Volume<std::uint32_t> fromList(std::initializer_list<std::uint32_t> ids) {
    Volume<std::uint32_t> v(Shape{ids.size(), 1, 1}, 0);
    std::size_t i = 0;
    for (std::uint32_t id : ids)
        v[i++] = id;
    return v;
}

Volume<std::uint32_t> randomLabels(Shape shape, std::uint32_t largest, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::uint32_t> id(0, largest);
    Volume<std::uint32_t> v(shape, 0);
    for (auto& x : v.storage())
        x = id(rng) % 3 == 0 ? 0 : id(rng); // plenty of background
    return v;
}

} // namespace

class TestLabelUtilities : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void sizesByHand() {
        const auto labels = fromList({0, 3, 3, 1, 0, 3, 0});
        const std::vector<std::uint64_t> sizes = objectSizes(labels);
        QCOMPARE(sizes, (std::vector<std::uint64_t>{3, 1, 0, 3}));
        QCOMPARE(maxLabel(labels), 3u);
        QCOMPARE(maxLabel(Volume<std::uint32_t>()), 0u);
    }
    void removesOnlyObjectsBelowTheMinimum() {
        // Sizes 1, 2, 3: with minVoxels 2, only the single voxel goes (skimage keeps size == min).
        auto labels = fromList({5, 0, 7, 7, 0, 9, 9, 9});
        QCOMPARE(removeSmallObjects(labels, 2), 1u);
        QCOMPARE(labels.storage(), fromList({0, 0, 7, 7, 0, 9, 9, 9}).storage());
        QCOMPARE(removeSmallObjects(labels, 0), 0u);
        QCOMPARE(removeSmallObjects(labels, 4), 2u);
        for (auto v : labels.storage())
            QCOMPARE(v, 0u);
    }
    void relabelsInRasterOrder() {
        auto labels = fromList({0, 7, 7, 3, 0, 100, 3, 7});
        QCOMPARE(relabelConsecutive(labels), 3u);
        QCOMPARE(labels.storage(), fromList({0, 1, 1, 2, 0, 3, 2, 1}).storage());
        QCOMPARE(relabelConsecutive(labels), 3u); // already consecutive: unchanged
        QCOMPARE(labels.storage(), fromList({0, 1, 1, 2, 0, 3, 2, 1}).storage());
    }
    void sparseIds() {
        auto labels = fromList({4000000000u, 0, 12, 4000000000u, 70000, 70000});
        QVERIFY_THROWS_EXCEPTION(Error, objectSizes(labels));
        QCOMPARE(removeSmallObjects(labels, 2), 1u);
        QCOMPARE(labels.storage(), fromList({4000000000u, 0, 0, 4000000000u, 70000, 70000}).storage());
        QCOMPARE(relabelConsecutive(labels), 2u);
        QCOMPARE(labels.storage(), fromList({1, 0, 0, 1, 2, 2}).storage());
    }

    void matchReferences_data() {
        QTest::addColumn<int>("largest");
        QTest::addColumn<int>("threads");
        QTest::newRow("few ids, 1 thread") << 5 << 1;
        QTest::newRow("few ids, 2 threads") << 5 << 2;
        QTest::newRow("many ids, 3 threads") << 5000 << 3;
    }
    void matchReferences() {
        QFETCH(int, largest);
        QFETCH(int, threads);
        setThreadCount(threads);
        const Shape shape{70, 60, 50};
        const Volume<std::uint32_t> labels = randomLabels(shape, static_cast<std::uint32_t>(largest), 11);
        std::map<std::uint32_t, std::uint64_t> counts; // reference sizes
        for (auto v : labels.storage())
            ++counts[v];
        const std::vector<std::uint64_t> sizes = objectSizes(labels);
        for (std::size_t id = 0; id < sizes.size(); ++id)
            QCOMPARE(sizes[id], counts.count(static_cast<std::uint32_t>(id))
                                    ? counts[static_cast<std::uint32_t>(id)]
                                    : 0u);

        const std::uint64_t minVoxels = counts.size() > 10 ? 25 : counts.begin()->second;
        Volume<std::uint32_t> filtered = labels;
        removeSmallObjects(filtered, minVoxels);
        for (std::size_t i = 0; i < labels.voxelCount(); ++i)
            QCOMPARE(filtered[i], labels[i] != 0 && counts[labels[i]] >= minVoxels ? labels[i] : 0u);

        Volume<std::uint32_t> relabelled = labels;
        const std::uint32_t n = relabelConsecutive(relabelled);
        std::map<std::uint32_t, std::uint32_t> seen; // reference numbering by first appearance
        for (std::size_t i = 0; i < labels.voxelCount(); ++i) {
            if (labels[i] == 0) {
                QCOMPARE(relabelled[i], 0u);
                continue;
            }
            auto it = seen.find(labels[i]);
            if (it == seen.end())
                it = seen.emplace(labels[i], static_cast<std::uint32_t>(seen.size() + 1)).first;
            QCOMPARE(relabelled[i], it->second);
        }
        QCOMPARE(n, static_cast<std::uint32_t>(seen.size()));
        setThreadCount(0);
    }
    void cancelThrows() {
        const Volume<std::uint32_t> labels = randomLabels(Shape{64, 64, 64}, 50, 2);
        CancelToken token;
        token.cancel();
        Volume<std::uint32_t> a = labels, b = labels;
        QVERIFY_THROWS_EXCEPTION(Cancelled, removeSmallObjects(a, 1000000, Progress(nullptr, &token)));
        QVERIFY_THROWS_EXCEPTION(Cancelled, relabelConsecutive(b, Progress(nullptr, &token)));
    }
};

QTEST_APPLESS_MAIN(TestLabelUtilities)
#include "TestLabelUtilities.moc"
