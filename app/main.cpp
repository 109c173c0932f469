// nuclei3d: the desktop application. All logic lives in ui/ and core/; this only starts Qt.
#include "model/Job.h"
#include "model/ParameterModel.h"
#include "views/MainWindow.h"
#include "views/Translations.h"

#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSurfaceFormat>
#include <QTimer>

#include <cstdio>


int main(int argc, char** argv) {
    // VTK needs an OpenGL 3.2 core profile, set before the application creates any context.
    QSurfaceFormat format;
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    QSurfaceFormat::setDefaultFormat(format);

    QApplication app(argc, argv);
    // The resources live in the static nuclei3d_ui library, whose registration the linker would drop.
    Q_INIT_RESOURCE(resources);
    QApplication::setOrganizationName(QStringLiteral("Nuclei3D"));
    QApplication::setApplicationName(QStringLiteral("Nuclei3D"));
    QApplication::setApplicationVersion(QString::fromLatin1(nuclei3d::kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/nuclei3d.svg")));
    nuclei3d::ui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Nuclei3D desktop application"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("volumes"),
                                 QApplication::translate("main", "TIFF volumes to open as layers (image, labels, maps)"),
                                 QStringLiteral("[volumes...]"));
    const QCommandLineOption groundTruth(
        QStringLiteral("ground-truth"), QApplication::translate("main", "Ground-truth labels to load for evaluation"),
        QStringLiteral("labels.tif"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     QApplication::translate("main", "Project file to open"),
                                     QStringLiteral("file.n3dproj"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window once the files are loaded, then quit"),
        QStringLiteral("file.png"));
    const QCommandLineOption parameters(QStringLiteral("params"),
                                        QApplication::translate("main", "Parameter file (JSON) for the editor"),
                                        QStringLiteral("params.json"));
    const QCommandLineOption runPipeline(
        QStringLiteral("run-pipeline"),
        QApplication::translate("main", "Once the files are loaded, run the whole pipeline into this folder"),
        QStringLiteral("dir"));
    parser.addOption(groundTruth);
    parser.addOption(project);
    parser.addOption(parameters);
    parser.addOption(runPipeline);
    parser.addOption(screenshot);
    parser.process(app);

    nuclei3d::ui::MainWindow window;
    window.show();
    // Each file is read by its own job, in this order (the first one titles the window).
    if (parser.isSet(project))
        window.openProject(parser.value(project));
    for (const QString& file : parser.positionalArguments())
        window.openVolume(file);
    if (parser.isSet(groundTruth))
        window.loadGroundTruth(parser.value(groundTruth));
    if (parser.isSet(parameters) && !window.parameterModel()->load(parser.value(parameters)))
        std::fprintf(stderr, "nuclei3d: %s\n", qPrintable(window.parameterModel()->lastError()));
    // What comes after loading waits for the loading jobs (polled on the UI thread's timer):
    // the pipeline needs the image layer, the picture needs every result.
    auto* poll = new QTimer(&window);
    bool pipelinePending = parser.isSet(runPipeline);
    QObject::connect(poll, &QTimer::timeout, &window, [&, poll] {
        if (window.isBusy())
            return;
        if (pipelinePending) {
            pipelinePending = false;
            if (nuclei3d::ui::Job* job = window.runWholePipeline(parser.value(runPipeline))) {
                // A scripted run leaves the reason of a failure on stderr too (the window shows it).
                QObject::connect(job, &nuclei3d::ui::Job::failed, &window, [](const QString& message) {
                    std::fprintf(stderr, "nuclei3d: whole pipeline failed: %s\n", qPrintable(message));
                });
                return;
            }
        }
        poll->stop();
        if (!parser.isSet(screenshot))
            return;
        // For documentation: let the views settle, grab, quit.
        QTimer::singleShot(1500, &window, [&window, file = parser.value(screenshot)] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fprintf(stderr, "nuclei3d: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    });
    if (parser.isSet(runPipeline) || parser.isSet(screenshot))
        poll->start(200);
    return QApplication::exec();
}
