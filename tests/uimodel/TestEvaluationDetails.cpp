// The window's evaluation details against hand-built cases: every verdict (true positive, false
// positive, false negative, merge, split) lands on the right nucleus and voxels, the counts agree
// with the core's evaluateInstances, centroids are right, the tables show it, and bad input fails
// with the core's message.
#include "model/EvaluationDetails.h"
#include "model/EvaluationScoreModel.h"
#include "model/NucleusVerdictModel.h"
#include "pipeline/Error.h"

#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;

namespace {
void box(Volume<std::uint32_t>& v, std::uint32_t id, std::size_t x0, std::size_t y0, std::size_t z0,
         std::size_t nx, std::size_t ny, std::size_t nz) {
    for (std::size_t z = z0; z < z0 + nz; ++z)
        for (std::size_t y = y0; y < y0 + ny; ++y)
            for (std::size_t x = x0; x < x0 + nx; ++x)
                v.at(x, y, z) = id;
}

const NucleusVerdict* find(const EvaluationDetails& d, bool predicted, std::uint32_t id) {
    for (const NucleusVerdict& v : d.nuclei)
        if (v.predicted == predicted && v.id == id)
            return &v;
    return nullptr;
}
} // namespace

class TestEvaluationDetails : public QObject {
    Q_OBJECT
    Volume<std::uint32_t> m_gt{Shape{40, 12, 6}, 0u};
    Volume<std::uint32_t> m_pred{Shape{40, 12, 6}, 0u};

  private Q_SLOTS:
    void initTestCase() {
        box(m_gt, 1, 0, 0, 0, 4, 4, 4);   // A: found exactly
        box(m_gt, 2, 6, 0, 0, 4, 4, 4);   // B and C: merged into one prediction
        box(m_gt, 3, 10, 0, 0, 4, 4, 4);
        box(m_gt, 4, 16, 0, 0, 4, 4, 4);  // D: split into two small predictions
        box(m_gt, 5, 30, 0, 0, 4, 4, 4);  // E: missed
        box(m_pred, 10, 0, 0, 0, 4, 4, 4);
        box(m_pred, 11, 6, 0, 0, 8, 4, 4);
        box(m_pred, 13, 16, 0, 0, 2, 3, 4); // 24 voxels of D's 64: below the 50 % rule
        box(m_pred, 14, 18, 0, 0, 2, 3, 4);
        box(m_pred, 12, 24, 6, 0, 3, 3, 3); // where nothing is
    }
    void everyVerdictIsRight() {
        const EvaluationDetails d = evaluateInDetail(m_pred, m_gt, EvaluationOptions{0});
        const EvaluationResult core = evaluateInstances(m_pred, m_gt, EvaluationOptions{0});
        QCOMPARE(d.summary.paper.tp, core.paper.tp);
        QCOMPARE(d.summary.paper.tp, std::size_t{2});
        QCOMPARE(d.summary.paper.fp, std::size_t{3});
        QCOMPARE(d.summary.paper.fn, std::size_t{3});
        QCOMPARE(d.summary.merges, std::size_t{1});
        QCOMPARE(d.summary.splits, std::size_t{1});

        QCOMPARE(find(d, true, 10)->status, NucleusStatus::TruePositive);
        QCOMPARE(find(d, true, 10)->matchedId, 1u);
        QCOMPARE(find(d, true, 10)->coverage, 1.0);
        QCOMPARE(find(d, true, 11)->status, NucleusStatus::Merge);
        QCOMPARE(find(d, true, 12)->status, NucleusStatus::FalsePositive);
        QCOMPARE(find(d, true, 13)->status, NucleusStatus::FalsePositive);
        QCOMPARE(find(d, false, 4)->status, NucleusStatus::Split);
        QCOMPARE(find(d, false, 5)->status, NucleusStatus::FalseNegative);
        QVERIFY(!find(d, false, 1)); // a found nucleus is listed once, as its prediction
        // Predicted nuclei (5) plus the ground-truth ones that need a row: one of B/C, D and E.
        QCOMPARE(d.nuclei.size(), std::size_t{8});

        const NucleusVerdict* e = find(d, false, 5);
        QCOMPARE(e->voxels, std::uint64_t{64});
        QCOMPARE(e->x, 31.5);
        QCOMPARE(e->y, 1.5);
        QCOMPARE(e->z, 1.5);

        QCOMPARE(d.verdicts.shape(), m_pred.shape());
        QCOMPARE(d.verdicts.at(1, 1, 1), std::uint32_t(NucleusStatus::TruePositive));
        QCOMPARE(d.verdicts.at(12, 1, 1), std::uint32_t(NucleusStatus::Merge));
        QCOMPARE(d.verdicts.at(25, 7, 1), std::uint32_t(NucleusStatus::FalsePositive));
        QCOMPARE(d.verdicts.at(31, 1, 1), std::uint32_t(NucleusStatus::FalseNegative));
        QCOMPARE(d.verdicts.at(19, 3, 1), std::uint32_t(NucleusStatus::Split)); // D outside 13 and 14
        QCOMPARE(d.verdicts.at(17, 1, 1), std::uint32_t(NucleusStatus::FalsePositive));
        QCOMPARE(d.verdicts.at(39, 11, 5), 0u);
    }
    void sizeFilterRemovesSmallObjects() {
        // 27 and 24 voxels are below 30: objects 12, 13 and 14 go, and so does their verdict.
        const EvaluationDetails d = evaluateInDetail(m_pred, m_gt, EvaluationOptions{30});
        QVERIFY(!find(d, true, 12));
        QCOMPARE(d.verdicts.at(25, 7, 1), 0u);
        QCOMPARE(d.summary.paper.fp, std::size_t{0});
        QCOMPARE(find(d, false, 4)->status, NucleusStatus::FalseNegative);
    }
    void tablesShowTheResult() {
        const EvaluationDetails d = evaluateInDetail(m_pred, m_gt, EvaluationOptions{0});
        EvaluationScoreModel scores;
        QCOMPARE(scores.rowCount(), 0);
        scores.setResult(d.summary);
        QCOMPARE(scores.rowCount(), 11); // the publication's rule and IoU 0.50 .. 0.95
        QCOMPARE(scores.index(0, EvaluationScoreModel::Tp).data().toULongLong(), 2ull);
        QCOMPARE(scores.index(0, EvaluationScoreModel::Precision).data(Qt::UserRole).toDouble(), 0.4);
        QCOMPARE(scores.index(0, EvaluationScoreModel::Precision).data().toString(), QString("0.400"));
        QVERIFY(scores.headerData(1, Qt::Vertical, Qt::DisplayRole).toString().contains("0.50"));
        NucleusVerdictModel nuclei;
        nuclei.setVerdicts(d.nuclei);
        QCOMPARE(nuclei.rowCount(), 8);
        QCOMPARE(nuclei.index(0, NucleusVerdictModel::Id).data().toUInt(), 10u);
        QCOMPARE(nuclei.index(0, NucleusVerdictModel::Status).data().toString(), QString("true positive"));
        QCOMPARE(nuclei.index(0, NucleusVerdictModel::Status).data(NucleusVerdictModel::ColourRole).toUInt(),
                 nucleusStatusColour(NucleusStatus::TruePositive));
    }
    void badInputFailsClearly() {
        const Volume<std::uint32_t> other(Shape{5, 5, 5}, 0u);
        QVERIFY_THROWS_EXCEPTION(Error, evaluateInDetail(other, m_gt, EvaluationOptions{0}));
        QVERIFY_THROWS_EXCEPTION(Error, evaluateInDetail(Volume<std::uint32_t>(m_gt.shape(), 0u), m_gt,
                                                         EvaluationOptions{0}));
    }
    void cancels() {
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, evaluateInDetail(m_pred, m_gt, EvaluationOptions{0}, Progress(nullptr, &token)));
    }
};

QTEST_GUILESS_MAIN(TestEvaluationDetails)
#include "TestEvaluationDetails.moc"
