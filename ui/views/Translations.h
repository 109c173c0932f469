#pragma once
// Installs the translation for the system locale (or the "language" setting when set), from the
// .qm files compiled into the program's resources.
class QApplication;

namespace nuclei3d::ui {
void installTranslations(QApplication& app);
}
