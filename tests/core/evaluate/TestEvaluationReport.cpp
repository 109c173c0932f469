// The JSON and table renderings of an evaluation hold every figure under the documented keys,
// with '.' as decimal point whatever the locale; the benchmark runs and reports one line.
#include "LabelVolumes.h"

#include "evaluate/Evaluation.h"
#include "evaluate/EvaluationBenchmark.h"
#include "pipeline/Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <clocale>
#include <locale>

using namespace nuclei3d;
using namespace nuclei3d::test;

namespace {

// A comma as decimal point, as a German desktop would have it.
struct CommaDecimal : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
};

// gt: three boxes; prediction: the first two, plus one extra box: 2 matches, 1 FP, 1 FN.
std::pair<Labels, Labels> twoOfThree() {
    Labels gt(Shape{40, 20, 4}), pred(Shape{40, 20, 4});
    fillBox(gt, 0, 10, 0, 10, 0, 4, 1);
    fillBox(gt, 12, 22, 0, 10, 0, 4, 2);
    fillBox(gt, 24, 34, 0, 10, 0, 4, 3);
    fillBox(pred, 0, 10, 0, 10, 0, 4, 1);
    fillBox(pred, 12, 22, 0, 10, 0, 4, 2);
    fillBox(pred, 0, 10, 12, 20, 0, 4, 3);
    fillBox(pred, 30, 40, 12, 20, 0, 1, 4); // 80 voxels
    fillBox(pred, 30, 33, 12, 15, 1, 2, 5); // 9 voxels: removed
    return {pred, gt};
}

} // namespace

class TestEvaluationReport : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void jsonHasEveryKey_data() {
        QTest::addColumn<QString>("key");
        QTest::newRow("paper") << "paper";
        for (int percent = 50; percent <= 95; percent += 5) {
            const QString key = QString("iou_0.%1").arg(percent);
            QTest::newRow(qPrintable(key)) << key;
        }
    }
    void jsonHasEveryKey() {
        QFETCH(QString, key);
        const auto [pred, gt] = twoOfThree();
        const EvaluationResult r = evaluateInstances(pred, gt);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.toJson()), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QVERIFY2(root.contains(key), qPrintable(key));
        const QJsonObject score = root.value(key).toObject();
        QCOMPARE(score.value("tp").toInt(), 2);
        QCOMPARE(score.value("fp").toInt(), 2);
        QCOMPARE(score.value("fn").toInt(), 1);
        QCOMPARE(score.value("precision").toDouble(), 0.5);
        QCOMPARE(score.value("recall").toDouble(), 2.0 / 3.0);
        QCOMPARE(score.value("f1").toDouble(), r.paper.f1);
        if (key != "paper") {
            QCOMPARE(score.value("ap").toDouble(), 2.0 / 5.0);
            QCOMPARE(score.value("threshold").toDouble(), key.mid(4).toDouble());
        } else {
            QVERIFY(!score.contains("ap"));
        }
    }

    void jsonHasCounts() {
        const auto [pred, gt] = twoOfThree();
        const QJsonObject root =
            QJsonDocument::fromJson(QByteArray::fromStdString(evaluateInstances(pred, gt).toJson())).object();
        QCOMPARE(root.value("min_size").toInt(), 50);
        QCOMPARE(root.value("pred_objects").toInt(), 4);
        QCOMPARE(root.value("gt_objects").toInt(), 3);
        QCOMPARE(root.value("pred_removed_small").toInt(), 1);
        QCOMPARE(root.value("gt_removed_small").toInt(), 0);
        QCOMPARE(root.value("merges").toInt(), 0);
        QCOMPARE(root.value("splits").toInt(), 0);
    }

    void tableUsesDecimalPointInAnyLocale() {
        const auto [pred, gt] = twoOfThree();
        const EvaluationResult r = evaluateInstances(pred, gt);
        // The C locale cannot be switched here (no locales installed); the C++ global one can.
        const std::locale previous =
            std::locale::global(std::locale(std::locale::classic(), new CommaDecimal));
        std::setlocale(LC_NUMERIC, "de_DE.UTF-8");
        const std::string table = r.toTable();
        const std::string json = r.toJson();
        std::locale::global(previous);
        std::setlocale(LC_NUMERIC, "C");
        QVERIFY2(table.find("0.6667") != std::string::npos, table.c_str());
        QVERIFY2(table.find("0,") == std::string::npos, table.c_str());
        QVERIFY2(table.find("IoU>=0.95") != std::string::npos, table.c_str());
        QVERIFY2(table.find("paper 50%") != std::string::npos, table.c_str());
        QVERIFY2(table.find("merges: 0") != std::string::npos, table.c_str());
        QVERIFY(json.find("0.6666666666666666") != std::string::npos);
        qInfo("\n%s", table.c_str());
    }

    void benchmarkReportsOneLine() {
        const std::string line = benchmarkEvaluation(Shape{100, 80, 60});
        qInfo("%s", line.c_str());
        QVERIFY2(line.rfind("evaluate 100x80x60 (0.5 Mvoxels, ", 0) == 0, line.c_str());
        QVERIFY(line.find('\n') == std::string::npos);
        QVERIFY(line.find(" s, ") != std::string::npos);
        QVERIFY(line.find("merges ") != std::string::npos);
    }

    void benchmarkRefusesAnEmptySize() {
        QVERIFY_THROWS_EXCEPTION(Error, benchmarkEvaluation(Shape{0, 10, 10}));
    }
};

QTEST_APPLESS_MAIN(TestEvaluationReport)
#include "TestEvaluationReport.moc"
