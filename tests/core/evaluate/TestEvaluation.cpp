// Stage 6 scores on hand-built label pairs whose TP/FP/FN, merges and splits are known by hand,
// including the tie order of the greedy matching, the size filter, and bad input.
#include "LabelVolumes.h"

#include "evaluate/Evaluation.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <QtTest>

#include <string>
#include <utility>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

const Shape kShape{40, 20, 4};

// Three 10 x 10 x 4 boxes (400 voxels) side by side: ids 1, 2, 3.
Labels threeBoxes() {
    Labels v(kShape);
    fillBox(v, 0, 10, 0, 10, 0, 4, 1);
    fillBox(v, 12, 22, 0, 10, 0, 4, 2);
    fillBox(v, 24, 34, 0, 10, 0, 4, 3);
    return v;
}

// Returns (prediction, ground truth) of a named case.
std::pair<Labels, Labels> makeCase(const QString& name) {
    const Labels gt = threeBoxes();
    if (name == "identical")
        return {gt, gt};
    if (name == "missed and extra") {
        Labels pred = gt;
        fillBox(pred, 24, 34, 0, 10, 0, 4, 0);
        fillBox(pred, 0, 10, 12, 20, 0, 4, 7);
        return {pred, gt};
    }
    if (name == "merge") {
        Labels pred(kShape);
        fillBox(pred, 0, 22, 0, 10, 0, 4, 5);
        fillBox(pred, 24, 34, 0, 10, 0, 4, 9);
        return {pred, gt};
    }
    if (name == "split") {
        Labels pred(kShape);
        fillBox(pred, 0, 5, 0, 10, 0, 4, 1);
        fillBox(pred, 5, 10, 0, 10, 0, 4, 2);
        fillBox(pred, 12, 22, 0, 10, 0, 4, 3);
        fillBox(pred, 24, 34, 0, 10, 0, 4, 4);
        return {pred, gt};
    }
    if (name == "shift: coverage 0.6, IoU 0.43")
        return {shifted(gt, 4, 0, 0), gt};
    if (name == "IoU exactly 0.6") {
        Labels g(kShape), p(kShape);
        fillBox(g, 0, 20, 0, 4, 0, 4, 1); // 320 voxels
        fillBox(p, 5, 25, 0, 4, 0, 4, 1); // intersection 240, union 400
        return {p, g};
    }
    if (name == "tie: pred id decides (P first)")
        return tieCase(kShape, 1, 2, 1, 2, true);
    if (name == "tie: pred id decides (Q first)")
        return tieCase(kShape, 1, 2, 2, 1, true);
    if (name == "tie: gt id decides (left first)")
        return tieCase(kShape, 1, 2, 1, 2, false);
    if (name == "tie: gt id decides (right first)")
        return tieCase(kShape, 2, 1, 1, 2, false);
    if (name.startsWith("small objects")) {
        Labels g(kShape), p(kShape);
        fillBox(g, 0, 10, 0, 10, 0, 4, 1);
        fillBox(p, 0, 10, 0, 10, 0, 4, 1);
        fillBox(g, 12, 19, 0, 7, 0, 1, 9);  // 49 voxels
        fillBox(p, 12, 19, 0, 7, 0, 1, 8);  // 49 voxels on it
        fillBox(g, 24, 34, 0, 5, 0, 1, 4);  // 50 voxels, kept
        fillBox(p, 0, 10, 12, 17, 0, 1, 4); // 50 voxels, kept, matches nothing
        return {p, g};
    }
    qFatal("unknown case");
    return {};
}

} // namespace

class TestEvaluation : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void knownCounts_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("minSize");
        QTest::addColumn<QList<int>>("paper"); // tp, fp, fn
        QTest::addColumn<QList<int>>("iou50"); // tp, fp, fn
        QTest::addColumn<QList<int>>("tpAt");  // tp at IoU 0.55, 0.60, 0.65, 0.95
        QTest::addColumn<int>("merges");
        QTest::addColumn<int>("splits");
        const auto row = [](const char* name, int minSize, QList<int> paper, QList<int> iou50,
                            QList<int> tpAt, int merges, int splits) {
            QTest::newRow(name) << QString(name) << minSize << paper << iou50 << tpAt << merges << splits;
        };
        row("identical", 50, {3, 0, 0}, {3, 0, 0}, {3, 3, 3, 3}, 0, 0);
        row("missed and extra", 50, {2, 1, 1}, {2, 1, 1}, {2, 2, 2, 2}, 0, 0);
        // One prediction over gt 1 and 2 (coverage 1 each, IoU 400/880): one of them is matched.
        row("merge", 50, {2, 0, 1}, {1, 1, 2}, {1, 1, 1, 1}, 1, 0);
        // gt 1 cut in halves: coverage 0.5 and IoU exactly 0.5 for each half.
        row("split", 50, {3, 1, 0}, {3, 1, 0}, {2, 2, 2, 2}, 0, 1);
        row("shift: coverage 0.6, IoU 0.43", 50, {3, 0, 0}, {0, 3, 3}, {0, 0, 0, 0}, 0, 0);
        row("IoU exactly 0.6", 50, {1, 0, 0}, {1, 0, 0}, {1, 1, 0, 0}, 0, 0);
        // Candidates (P,left) (P,right) (Q,left): P takes left, Q finds left taken.
        row("tie: pred id decides (P first)", 50, {1, 1, 1}, {1, 1, 1}, {0, 0, 0, 0}, 1, 1);
        // Same shapes, ids swapped: (Q,left) comes first, then P takes right.
        row("tie: pred id decides (Q first)", 50, {2, 0, 0}, {1, 1, 1}, {0, 0, 0, 0}, 1, 1);
        // Q over the right box: (P,left) (P,right) (Q,right): two matches.
        row("tie: gt id decides (left first)", 50, {2, 0, 0}, {1, 1, 1}, {0, 0, 0, 0}, 1, 1);
        // gt ids swapped: (P,right) comes first and Q is left without a partner.
        row("tie: gt id decides (right first)", 50, {1, 1, 1}, {1, 1, 1}, {0, 0, 0, 0}, 1, 1);
        row("small objects, min size 50", 50, {1, 1, 1}, {1, 1, 1}, {1, 1, 1, 1}, 0, 0);
        row("small objects, min size 0", 0, {2, 1, 1}, {2, 1, 1}, {2, 2, 2, 2}, 0, 0);
    }
    void knownCounts() {
        QFETCH(QString, name);
        QFETCH(int, minSize);
        QFETCH(QList<int>, paper);
        QFETCH(QList<int>, iou50);
        QFETCH(QList<int>, tpAt);
        QFETCH(int, merges);
        QFETCH(int, splits);
        const auto [pred, gt] = makeCase(name);
        EvaluationOptions options;
        options.minSize = static_cast<std::uint64_t>(minSize);
        const EvaluationResult r = evaluateInstances(pred, gt, options);
        QCOMPARE(QList<int>({int(r.paper.tp), int(r.paper.fp), int(r.paper.fn)}), paper);
        const IouScore* at50 = r.atIouPercent(50);
        QVERIFY(at50);
        QCOMPARE(QList<int>({int(at50->score.tp), int(at50->score.fp), int(at50->score.fn)}), iou50);
        QList<int> tps;
        for (int percent : {55, 60, 65, 95})
            tps << int(r.atIouPercent(percent)->score.tp);
        QCOMPARE(tps, tpAt);
        QCOMPARE(int(r.merges), merges);
        QCOMPARE(int(r.splits), splits);
        // FP and FN always complete the object counts.
        for (const IouScore& s : r.iou) {
            QCOMPARE(s.score.tp + s.score.fp, r.predObjects);
            QCOMPARE(s.score.tp + s.score.fn, r.gtObjects);
        }
    }

    void ratesFollowCounts() {
        // missed and extra: 2 matches of 3 predicted and 3 true objects.
        const auto [pred, gt] = makeCase("missed and extra");
        const EvaluationResult r = evaluateInstances(pred, gt);
        QCOMPARE(r.paper.precision, 2.0 / 3.0);
        QCOMPARE(r.paper.recall, 2.0 / 3.0);
        QCOMPARE(r.paper.f1, 2.0 * (2.0 / 3.0) * (2.0 / 3.0) / (4.0 / 3.0));
        QCOMPARE(r.atIouPercent(50)->averagePrecision, 2.0 / 4.0);
        QCOMPARE(int(r.iou.size()), 10);
        QCOMPARE(r.iou.front().threshold, 0.5);
        QCOMPARE(r.iou.back().threshold, 0.95);
    }

    void noMatchGivesZeroRates() {
        const auto [pred, gt] = makeCase("shift: coverage 0.6, IoU 0.43");
        const IouScore* s = evaluateInstances(pred, gt).atIouPercent(50);
        QCOMPARE(s->score.precision, 0.0);
        QCOMPARE(s->score.recall, 0.0);
        QCOMPARE(s->score.f1, 0.0);
        QCOMPARE(s->averagePrecision, 0.0);
    }

    void smallObjectsAreCounted() {
        const auto [pred, gt] = makeCase("small objects, min size 50");
        const EvaluationResult r = evaluateInstances(pred, gt);
        QCOMPARE(int(r.predObjects), 2);
        QCOMPARE(int(r.gtObjects), 2);
        QCOMPARE(int(r.predRemovedSmall), 1);
        QCOMPARE(int(r.gtRemovedSmall), 1);
        QCOMPARE(int(r.minSize), 50);
    }

    void anEmptyPredictionCanScoreZero() {
        EvaluationOptions options;
        options.scoreEmptyPrediction = true;
        const EvaluationResult r = evaluateInstances(Labels(kShape), threeBoxes(), options);
        QCOMPARE(int(r.predObjects), 0);
        QCOMPARE(int(r.paper.tp), 0);
        QCOMPARE(int(r.paper.fp), 0);
        QCOMPARE(int(r.paper.fn), int(r.gtObjects));
        QVERIFY(r.gtObjects > 0);
        QCOMPARE(r.paper.f1, 0.0);
        QCOMPARE(int(r.iou.size()), 10);
        QCOMPARE(r.iou.front().score.f1, 0.0);
        QCOMPARE(int(r.merges), 0);
        QCOMPARE(int(r.splits), 0);
    }

    void badInputIsAClearError_data() {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shapes differ") << "shapes"
                                       << "40 x 20 x 4 (x, y, z) voxels but the ground truth is 40 x 20 x 5";
        QTest::newRow("no voxels") << "empty"
                                   << "no voxels";
        QTest::newRow("prediction all background") << "pred background"
                                                   << "the prediction has no objects";
        QTest::newRow("ground truth all small")
            << "gt small"
            << "the ground truth has no objects of at least 50 voxels (1 smaller ones were removed)";
    }
    void badInputIsAClearError() {
        QFETCH(QString, which);
        QFETCH(QString, expected);
        Labels pred = threeBoxes(), gt = threeBoxes();
        if (which == "shapes")
            gt = Labels(Shape{40, 20, 5});
        if (which == "empty")
            pred = gt = Labels(Shape{0, 20, 4});
        if (which == "pred background")
            pred = Labels(kShape);
        if (which == "gt small") {
            gt = Labels(kShape);
            fillBox(gt, 0, 7, 0, 7, 0, 1, 3);
        }
        try {
            evaluateInstances(pred, gt);
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find(expected.toStdString()) != std::string::npos, e.what());
        }
    }

    void sameResultOnAnyThreadCount() {
        std::mt19937 rng(7);
        const Labels gt = randomBalls({64, 48, 40}, 60, 3, 7, rng);
        const Labels pred = perturbed(shifted(gt, 1, 0, 1), 0.05, rng);
        setThreadCount(1);
        const std::string one = evaluateInstances(pred, gt).toJson();
        for (int threads : {2, 3, 8}) {
            setThreadCount(threads);
            QCOMPARE(evaluateInstances(pred, gt).toJson(), one);
        }
        setThreadCount(0);
    }
};

QTEST_APPLESS_MAIN(TestEvaluation)
#include "TestEvaluation.moc"
