// The hover read-out's measurements: a nuclei.csv as stage 5 writes it reads back by id (class
// names with commas and quotes included), and a broken file gives an error naming it.
#include "TestSupport.h"

#include "model/NucleusTable.h"
#include "pipeline/Error.h"
#include "postprocess/MeasurementsCsv.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace nuclei3d;
using namespace nuclei3d::ui;

class TestNucleusTable : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void readsWhatStage5Writes() {
        std::vector<NucleusMeasurement> nuclei(3);
        for (std::size_t i = 0; i < nuclei.size(); ++i) {
            nuclei[i].id = static_cast<std::uint32_t>(10 * (i + 1));
            nuclei[i].volumeVoxels = 100 + i;
            nuclei[i].volumeCubicMicrometres = 12.5 * double(i + 1);
            nuclei[i].equivalentDiameterMicrometres = 2.88 + double(i);
            nuclei[i].roundness = 0.5 + 0.1 * double(i);
        }
        nuclei[1].className = "round, \"big\"";
        QTemporaryDir dir;
        const std::filesystem::path file = test::toPath(dir.filePath("nuclei.csv"));
        writeMeasurementsCsv(file, nuclei);
        const NucleusTable table = NucleusTable::readCsv(file);
        QCOMPARE(table.size(), std::size_t{3});
        QVERIFY(!table.find(11));
        const NucleusMeasurement* n = table.find(20);
        QVERIFY(n);
        QCOMPARE(n->volumeVoxels, std::uint64_t{101});
        QCOMPARE(n->volumeCubicMicrometres, 25.0);
        QCOMPARE(n->className, std::string("round, \"big\""));
        const QString text = describeMeasurement(*n);
        QVERIFY2(text.contains("25.0 um^3") && text.contains("3.88 um") && text.contains("0.60") &&
                     text.contains("round, \"big\""),
                 qPrintable(text));
        QVERIFY(!describeMeasurement(*table.find(10)).contains("class"));
    }
    void brokenFilesNameTheFile() {
        QTemporaryDir dir;
        const std::filesystem::path missing = test::toPath(dir.filePath("none.csv"));
        QVERIFY_THROWS_EXCEPTION(FileError, NucleusTable::readCsv(missing));
        const std::filesystem::path bad = test::toPath(dir.filePath("bad.csv"));
        std::ofstream(bad) << "id,volume_vox\n1,2\n";
        try {
            NucleusTable::readCsv(bad);
            QFAIL("a file without the measurement columns was accepted");
        } catch (const FileError& e) {
            QVERIFY2(QString(e.what()).contains("bad.csv") && QString(e.what()).contains("volume_um3"), e.what());
        }
        std::ofstream(bad) << measurementsCsv({}) << "7,1,1,1,1,1,1,x,1,1,1,1,1,1,,,,,0\n";
        QVERIFY_THROWS_EXCEPTION(FileError, NucleusTable::readCsv(bad));
    }
};

QTEST_GUILESS_MAIN(TestNucleusTable)
#include "TestNucleusTable.moc"
