// parallelFor covers every index once, propagates exceptions, and Progress honours cancel.
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "pipeline/Progress.h"

#include <QtTest>

#include <atomic>
#include <vector>

using namespace nuclei3d;

class TestParallel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void coversEveryIndexOnce_data() {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("count");
        QTest::newRow("1 thread") << 1 << 1000;
        QTest::newRow("2 threads") << 2 << 1000;
        QTest::newRow("7 threads, few items") << 7 << 3;
    }
    void coversEveryIndexOnce() {
        QFETCH(int, threads);
        QFETCH(int, count);
        setThreadCount(threads);
        std::vector<std::atomic<int>> hits(static_cast<std::size_t>(count));
        parallelFor(0, hits.size(), [&](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i)
                hits[i].fetch_add(1);
        });
        for (auto& h : hits)
            QCOMPARE(h.load(), 1);
        setThreadCount(0);
    }
    void rethrowsWorkerException() {
        setThreadCount(2);
        QVERIFY_THROWS_EXCEPTION(Error, parallelFor(0, 100, [](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i)
                if (i == 77)
                    throw Error("boom");
        }));
        setThreadCount(0);
    }
    void progressMapsSubRangesAndCancels() {
        struct Recorder : ProgressSink {
            double last = -1;
            bool update(double f, const std::string&) override { last = f; return true; }
        } sink;
        CancelToken token;
        Progress whole(&sink, &token);
        whole.sub(0.5, 1.0).report(0.5, "half of the second half");
        QCOMPARE(sink.last, 0.75);
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, whole.report(0.9, "x"));
    }
};

QTEST_APPLESS_MAIN(TestParallel)
#include "TestParallel.moc"
