// ParameterModel: values go through the core's checks (refusals keep the old value and carry the
// core's message), JSON save/load round-trips, a bad file changes nothing, reset restores defaults.
#include "model/ParameterModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;

class TestParameterModel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void groupsEveryParameterByStage() {
        int total = 0;
        for (const QString& stage : ParameterModel::stages())
            total += static_cast<int>(ParameterModel::namesOfStage(stage).size());
        QCOMPARE(total, static_cast<int>(ParameterSchema::instance().parameters().size()));
        QVERIFY(ParameterModel::namesOfStage("synth").contains("synth.count"));
        QVERIFY(!ParameterModel::stageTitle("synth").isEmpty());
    }
    void acceptsValidValues_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("integer") << "synth.count" << QVariant(qlonglong{42});
        QTest::newRow("integer as text") << "synth.count" << QVariant(QString("43"));
        QTest::newRow("real") << "synth.radius_max" << QVariant(9.5);
        QTest::newRow("choice") << "postprocess.connectivity" << QVariant(QString("6"));
        QTest::newRow("text") << "postprocess.shape_classes" << QVariant(QString("a,b"));
    }
    void acceptsValidValues() {
        QFETCH(QString, name);
        QFETCH(QVariant, value);
        if (!ParameterSchema::instance().find(name.toStdString()))
            QSKIP("parameter not in this schema");
        ParameterModel model;
        QSignalSpy changed(&model, &ParameterModel::valueChanged);
        QVERIFY2(model.setValue(name, value), qPrintable(model.lastError()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.value(name).toString(), value.toString());
    }
    void refusesInvalidValues_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("below range") << "synth.count" << QVariant(qlonglong{-5}) << "out of range";
        QTest::newRow("fraction of an integer") << "synth.count" << QVariant(2.5) << "integer";
        QTest::newRow("not a number") << "synth.radius_max" << QVariant(QString("big")) << "synth.radius_max";
        QTest::newRow("unknown choice")
            << "postprocess.connectivity" << QVariant(QString("7")) << "not allowed";
        QTest::newRow("unknown name") << "synth.cuont" << QVariant(qlonglong{1}) << "synth.count";
    }
    void refusesInvalidValues() {
        QFETCH(QString, name);
        QFETCH(QVariant, value);
        QFETCH(QString, messagePart);
        ParameterModel model;
        const ParameterSet before = model.parameters();
        QSignalSpy refused(&model, &ParameterModel::refused);
        QSignalSpy changed(&model, &ParameterModel::valueChanged);
        QVERIFY(!model.setValue(name, value));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(changed.count(), 0);
        QVERIFY2(model.lastError().contains(messagePart), qPrintable(model.lastError()));
        QVERIFY(model.parameters() == before);
    }
    void jsonRoundTrip() {
        QTemporaryDir dir;
        const QString file = dir.filePath("params.json");
        ParameterModel model;
        QVERIFY(model.setValue("synth.count", qlonglong{77}));
        QVERIFY(model.setValue("synth.radius_max", 12.25));
        QVERIFY2(model.save(file), qPrintable(model.lastError()));
        ParameterModel other;
        QSignalSpy all(&other, &ParameterModel::allChanged);
        QVERIFY2(other.load(file), qPrintable(other.lastError()));
        QCOMPARE(all.count(), 1);
        QVERIFY(other.parameters() == model.parameters());
        QCOMPARE(other.value("synth.count").toLongLong(), 77);
    }
    void badFileChangesNothing() {
        QTemporaryDir dir;
        const QString file = dir.filePath("bad.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"parameters": {"synth": {"count": 5, "radius_max": -1}}})");
        f.close();
        ParameterModel model;
        const ParameterSet before = model.parameters();
        QVERIFY(!model.load(file));
        QVERIFY2(model.lastError().contains("bad.json"), qPrintable(model.lastError()));
        QVERIFY(model.parameters() == before);
        QVERIFY(!model.load(dir.filePath("missing.json")));
        QVERIFY(!model.lastError().isEmpty());
    }
    void resetRestoresDefaults() {
        ParameterModel model;
        QVERIFY(model.setValue("synth.count", qlonglong{5}));
        QSignalSpy all(&model, &ParameterModel::allChanged);
        model.resetToDefaults();
        QCOMPARE(all.count(), 1);
        QVERIFY(model.parameters() == ParameterSet());
    }
};

QTEST_GUILESS_MAIN(TestParameterModel)
#include "TestParameterModel.moc"
