// Every input a fuzzer once crashed on (fuzz/regressions/TARGET/*) is replayed through the reader it
// broke: each must now give a volume, a parameter set or a model, or a nuclei3d::Error naming the
// file; any other exception, a crash or (in the ASan job) a sanitizer report fails the test.
#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/ParameterSet.h"
#include "unet/UnetModel.h"
#include "unet/UnetTraining.h"

#include <QTest>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace nuclei3d;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputsOf(const std::string& target) {
    std::vector<fs::path> files;
    const fs::path folder = fs::path(NUCLEI3D_FUZZ_REGRESSIONS_DIR) / target;
    if (fs::is_directory(folder))
        for (const auto& entry : fs::directory_iterator(folder))
            if (entry.is_regular_file() && entry.path().filename() != "README.md")
                files.push_back(entry.path());
    return files;
}

void addRows(const std::string& target) {
    QTest::addColumn<QString>("file");
    for (const fs::path& file : inputsOf(target))
        QTest::newRow(file.filename().string().c_str()) << QString::fromStdString(file.string());
}

/// Runs `read` and accepts success or a FileError naming `file`; anything else fails the test.
template <typename Read>
void expectHandled(const fs::path& file, Read read) {
    try {
        read();
    } catch (const FileError& e) {
        QVERIFY2(e.file() == file, e.what());
    }
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelFiles_data() { addRows("model_file"); }
    void modelFiles() {
        if (!QTest::currentDataTag())
            QSKIP("no fuzz finding for this reader (fuzz/regressions is empty for it)");
        QFETCH(QString, file);
        const fs::path path = file.toStdString();
        expectHandled(path, [&] { UnetModel::load(path); });
        expectHandled(path, [&] { loadCheckpointModel(path); });
        // Resuming training from it as a checkpoint is refused the same way.
        const fs::path run = fs::temp_directory_path() / ("nuclei3d-fuzz-regression-" + path.filename().string());
        fs::remove_all(run);
        fs::create_directories(run);
        fs::copy_file(path, checkpointFile(run));
        try {
            UnetTrainSettings settings;
            settings.net.depth = 1;
            settings.net.baseFilters = 1;
            settings.steps = 1;
            settings.batchSize = 1;
            settings.validationFraction = 0.0;
            TrainingPair pair{Volume<float>(Shape{4, 4, 4}, 0.5f), Volume<std::uint8_t>(Shape{4, 4, 4}),
                              Volume<std::uint8_t>(Shape{4, 4, 4}), Volume<std::uint8_t>(Shape{4, 4, 4})};
            trainUnet({pair}, settings, run, "{}");
        } catch (const FileError& e) {
            QVERIFY2(e.file() == checkpointFile(run), e.what());
        }
        fs::remove_all(run);
    }

    void tiffFiles_data() { addRows("tiff_reader"); }
    void tiffFiles() {
        if (!QTest::currentDataTag())
            QSKIP("no fuzz finding for this reader (fuzz/regressions is empty for it)");
        QFETCH(QString, file);
        const fs::path path = file.toStdString();
        expectHandled(path, [&] { readVolume(path); });
        expectHandled(path, [&] { readLabelVolume(path); });
    }

    void parameterFiles_data() { addRows("parameter_json"); }
    void parameterFiles() {
        if (!QTest::currentDataTag())
            QSKIP("no fuzz finding for this reader (fuzz/regressions is empty for it)");
        QFETCH(QString, file);
        std::ifstream in(file.toStdString(), std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in), {}};
        ParameterSet parameters;
        try {
            parameters.mergeJson(text, "regression.json");
        } catch (const Error&) {
        }
    }
};

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
