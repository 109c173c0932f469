// Model files: a saved model reads back with the same architecture, normalisation, parameters and
// outputs; missing, corrupt and mismatched files give a FileError naming the file.
#include "pipeline/Error.h"
#include "unet/UnetModel.h"
#include "unet/UnetModelImpl.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace nuclei3d;

namespace {
UNetConfig small() {
    UNetConfig c;
    c.depth = 2;
    c.baseFilters = 3;
    return c;
}
void expectFileError(const std::filesystem::path& file) {
    try {
        UnetModel::load(file);
        QFAIL("loading must fail");
    } catch (const FileError& e) {
        QVERIFY2(e.file() == file, e.what());
        QVERIFY(std::string(e.what()).rfind(file.string(), 0) == 0);
    }
}
} // namespace

class TestUnetModelFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/m.pt";
        UnetModel model(small(), UnetTask::Shape, 4);
        model.setNormalisation(2.0, 99.0);
        model.setParametersJson("{\"a\": 1}");
        QVERIFY(std::isinf(model.inputCeiling())); // not trained: no ceiling
        model.setInputCeiling(1.75);
        model.save(file);
        UnetModel loaded = UnetModel::load(file);
        QCOMPARE(loaded.inputCeiling(), 1.75);
        QVERIFY(loaded.config() == small());
        QVERIFY(loaded.task() == UnetTask::Shape);
        QCOMPARE(loaded.percentileLow(), 2.0);
        QCOMPARE(loaded.percentileHigh(), 99.0);
        QCOMPARE(loaded.parametersJson(), std::string("{\"a\": 1}"));
        model.impl().net->eval();
        loaded.impl().net->eval();
        torch::InferenceMode guard;
        const torch::Tensor x = torch::rand({1, 1, 8, 8, 8});
        QVERIFY(torch::equal(model.impl().net->forward(x), loaded.impl().net->forward(x)));
    }

    void missingCorruptAndTruncatedFiles() {
        QTemporaryDir dir;
        const std::string folder = dir.path().toStdString();
        expectFileError(folder + "/absent.pt");
        std::ofstream(folder + "/text.pt") << "this is not a model";
        expectFileError(folder + "/text.pt");
        const std::filesystem::path good = folder + "/good.pt";
        UnetModel(small(), UnetTask::Segmentation).save(good);
        const auto size = std::filesystem::file_size(good);
        std::filesystem::copy_file(good, folder + "/cut.pt");
        std::filesystem::resize_file(folder + "/cut.pt", size / 2);
        expectFileError(folder + "/cut.pt");
    }

    void otherArchivesAndMismatchedWeights() {
        QTemporaryDir dir;
        const std::string folder = dir.path().toStdString();
        // A torch archive that is not ours.
        torch::serialize::OutputArchive other;
        other.write("x", torch::ones({2}));
        other.save_to(folder + "/other.pt");
        expectFileError(folder + "/other.pt");
        // Weights of a wider network under a header that declares the small one.
        UnetModel wide(UNetConfig{2, 5, 1, 1}, UnetTask::Segmentation);
        torch::serialize::OutputArchive archive;
        archive.write("format", c10::IValue(std::string("nuclei3d-unet-model")));
        archive.write("version", c10::IValue(std::int64_t{1}));
        archive.write("task", c10::IValue(std::string("seg")));
        archive.write("depth", c10::IValue(std::int64_t{2}));
        archive.write("base_filters", c10::IValue(std::int64_t{3}));
        archive.write("in_channels", c10::IValue(std::int64_t{1}));
        archive.write("out_channels", c10::IValue(std::int64_t{1}));
        archive.write("percentile_low", c10::IValue(1.0));
        archive.write("percentile_high", c10::IValue(99.8));
        archive.write("parameters", c10::IValue(std::string("{}")));
        torch::serialize::OutputArchive wideWeights;
        wide.impl().net->save(wideWeights);
        archive.write("model", wideWeights);
        archive.save_to(folder + "/mismatch.pt");
        expectFileError(folder + "/mismatch.pt");
    }
};

QTEST_APPLESS_MAIN(TestUnetModelFile)
#include "TestUnetModelFile.moc"
