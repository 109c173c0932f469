// `nuclei3d-cli bench postprocess|filters|evaluate` run and report on small volumes (the figures
// themselves are measured by hand on big ones and written down in docs/BENCHMARKS.md).
#include "CliRunner.h"

#include <QtTest>

using namespace nuclei3d::test;

class TestCliBench : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void postprocess() {
        const CliResult r = runCli({"bench", "postprocess", "--size", "40", "40", "32"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char* row : {"classical pipeline", "stage 5", "watershed", "h-maxima markers", "contours",
                                "I_label picture", "evaluateInstances", "peak RSS"})
            QVERIFY2(r.out.contains(row), row);
    }
    void filters() {
        const CliResult r = runCli({"bench", "filters", "--size", "40", "40", "32"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("watershed"));
    }
    void evaluate() {
        const CliResult r = runCli({"bench", "evaluate", "--size", "40", "40", "40"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.isEmpty());
    }
    void tooSmall() {
        const CliResult r = runCli({"bench", "postprocess", "--size", "5", "5", "5"});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("at least 20"));
    }
};

QTEST_APPLESS_MAIN(TestCliBench)
#include "TestCliBench.moc"
