// The U-Net's output shapes and gradients, and the oneDNN transposed convolution against
// torch::conv_transpose3d.
#include "pipeline/Parallel.h"
#include "unet/FastConv.h"
#include "unet/TorchThreads.h"
#include "unet/UNet3d.h"

#include <QtTest>

using namespace nuclei3d;

class TestUNetNetwork : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        setThreadCount(1);
        applyTorchThreads();
    }

    void outputShape_data() {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("batch");
        QTest::newRow("depth 1") << 1 << 4 << 1;
        QTest::newRow("depth 3") << 3 << 4 << 2;
        QTest::newRow("depth 4") << 4 << 2 << 1;
    }
    void outputShape() {
        QFETCH(int, depth);
        QFETCH(int, base);
        QFETCH(int, batch);
        UNetConfig config;
        config.depth = depth;
        config.baseFilters = base;
        UNet3d net(config);
        const torch::Tensor x = torch::rand({batch, 1, 16, 8, 24});
        const torch::Tensor y = net->forward(x);
        QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{batch, 1, 16, 8, 24}));
    }

    void gradientsReachEveryParameter() {
        torch::manual_seed(3);
        UNetConfig config;
        config.depth = 3;
        config.baseFilters = 4;
        UNet3d net(config);
        const torch::Tensor x = torch::rand({2, 1, 8, 8, 8});
        net->forward(x).square().mean().backward();
        for (const auto& p : net->named_parameters()) {
            QVERIFY2(p.value().grad().defined(), p.key().c_str());
            QVERIFY2(p.value().grad().abs().sum().item<double>() > 0.0, p.key().c_str());
        }
    }

    // The input gradient through the whole network matches finite differences (double precision
    // takes the ordinary ops, float the oneDNN ones; the two must agree in value).
    void fastAndReferencePathsAgree() {
        torch::manual_seed(5);
        UNetConfig config;
        config.depth = 2;
        config.baseFilters = 3;
        UNet3d net(config);
        net->eval();
        const torch::Tensor x = torch::rand({1, 1, 8, 8, 8});
        const torch::Tensor fast = net->forward(x);
        net->to(torch::kDouble);
        const torch::Tensor reference = net->forward(x.to(torch::kDouble));
        QVERIFY((fast.to(torch::kDouble) - reference).abs().max().item<double>() < 1e-4);
    }

    void upConvEqualsTransposedConvolution_data() {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("cin");
        QTest::addColumn<int>("cout");
        QTest::addColumn<bool>("withBias");
        QTest::newRow("1x8->4") << 1 << 8 << 4 << true;
        QTest::newRow("2x3->5") << 2 << 3 << 5 << true;
        QTest::newRow("no bias") << 1 << 4 << 2 << false;
    }
    void upConvEqualsTransposedConvolution() {
        QFETCH(int, batch);
        QFETCH(int, cin);
        QFETCH(int, cout);
        QFETCH(bool, withBias);
        torch::manual_seed(7);
        const torch::Tensor x = torch::randn({batch, cin, 3, 5, 4}, torch::requires_grad());
        const torch::Tensor w = torch::randn({cin, cout, 2, 2, 2}, torch::requires_grad());
        const torch::Tensor b = withBias ? torch::randn({cout}, torch::requires_grad()) : torch::Tensor();
        const torch::Tensor fast = upConv2Fast(x, w, b);
        const torch::Tensor reference = torch::conv_transpose3d(x, w, b, 2);
        QCOMPARE(fast.sizes().vec(), reference.sizes().vec());
        QVERIFY((fast - reference).abs().max().item<double>() < 1e-5);
        // Same gradients too, so training through it is training the transposed convolution.
        const torch::Tensor g = torch::randn(reference.sizes());
        const auto fastGrads = torch::autograd::grad({fast}, {x, w}, {g});
        const auto refGrads = torch::autograd::grad({reference}, {x, w}, {g});
        for (std::size_t i = 0; i < fastGrads.size(); ++i)
            QVERIFY((fastGrads[i] - refGrads[i]).abs().max().item<double>() < 1e-4);
    }

    // In eval mode the block folds BatchNorm into the convolution; it must equal the two steps.
    void foldedBatchNormEqualsConvThenNorm() {
        torch::manual_seed(13);
        ConvBlock block(2, 5);
        {
            torch::NoGradGuard noGrad;
            for (auto& b : block->named_buffers())
                if (b.key().find("running_") != std::string::npos)
                    b.value().uniform_(0.5, 1.5);
            for (auto& p : block->named_parameters())
                p.value().uniform_(-0.5, 0.5);
        }
        block->eval();
        const torch::Tensor x = torch::randn({1, 2, 6, 7, 8});
        auto p = block->named_parameters();
        auto b = block->named_buffers();
        auto reference = [&](const torch::Tensor& in, const std::string& c, const std::string& n) {
            const torch::Tensor y = torch::conv3d(in, p[c + ".weight"], p[c + ".bias"], 1, 1);
            return torch::relu(torch::batch_norm(y, p[n + ".weight"], p[n + ".bias"], b[n + ".running_mean"],
                                                 b[n + ".running_var"], false, 0.1, 1e-5, false));
        };
        torch::NoGradGuard noGrad;
        const torch::Tensor expected = reference(reference(x, "conv1", "norm1"), "conv2", "norm2");
        QVERIFY((block->forward(x) - expected).abs().max().item<double>() < 1e-4);
    }

    void convEqualsTorchConvolution() {
        torch::manual_seed(9);
        const torch::Tensor x = torch::randn({1, 1, 12, 10, 8});
        const torch::Tensor w = torch::randn({6, 1, 3, 3, 3});
        const torch::Tensor b = torch::randn({6});
        const torch::Tensor fast = conv3dFast(x, w, b, 1);
        const torch::Tensor reference = torch::conv3d(x.to(torch::kDouble), w.to(torch::kDouble), b.to(torch::kDouble), 1, 1);
        QVERIFY((fast.to(torch::kDouble) - reference).abs().max().item<double>() < 1e-4);
    }
};

QTEST_APPLESS_MAIN(TestUNetNetwork)
#include "TestUNetNetwork.moc"
