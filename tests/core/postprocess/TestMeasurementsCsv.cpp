// The measurements CSV: header with units, one row per nucleus with the right cells, empty
// intensity cells without an intensity volume, quoting, '.' in any locale, atomic writing.
#include "pipeline/Error.h"
#include "postprocess/MeasurementsCsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <locale>

using namespace nuclei3d;

namespace {

struct CommaDecimal : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
};

const char* kHeader =
    "id,centroid_z_vox,centroid_y_vox,centroid_x_vox,centroid_z_um,centroid_y_um,centroid_x_um,volume_vox,"
    "volume_um3,equivalent_diameter_um,semi_axis_major_um,semi_axis_middle_um,semi_axis_minor_um,roundness,"
    "intensity_mean,intensity_min,intensity_max,class,touches_border";

NucleusMeasurement sample() {
    NucleusMeasurement n;
    n.id = 12;
    n.centroidVoxels = {4.5, 10.25, 3};
    n.centroidMicrometres = {2.25, 1.28125, 0.375};
    n.volumeVoxels = 1000;
    n.volumeCubicMicrometres = 31.25;
    n.equivalentDiameterMicrometres = 3.90786;
    n.semiAxesMicrometres = {2.5, 2, 1.5};
    n.roundness = 0.6;
    n.hasIntensity = true;
    n.meanIntensity = 1234.5;
    n.minIntensity = 0.1f;
    n.maxIntensity = 65535.0f;
    n.className = "round";
    n.touchesBorder = true;
    return n;
}

QStringList lines(const std::string& text) {
    QStringList out = QString::fromStdString(text).split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestMeasurementsCsv : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void headerCarriesUnits() {
        QCOMPARE(lines(measurementsCsv({})), QStringList{kHeader});
        QCOMPARE(int(measurementsCsvColumns().size()), 19);
    }

    void rowHoldsEveryValue() {
        const QStringList rows = lines(measurementsCsv({sample()}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(
            rows[1],
            QString("12,4.5,10.25,3,2.25,1.28125,0.375,1000,31.25,3.90786,2.5,2,1.5,0.6,1234.5,0.1,65535,"
                    "round,1"));
    }

    void cellsPerRow_data() {
        QTest::addColumn<bool>("intensity");
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("tail"); // the row's last six cells
        QTest::newRow("no intensity, no class") << false << ""
                                                << ",0.6,,,,,1";
        QTest::newRow("class with a comma") << true << "odd, large"
                                            << ",0.1,65535,\"odd, large\",1";
        QTest::newRow("class with a quote") << true << "5\" nucleus"
                                            << ",0.1,65535,\"5\"\" nucleus\",1";
    }
    void cellsPerRow() {
        QFETCH(bool, intensity);
        QFETCH(QString, className);
        QFETCH(QString, tail);
        NucleusMeasurement n = sample();
        n.hasIntensity = intensity;
        n.className = className.toStdString();
        const QStringList rows = lines(measurementsCsv({n, n}));
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows[1].endsWith(tail), qPrintable(rows[1]));
        QCOMPARE(rows[1], rows[2]);
    }

    void decimalPointInAnyLocale() {
        const std::locale previous =
            std::locale::global(std::locale(std::locale::classic(), new CommaDecimal));
        const std::string text = measurementsCsv({sample()});
        std::locale::global(previous);
        QVERIFY(text.find("10.25") != std::string::npos);
        QVERIFY(text.find("10,25") == std::string::npos);
    }

    void writesFileAtomically() {
        QTemporaryDir dir;
        const QString path = dir.filePath("nuclei.csv");
        const std::vector<NucleusMeasurement> nuclei{sample(), sample()};
        writeMeasurementsCsv(path.toStdString(), nuclei);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().toStdString(), measurementsCsv(nuclei));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"nuclei.csv"});
        QVERIFY_THROWS_EXCEPTION(
            FileError, writeMeasurementsCsv(dir.filePath("missing/nuclei.csv").toStdString(), nuclei));
    }
};

QTEST_APPLESS_MAIN(TestMeasurementsCsv)
#include "TestMeasurementsCsv.moc"
