#include "views/Translations.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace nuclei3d::ui {

void installTranslations(QApplication& app) {
    const QString override = QSettings().value("language").toString();
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("nuclei3d"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
    else
        delete translator;
}

} // namespace nuclei3d::ui
