// Each loss term of stage 2 against a value computed by hand, L_contour on tiny masks included.
#include "gan/GanLosses.h"

#include <QtTest>

#include <cmath>

using namespace nuclei3d;

namespace {

// A row of pixels as one slice [1, 1, 1, n].
torch::Tensor row(std::vector<float> values) {
    const auto n = static_cast<std::int64_t>(values.size());
    return torch::tensor(values).reshape({1, 1, 1, n});
}

double value(const torch::Tensor& t) { return t.item<double>(); }

} // namespace

class TestGanLosses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void leastSquaresGan() {
        // ((0.5 - 1)^2 + (1.5 - 1)^2 + (-1 - 1)^2) / 3 = (0.25 + 0.25 + 4) / 3 = 1.5
        QCOMPARE(value(lsganGeneratorLoss(torch::tensor({0.5f, 1.5f, -1.0f}))), 1.5);
        // ((0 + 1) / 2 + (0.25 + 0.25) / 2) / 2 = 0.375
        QCOMPARE(value(lsganDiscriminatorLoss(torch::tensor({1.0f, 0.0f}), torch::tensor({0.5f, -0.5f}))), 0.375);
    }

    void recurrent() {
        // S = 2 slices of 1 x 2 pixels; the "predictor" averages its channels:
        // P(x1, x2) = ([0, 0.2] + [0.4, 0.6]) / 2 = [0.2, 0.4]; |[1, 0] - P| = [0.8, 0.4] -> 0.6.
        const torch::Tensor run = torch::tensor({0.0f, 0.2f, 0.4f, 0.6f, 1.0f, 0.0f}).reshape({3, 1, 1, 2});
        const SliceNet mean = [](const torch::Tensor& x) { return x.mean(1, true); };
        QVERIFY(std::abs(value(recurrentLoss(mean, run)) - 0.6) < 1e-6);
    }

    void recycle() {
        // Gx doubles: P(2 x1, 2 x2) = [0.4, 0.8]; Gy subtracts 0.1: [0.3, 0.7]; |[1, 0] - it| -> 0.7.
        const torch::Tensor run = torch::tensor({0.0f, 0.2f, 0.4f, 0.6f, 1.0f, 0.0f}).reshape({3, 1, 1, 2});
        const SliceNet mean = [](const torch::Tensor& x) { return x.mean(1, true); };
        const SliceNet back = [](const torch::Tensor& x) { return x - 0.1; };
        QVERIFY(std::abs(value(recycleLoss(run * 2.0, mean, back, run)) - 0.7) < 1e-6);
        QVERIFY(std::abs(value(l1Loss(torch::tensor({1.0f, -1.0f}), torch::tensor({0.5f, 0.0f}))) - 0.75) < 1e-7);
    }

    void geometryIgnoresScaleAndOffsetButNotLayout() {
        // A 9 x 9 slice with one bright 5 x 5 square.
        torch::Tensor reference = torch::full({1, 1, 9, 9}, -1.0f);
        reference.slice(2, 2, 7).slice(3, 2, 7).fill_(1.0f);
        const torch::Tensor smooth = torch::avg_pool2d(reference, {5, 5}, {1, 1}, {2, 2}, false, false);
        // Generated = reference: the loss is 1 - corr(5 x 5 average of it, it), computed here by hand.
        const torch::Tensor g = smooth - smooth.mean(), r = reference - reference.mean();
        const double expected = 1.0 - value((g * r).mean() / (g.pow(2).mean() * r.pow(2).mean()).sqrt());
        QVERIFY(expected > 0.01 && expected < 0.5);
        QVERIFY(std::abs(value(geometryLoss(reference, reference)) - expected) < 1e-5);
        // Scale and offset of the generated picture do not matter; inverting it does.
        QVERIFY(std::abs(value(geometryLoss(reference * 0.3 + 0.2, reference)) - expected) < 1e-5);
        QVERIFY(std::abs(value(geometryLoss(-reference, reference)) - (2.0 - expected)) < 1e-5);
        // The square moved to the opposite corner: much worse than in place.
        torch::Tensor moved = torch::full({1, 1, 9, 9}, -1.0f);
        moved.slice(2, 0, 3).slice(3, 0, 3).fill_(1.0f);
        QVERIFY(value(geometryLoss(moved, reference)) > 1.0);
        // A constant side has nothing to correlate: exactly 1, and no NaN.
        QCOMPARE(value(geometryLoss(torch::zeros({1, 1, 9, 9}), reference)), 1.0);
        QCOMPARE(value(geometryLoss(reference, torch::zeros({1, 1, 9, 9}))), 1.0);
        // ... and its gradient is finite (a constant G1 output happens at the start of training).
        const torch::Tensor flat = torch::full({1, 1, 9, 9}, 0.5f).set_requires_grad(true);
        geometryLoss(flat, reference).backward();
        QVERIFY(torch::isfinite(flat.grad()).all().item<bool>());
    }

    void geometryIsBlindToFineTexture() {
        // A checkerboard of +-0.5 added to the picture averages out over 5 x 5 windows (to +-0.02 in
        // the interior), so the loss barely moves, while adding the same pattern coarsely would.
        torch::Tensor reference = torch::full({1, 1, 16, 16}, -1.0f);
        reference.slice(2, 4, 12).slice(3, 4, 12).fill_(1.0f);
        const torch::Tensor index = torch::arange(16);
        const torch::Tensor checker = ((index.view({16, 1}) + index.view({1, 16})) % 2).to(torch::kFloat) - 0.5f;
        const double clean = value(geometryLoss(reference, reference));
        const double textured = value(geometryLoss(reference + checker.view({1, 1, 16, 16}), reference));
        QVERIFY2(std::abs(textured - clean) < 0.01, qPrintable(QString::number(textured - clean)));
    }

    void boundaryDistanceOnTinyMasks() {
        // q = [0 0 1 1 1 0]: inside, the distance to the nearest 0; outside, to the nearest 1.
        const torch::Tensor d = boundaryDistance(row({0, 0, 1, 1, 1, 0}));
        const std::vector<float> expected{2, 1, 1, 2, 1, 1};
        for (std::size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(d[0][0][0][static_cast<std::int64_t>(i)].item<float>(), expected[i]);
        // One class only: no boundary, no weight.
        QCOMPARE(boundaryDistance(row({1, 1, 1})).abs().sum().item<float>(), 0.0f);
        QCOMPARE(boundaryDistance(row({0, 0, 0})).abs().sum().item<float>(), 0.0f);
        // 2D: a single foreground pixel in the centre of 3 x 3: corners are sqrt(2) away.
        const torch::Tensor dot = torch::zeros({1, 1, 3, 3});
        dot[0][0][1][1] = 1.0f;
        const torch::Tensor d2 = boundaryDistance(dot);
        QCOMPARE(d2[0][0][1][1].item<float>(), 1.0f);
        QVERIFY(std::abs(d2[0][0][0][0].item<float>() - std::sqrt(2.0f)) < 1e-6f);
        QCOMPARE(d2[0][0][0][1].item<float>(), 1.0f);
    }

    void contourHandValue() {
        // q = [0 0 1 1 1 0]       DT(q)        = [2 1 1 2 1 1]
        // p = [.6 .1 .8 .9 .3 0]  p > 0.5 = [1 0 1 1 0 0], DT = [1 1 1 1 1 2]
        // weight = DT(q)^2 + DT(p)^2 = [5 2 2 5 2 5]; (p - q)^2 = [.36 .01 .04 .01 .49 0]
        // products [1.8 .02 .08 .05 .98 0], sum 2.93, mean 0.488333, sqrt 0.698808
        const torch::Tensor q = row({0, 0, 1, 1, 1, 0});
        const torch::Tensor p = row({0.6f, 0.1f, 0.8f, 0.9f, 0.3f, 0.0f});
        QVERIFY(std::abs(value(contourLoss(p, q)) - std::sqrt(2.93 / 6.0)) < 1e-5);
        // A perfect prediction costs nothing and still has a finite gradient.
        const torch::Tensor exact = q.clone().set_requires_grad(true);
        const torch::Tensor zero = contourLoss(exact, q);
        QVERIFY(value(zero) < 1e-3);
        zero.backward();
        QVERIFY(torch::isfinite(exact.grad()).all().item<bool>());
    }

    void contourGradientSkipsTheDistanceMaps() {
        // d/dp sqrt(mean((p - q)^2 w)) = (p - q) w / (n sqrt(mean(...))): w is treated as a constant.
        const torch::Tensor q = row({0, 0, 1, 1, 1, 0});
        const torch::Tensor p = row({0.6f, 0.1f, 0.8f, 0.9f, 0.3f, 0.0f}).set_requires_grad(true);
        const torch::Tensor loss = contourLoss(p, q);
        loss.backward();
        const std::vector<double> w{5, 2, 2, 5, 2, 5}, pv{0.6, 0.1, 0.8, 0.9, 0.3, 0.0}, qv{0, 0, 1, 1, 1, 0};
        for (std::size_t i = 0; i < w.size(); ++i) {
            const double expected = (pv[i] - qv[i]) * w[i] / (6.0 * value(loss));
            QVERIFY(std::abs(p.grad()[0][0][0][static_cast<std::int64_t>(i)].item<double>() - expected) < 1e-5);
        }
    }
};

QTEST_APPLESS_MAIN(TestGanLosses)
#include "TestGanLosses.moc"
