// The training monitor's data side without a display: rows of (step, term -> value) make one series
// per term in step order, and the reader of UnetTraining's loss.csv follows a file that grows
// (a half-written last line waits), restarts when the file is started again, skips damaged rows,
// and refuses a file that is not a loss log.
#include "model/LossCsvReader.h"
#include "model/LossCurveModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace nuclei3d::ui;

namespace {
void append(const QString& file, const QByteArray& text) {
    QFile f(file);
    QVERIFY(f.open(QIODevice::Append));
    f.write(text);
}
} // namespace

class TestLossCurves : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void rowsMakeSeriesPerTerm() {
        LossCurveModel model;
        QSignalSpy terms(&model, &LossCurveModel::termAdded);
        QSignalSpy points(&model, &LossCurveModel::pointsAdded);
        model.addRow(1, {{"loss", 0.9}, {"dice", 0.5}});
        model.addRow(2, {{"loss", 0.7}, {"dice", 0.4}, {"validation_loss", 0.8}});
        model.addRow(2, {{"loss", 5.0}}); // not after the last step of "loss": ignored
        model.addRow(3, {{"loss", qQNaN()}});
        QCOMPARE(model.terms(), QStringList({"dice", "loss", "validation_loss"}));
        QCOMPARE(terms.count(), 3);
        QCOMPARE(points.count(), 2);
        QCOMPARE(model.series("loss").size(), 2);
        QCOMPARE(model.series("loss").last(), QPointF(2, 0.7));
        QCOMPARE(model.series("validation_loss").size(), 1);
        QCOMPARE(model.lastStep(), 2);
        QCOMPARE(model.minimum(), 0.4);
        QCOMPARE(model.maximum(), 0.9);
        QVERIFY(model.series("nothing").isEmpty());
        model.clear();
        QVERIFY(model.terms().isEmpty());
    }
    void followsAGrowingLossFile() {
        QTemporaryDir dir;
        const QString file = dir.filePath("loss.csv");
        LossCurveModel model;
        LossCsvReader reader(file, &model);
        QCOMPARE(reader.poll(), 0); // no file yet: training has not started
        QVERIFY(reader.lastError().isEmpty());
        // The exact header UnetTraining writes.
        append(file, "step,loss,main,dice,contour,validation_loss\n1,0.9,0.5,0.3,0.1,\n2,0.8,0.45");
        QCOMPARE(reader.poll(), 1); // the second row is not complete yet
        QCOMPARE(model.series("loss").size(), 1);
        QVERIFY(model.series("validation_loss").isEmpty());
        append(file, ",0.25,0.1,0.85\n3,garbage\nx,1,2\n");
        QCOMPARE(reader.poll(), 1);
        QCOMPARE(model.series("loss").last(), QPointF(2, 0.8));
        QCOMPARE(model.series("validation_loss").last(), QPointF(2, 0.85));
        QCOMPARE(model.series("main").size(), 2);
        QCOMPARE(reader.poll(), 0);

        // A new run in the same folder starts the file again: the curves start again too.
        QVERIFY(QFile::remove(file));
        append(file, "step,loss\n1,0.5\n");
        QCOMPARE(reader.poll(), 1);
        QCOMPARE(model.terms(), QStringList({"loss"}));
        QCOMPARE(model.series("loss").size(), 1);
    }
    void refusesAFileThatIsNotALossLog() {
        QTemporaryDir dir;
        const QString file = dir.filePath("notes.csv");
        append(file, "name,value\na,1\n");
        LossCurveModel model;
        LossCsvReader reader(file, &model);
        QCOMPARE(reader.poll(), 0);
        QVERIFY(reader.lastError().contains("notes.csv"));
        QVERIFY(model.terms().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLossCurves)
#include "TestLossCurves.moc"
