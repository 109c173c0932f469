// The check of an archive's TorchScript class declarations (core/unet/ModuleCodeCheck.h): what
// torch::serialize writes for model files, checkpoints and GAN files passes; the fuzzer's crashing
// declaration and anything outside the declarative subset is refused with the line.
#include "unet/ModuleCodeCheck.h"

#include <QtTest>

#include <string>

using namespace nuclei3d;

namespace {
void expectProblem(const std::string& source, const char* expected) {
    const std::string problem = findModuleCodeProblem(source);
    QVERIFY2(problem.find(expected) != std::string::npos, problem.c_str());
}
} // namespace

class TestModuleCodeCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Declarations as LibTorch 1.13 writes them (a U-Net model file, a BatchNorm layer, Adam's state
    // in a checkpoint).
    void whatTorchSerializeWritesPasses_data() {
        QTest::addColumn<QString>("source");
        QTest::newRow("top level") << "class Module(Module):\n  __parameters__ = []\n  __buffers__ = []\n"
                                      "  format : str\n  version : int\n  percentile_low : float\n"
                                      "  model : __torch__.___torch_mangle_0.Module\n";
        QTest::newRow("batch norm") << "class Module(Module):\n  __parameters__ = [\"weight\", \"bias\", ]\n"
                                       "  __buffers__ = [\"running_mean\", \"running_var\", \"num_batches_tracked\", ]\n"
                                       "  weight : Tensor\n  bias : Tensor\n  running_mean : Tensor\n";
        QTest::newRow("optimizer") << "class Module(Module):\n  __parameters__ = [\"params/size\", ]\n"
                                      "  __buffers__ = []\n  __annotations__ = []\n"
                                      "  __annotations__[\"params/size\"] = Tensor\n"
                                      "  __annotations__[\"0x610000106740\"] = __torch__.___torch_mangle_9.Module\n"
                                      "  betas : Tuple[float, float]\n  hook : Optional[bool]\n"
                                      "  table : Dict[str, List[int]]\n";
    }
    void whatTorchSerializeWritesPasses() {
        QFETCH(QString, source);
        const std::string problem = findModuleCodeProblem(source.toStdString());
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void theFuzzersCrashingDeclarationIsRefused() {
        // `__parameters__` changed to `__garameters__`: LibTorch 1.13 took it for a class constant and
        // crashed (fuzz/regressions/model_file/class-constant-segv.pt).
        expectProblem("class Module(Module):\n  __garameters__ = []\n  __buffers__ = []\n",
                      "line 2: not a parameter, buffer or attribute declaration");
    }

    void anythingElseIsRefused() {
        expectProblem("", "no module class declaration");
        expectProblem("import os\nclass Module(Module):\n", "line 1: not the module class");
        expectProblem("class Module(Module):\n  def forward(self, x):\n    return x\n", "line 2");
        expectProblem("class Module(Module):\n  x : Tensor\nclass Module(Module):\n", "line 3");
        expectProblem("class Module(Module):\n  x : Tensr\n", "line 2");
        expectProblem("class Module(Module):\n  x : Optional[\n", "line 2");
        expectProblem("class Module(Module):\n  x : Tuple[float, ]\n", "line 2");
        expectProblem("class Module(Module):\n  x : __torch__\n", "line 2");
        expectProblem("class Module(Module):\n  __parameters__ = [\"a\"]\n", "line 2");
        expectProblem("class Module(Module):\n  __parameters__ = [\"a\\\", ]\n", "line 2");
        expectProblem("class Module(Module):\n  __annotations__[\"k\"] = \n", "line 2");
        expectProblem("class Module(Module):\n   x : int\n", "line 2");
        std::string deep = "class Module(Module):\n  x : ";
        for (int i = 0; i < 40; ++i)
            deep += "List[";
        deep += "int";
        for (int i = 0; i < 40; ++i)
            deep += "]";
        expectProblem(deep + "\n", "line 2");
    }
};

QTEST_APPLESS_MAIN(TestModuleCodeCheck)
#include "TestModuleCodeCheck.moc"
