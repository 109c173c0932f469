// benchmarkSynthesis (behind `nuclei3d-cli bench synth`): one line naming the size, the nuclei
// placed and the phase times; cancel from the caller's progress stops it.
#include "pipeline/Error.h"
#include "pipeline/Progress.h"
#include "synth/SynthBenchmark.h"

#include <QtTest>

using namespace nuclei3d;

class TestSynthBenchmark : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reportsOneLine() {
        const std::string line = benchmarkSynthesis(Shape{48, 40, 24}, 12);
        QVERIFY2(line.rfind("synth 48x40x24: 12 of 12 nuclei placed", 0) == 0, line.c_str());
        for (const char* part : {"placement ", "maps ", "blur ", " s on "})
            QVERIFY2(line.find(part) != std::string::npos, line.c_str());
        QVERIFY(line.find('\n') == std::string::npos);
    }

    void honoursCancel() {
        struct Stopper : ProgressSink {
            bool update(double, const std::string&) override { return false; }
        } sink;
        QVERIFY_THROWS_EXCEPTION(Cancelled, benchmarkSynthesis(Shape{32, 32, 32}, 10, Progress(&sink, nullptr)));
    }
};

QTEST_APPLESS_MAIN(TestSynthBenchmark)
#include "TestSynthBenchmark.moc"
