// nuclei3d: the desktop application. All logic lives in ui/ and core/; this only starts Qt.
#include "views/MainWindow.h"
#include "views/Translations.h"

#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSurfaceFormat>


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
    parser.addPositionalArgument(QStringLiteral("volume"), QApplication::translate("main", "TIFF volume to open"));
    parser.process(app);

    nuclei3d::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openVolume(parser.positionalArguments().first());
    return QApplication::exec();
}
