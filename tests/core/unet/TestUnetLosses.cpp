// Each loss of stage 3 against a value computed by hand, and the edge map's gradient.
#include "unet/UnetLosses.h"

#include <QtTest>

#include <cmath>

using namespace nuclei3d;

namespace {
torch::Tensor line(std::vector<float> values) {
    const auto n = static_cast<std::int64_t>(values.size());
    return torch::tensor(values).view({1, 1, 1, 1, n});
}
bool near(const torch::Tensor& t, double expected, double tolerance = 1e-5) {
    return std::abs(t.item<double>() - expected) < tolerance;
}
} // namespace

class TestUnetLosses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bce() {
        // logits 0 -> p = 1/2 -> -ln(1/2) each; logit ln 3 -> p = 3/4, target 1 -> -ln(3/4).
        const torch::Tensor logits = line({0.0f, 0.0f, static_cast<float>(std::log(3.0))});
        const torch::Tensor target = line({1.0f, 0.0f, 1.0f});
        QVERIFY(near(bceLoss(logits, target), (2.0 * std::log(2.0) - std::log(0.75)) / 3.0));
    }

    void dice() {
        // sum(p t) = 0.5, sum p = 1.5, sum t = 1: 1 - (1 + 1) / (2.5 + 1) = 3/7.
        QVERIFY(near(diceLoss(line({0.5f, 1.0f, 0.0f}), line({1.0f, 0.0f, 0.0f})), 3.0 / 7.0));
        // Empty prediction of an empty crop scores perfectly.
        QVERIFY(near(diceLoss(line({0.0f, 0.0f}), line({0.0f, 0.0f})), 0.0));
    }

    void edgeMapOfAStep() {
        // Step 0 0 1 1: replicate padding and two-voxel central differences give 0 1 1 0.
        const torch::Tensor edge = edgeMap(line({0.0f, 0.0f, 1.0f, 1.0f}), 0.0);
        const torch::Tensor expected = line({0.0f, 1.0f, 1.0f, 0.0f});
        QVERIFY((edge - expected).abs().max().item<double>() < 1e-3);
    }

    void contourTerm() {
        // E = 0 1 1 0 against contour 0 1 0 0: one error of 1 in four voxels.
        const torch::Tensor loss = contourLoss(line({0.0f, 0.0f, 1.0f, 1.0f}), line({0.0f, 1.0f, 0.0f, 0.0f}), 0.0);
        QVERIFY(near(loss, 0.25, 1e-3));
    }

    void smoothingKeepsConstantsFlat() {
        const torch::Tensor flat = torch::full({1, 1, 6, 5, 7}, 0.3f);
        QVERIFY(edgeMap(flat, 1.5).max().item<double>() < 1e-3);
    }

    void totalsAddTheWeightedTerms() {
        torch::manual_seed(1);
        const torch::Tensor logits = torch::randn({2, 1, 6, 6, 6}, torch::requires_grad());
        const torch::Tensor binary = (torch::rand({2, 1, 6, 6, 6}) > 0.5).to(torch::kFloat);
        const torch::Tensor contour = (torch::rand({2, 1, 6, 6, 6}) > 0.8).to(torch::kFloat);
        LossWeights w;
        w.bce = 2.0;
        w.dice = 0.5;
        w.contour = 3.0;
        w.edgeSigma = 1.0;
        const LossTerms seg = segmentationLoss(logits, binary, contour, w);
        QVERIFY(near(seg.total, 2.0 * seg.main + 0.5 * seg.dice + 3.0 * seg.contour, 1e-4));
        seg.total.backward();
        QVERIFY(logits.grad().abs().sum().item<double>() > 0.0);

        const torch::Tensor shape = torch::rand({2, 1, 6, 6, 6});
        const LossTerms m2 = shapeLoss(logits.detach(), shape, contour, w);
        const double mse = (torch::sigmoid(logits.detach()) - shape).square().mean().item<double>();
        QVERIFY(std::abs(m2.main - mse) < 1e-6);
        QVERIFY(near(m2.total, mse + 3.0 * m2.contour, 1e-4));
    }

    // The contour term's gradient agrees with finite differences (so it really trains E).
    void contourGradientMatchesFiniteDifferences() {
        torch::manual_seed(2);
        const auto options = torch::TensorOptions().dtype(torch::kDouble);
        const torch::Tensor p = torch::rand({1, 1, 4, 5, 6}, options).requires_grad_(true);
        const torch::Tensor contour = (torch::rand({1, 1, 4, 5, 6}, options) > 0.7).to(torch::kDouble);
        contourLoss(p, contour, 0.8).backward();
        const double h = 1e-6;
        for (std::int64_t i : {0, 17, 63, 119}) {
            torch::Tensor plus = p.detach().clone();
            torch::Tensor minus = p.detach().clone();
            plus.view(-1)[i] += h;
            minus.view(-1)[i] -= h;
            const double numeric = (contourLoss(plus, contour, 0.8).item<double>() -
                                    contourLoss(minus, contour, 0.8).item<double>()) / (2 * h);
            QVERIFY(std::abs(numeric - p.grad().view(-1)[i].item<double>()) < 1e-5);
        }
    }
};

QTEST_APPLESS_MAIN(TestUnetLosses)
#include "TestUnetLosses.moc"
