// The main window as a user meets it: generate synthetic nuclei, step through slices, open a real
// volume, and get a clear message (not a crash) for a file that is not a TIFF.
#include "TestSupport.h"

#include "views/MainWindow.h"
#include "views/SliceView.h"

#include <QApplication>
#include <QMessageBox>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace nuclei3d;
using namespace nuclei3d::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generatesAndShowsSyntheticNuclei() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.generateSynthetic();
        QVERIFY(window.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QCOMPARE(window.sliceView()->currentSlice(), std::size_t{64});
        window.sliceView()->setCurrentSlice(10);
        QCOMPARE(window.sliceView()->currentSlice(), std::size_t{10});
        QVERIFY(window.windowTitle().contains("synthetic"));
        const QString shot = qEnvironmentVariable("NUCLEI3D_SCREENSHOT");
        if (!shot.isEmpty()) {
            window.sliceView()->setCurrentSlice(64);
            QTest::qWait(500);
            QVERIFY(window.grab().save(shot));
        }
    }
    void opensARealVolume() {
        const auto data = test::sharedDataDir();
        if (data.empty())
            QSKIP("../shared/data is not beside this checkout");
        MainWindow window;
        window.show();
        window.openVolume(QString::fromStdString((data / "gonuclear" / "1135_image.tif").string()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QVERIFY(window.windowTitle().contains("1135_image.tif"));
        QCOMPARE(window.sliceView()->currentSlice(), std::size_t{50});
    }
    void badFileGivesAMessage() {
        QTemporaryDir dir;
        const QString bad = dir.filePath("notes.tif");
        QFile f(bad);
        f.open(QIODevice::WriteOnly);
        f.write("this is not a TIFF file");
        f.close();
        MainWindow window;
        window.show();
        QString shown;
        // The warning box is modal: read and close it from a timer.
        auto closer = new QTimer(this);
        connect(closer, &QTimer::timeout, this, [&shown, closer] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    shown = box->text();
                    box->accept();
                    closer->stop();
                }
        });
        closer->start(50);
        window.openVolume(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY2(shown.contains("notes.tif"), qPrintable(shown));
    }
};

int main(int argc, char** argv) {
    // Without a display (ctest run outside xvfb-run) fall back to Qt's offscreen platform.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QSurfaceFormat format;
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    QSurfaceFormat::setDefaultFormat(format);
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestMainWindow.moc"
