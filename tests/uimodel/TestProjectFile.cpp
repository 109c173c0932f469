// Project files without a display: a round trip keeps layers (order, role, look), the voxel size,
// the parameters and the job history; files beside the project are stored relative so the folder
// can move; broken, foreign and newer files are refused with a message naming the file; an
// interrupted save never leaves half a project.
#include "model/ParameterModel.h"
#include "model/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;

class TestProjectFile : public QObject {
    Q_OBJECT
    static Project sample(const QDir& dir) {
        Project p;
        ProjectLayer labels;
        labels.name = "labels";
        labels.role = LayerRole::Labels;
        labels.file = dir.filePath("result/labels.tif");
        labels.visible = false;
        labels.opacity = 0.3;
        labels.labelStyle = LabelStyle::Outline;
        ProjectLayer image;
        image.name = "1135_image.tif";
        image.role = LayerRole::Image;
        image.file = "/elsewhere/data/1135_image.tif";
        image.colourMap = ColourMap::Fire;
        image.low = 12.5;
        image.high = 200.0;
        p.layers = {labels, image};
        p.spacing = Spacing::micrometres(0.126786, 0.126786, 0.283718);
        p.spacingFromFile = true;
        ParameterModel parameters;
        parameters.setValue("classic.threshold_factor", 0.7);
        p.parametersJson = QString::fromStdString(parameters.parameters().toJson());
        p.jobs = {{"Classical segmentation", "finished", 1234, ""}, {"Opening x.tif", "failed", 5, "x.tif: not a TIFF"}};
        return p;
    }

  private Q_SLOTS:
    void roundTrip() {
        QTemporaryDir dir;
        const QString file = dir.filePath("work.n3dproj");
        const Project p = sample(QDir(dir.path()));
        QString error;
        QVERIFY2(writeProject(p, file, &error), qPrintable(error));

        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(raw.readAll()).object();
        QCOMPARE(root.value("layers").toArray().at(0).toObject().value("file").toString(), QString("result/labels.tif"));
        QCOMPARE(root.value("layers").toArray().at(1).toObject().value("file").toString(),
                 QString("/elsewhere/data/1135_image.tif"));

        Project back;
        QVERIFY2(readProject(file, &back, &error), qPrintable(error));
        QCOMPARE(back.layers.size(), 2);
        QCOMPARE(back.layers[0].name, QString("labels"));
        QCOMPARE(back.layers[0].role, LayerRole::Labels);
        QCOMPARE(back.layers[0].file, QDir(dir.path()).filePath("result/labels.tif"));
        QVERIFY(!back.layers[0].visible);
        QCOMPARE(back.layers[0].opacity, 0.3);
        QCOMPARE(back.layers[0].labelStyle, LabelStyle::Outline);
        QCOMPARE(back.layers[1].colourMap, ColourMap::Fire);
        QCOMPARE(back.layers[1].low, 12.5);
        QCOMPARE(back.layers[1].high, 200.0);
        QVERIFY(back.spacing == p.spacing);
        QVERIFY(back.spacingFromFile);
        QCOMPARE(back.jobs.size(), 2);
        QCOMPARE(back.jobs[1].error, QString("x.tif: not a TIFF"));
        QCOMPARE(back.jobs[0].elapsedMs, 1234);

        ParameterModel parameters;
        QVERIFY2(parameters.loadJson(back.parametersJson, file), qPrintable(parameters.lastError()));
        QCOMPARE(parameters.value("classic.threshold_factor").toDouble(), 0.7);
    }
    void movedFolderStillFindsItsFiles() {
        QTemporaryDir a, b;
        QString error;
        QVERIFY(writeProject(sample(QDir(a.path())), a.filePath("p.n3dproj"), &error));
        QVERIFY(QFile::copy(a.filePath("p.n3dproj"), b.filePath("p.n3dproj")));
        Project back;
        QVERIFY(readProject(b.filePath("p.n3dproj"), &back, &error));
        QCOMPARE(back.layers[0].file, QDir(b.path()).filePath("result/labels.tif"));
    }
    void refusesBadFiles_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ layers: ") << "not a valid JSON file";
        QTest::newRow("foreign") << QByteArray(R"({"program": "other", "layers": []})") << "not a Nuclei3D project";
        QTest::newRow("newer") << QByteArray(R"({"program": "nuclei3d", "format": 99, "layers": []})") << "newer";
        QTest::newRow("unknown role")
            << QByteArray(R"({"program": "nuclei3d", "layers": [{"name": "x", "role": "hologram", "file": "x.tif"}]})")
            << "unknown role";
        QTest::newRow("no file") << QByteArray(R"({"program": "nuclei3d", "layers": [{"name": "x", "role": "image"}]})")
                                 << "names no file";
        QTest::newRow("bad voxel size")
            << QByteArray(R"({"program": "nuclei3d", "layers": [], "voxel_size_um": {"known": true, "x": 0, "y": 1, "z": 1}})")
            << "voxel size";
    }
    void refusesBadFiles() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath("bad.n3dproj");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Project back;
        back.jobs = {{"untouched", "finished", 1, ""}};
        QString error;
        QVERIFY(!readProject(file, &back, &error));
        QVERIFY2(error.contains("bad.n3dproj") && error.contains(expected), qPrintable(error));
        QCOMPARE(back.jobs.size(), 1); // a refused file changes nothing
        QVERIFY(!readProject(dir.filePath("missing.n3dproj"), &back, &error));
        QVERIFY(error.contains("missing.n3dproj"));
    }
    void failedSaveKeepsTheOldProject() {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!writeProject(Project{}, dir.filePath("no/such/folder/p.n3dproj"), &error));
        QVERIFY(error.contains("p.n3dproj"));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "TestProjectFile.moc"
