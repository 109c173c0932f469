// The main window as a user meets it: generate synthetic nuclei through the job queue with the
// editor's parameters, step through slices, open a real volume, get a clear message (not a crash)
// for a file that is not a TIFF, find the docks in the View menu, and close during a job.
#include "TestSupport.h"

#include "model/Job.h"
#include "model/JobQueue.h"
#include "model/ParameterModel.h"
#include "views/JobPanel.h"
#include "views/MainWindow.h"
#include "views/SliceView.h"

#include <QDockWidget>
#include <QMenuBar>

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
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
        Job* job = window.generateSynthetic();
        QVERIFY(window.isBusy());
        QCOMPARE(window.jobQueue()->jobs().size(), 1);
        QCOMPARE(job->state(), JobState::Running);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QCOMPARE(job->state(), JobState::Finished);
        QCOMPARE(window.sliceView()->currentSlice(), std::size_t{64});
        window.sliceView()->setCurrentSlice(10);
        QCOMPARE(window.sliceView()->currentSlice(), std::size_t{10});
        QVERIFY(window.windowTitle().contains("synthetic"));
        const QString shot = qEnvironmentVariable("NUCLEI3D_SCREENSHOT");
        if (!shot.isEmpty()) {
            window.sliceView()->setCurrentSlice(64);
            QTest::qWait(1500); // the elapsed column and the 3D view settle
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
        Job* job = window.openVolume(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY2(shown.contains("notes.tif"), qPrintable(shown));
        QCOMPARE(job->state(), JobState::Failed);
    }
    void usesTheEditorsParameters() {
        MainWindow window;
        window.show();
        QVERIFY(window.parameterModel()->setValue("synth.size_z", qlonglong{20}));
        QVERIFY(window.parameterModel()->setValue("synth.count", qlonglong{20}));
        window.generateSynthetic();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QCOMPARE(window.sliceView()->currentSlice(), std::size_t{10});
    }
    void docksAreInTheViewMenu() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto docks = window.findChildren<QDockWidget*>();
        QCOMPARE(docks.size(), 2);
        QMenu* view = nullptr;
        for (QAction* a : window.menuBar()->actions())
            if (a->text().remove('&') == "View")
                view = a->menu();
        QVERIFY(view);
        for (QDockWidget* dock : docks) {
            QVERIFY(dock->isVisible());
            QVERIFY(view->actions().contains(dock->toggleViewAction()));
            dock->toggleViewAction()->trigger();
            QVERIFY(!dock->isVisible());
        }
    }
    void closingDuringAJobAsksAndCancels() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Big enough to still be running when the close comes.
        QVERIFY(window.parameterModel()->setValue("synth.size_x", qlonglong{512}));
        QVERIFY(window.parameterModel()->setValue("synth.size_y", qlonglong{512}));
        QVERIFY(window.parameterModel()->setValue("synth.size_z", qlonglong{256}));
        Job* job = window.generateSynthetic();
        QPointer<Job> guard(job);
        QString asked;
        auto answer = [&asked](QMessageBox::StandardButton button) {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    asked = box->text();
                    box->button(button)->click();
                }
        };
        QTimer::singleShot(100, this, [&] { answer(QMessageBox::No); });
        window.close();
        QVERIFY(asked.contains("running"));
        QVERIFY(window.isVisible());
        QVERIFY(job->state() == JobState::Running);

        asked.clear();
        QTimer::singleShot(100, this, [&] { answer(QMessageBox::Yes); });
        window.close();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(job->state(), JobState::Cancelling);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 30000);
        QVERIFY(guard);
        QCOMPARE(job->state(), JobState::Cancelled);
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
