// The filter benchmark runs end to end on a small volume and reports every step.
#include "filters/FilterBenchmark.h"
#include "pipeline/Error.h"

#include <QtTest>

using namespace nuclei3d;

class TestFilterBenchmark : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void reportsEveryStep() {
        const std::string table = benchmarkFilters(Shape{64, 56, 40});
        for (const char* step :
             {"Gaussian blur", "Otsu", "distance transform", "h-maxima", "watershed", "remove objects",
              "relabel", "connected components (6)", "connected components (26)", "Canny", "classical chain"})
            QVERIFY2(table.find(step) != std::string::npos, step);
        QVERIFY_THROWS_EXCEPTION(Error, benchmarkFilters(Shape{0, 4, 4}));
    }
    void cancels() {
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, benchmarkFilters(Shape{32, 32, 32}, Progress(nullptr, &token)));
    }
};

QTEST_APPLESS_MAIN(TestFilterBenchmark)
#include "TestFilterBenchmark.moc"
