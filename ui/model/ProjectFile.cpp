#include "model/ProjectFile.h"

#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace nuclei3d::ui {

// One translation context for the messages of these free functions.
class ProjectFileText {
    Q_DECLARE_TR_FUNCTIONS(nuclei3d::ui::ProjectFileText)
};

namespace {
constexpr int kFormat = 1;
} // namespace

bool writeProject(const Project& project, const QString& file, QString* error) {
    const QDir base = QFileInfo(file).absoluteDir();
    QJsonArray layers;
    for (const ProjectLayer& l : project.layers) {
        // Paths beside or below the project are stored relative, so the folder can move.
        const QString relative = base.relativeFilePath(l.file);
        const QString stored = relative.startsWith(QLatin1String("..")) ? QFileInfo(l.file).absoluteFilePath() : relative;
        layers.append(QJsonObject{{QStringLiteral("name"), l.name},
                                  {QStringLiteral("role"), layerRoleKey(l.role)},
                                  {QStringLiteral("file"), stored},
                                  {QStringLiteral("visible"), l.visible},
                                  {QStringLiteral("opacity"), l.opacity},
                                  {QStringLiteral("colour_map"), colourMapKey(l.colourMap)},
                                  {QStringLiteral("label_style"),
                                   l.labelStyle == LabelStyle::Fill ? QStringLiteral("fill") : QStringLiteral("outline")},
                                  {QStringLiteral("low"), l.low},
                                  {QStringLiteral("high"), l.high}});
    }
    QJsonArray jobs;
    for (const ProjectJob& j : project.jobs)
        jobs.append(QJsonObject{{QStringLiteral("title"), j.title},
                                {QStringLiteral("state"), j.state},
                                {QStringLiteral("elapsed_ms"), j.elapsedMs},
                                {QStringLiteral("error"), j.error}});
    QJsonObject spacing{{QStringLiteral("known"), project.spacing.known},
                        {QStringLiteral("from_file"), project.spacingFromFile},
                        {QStringLiteral("x"), project.spacing.x},
                        {QStringLiteral("y"), project.spacing.y},
                        {QStringLiteral("z"), project.spacing.z}};
    QJsonObject root{{QStringLiteral("program"), QStringLiteral("nuclei3d")},
                     {QStringLiteral("version"), QString::fromLatin1(kVersion)},
                     {QStringLiteral("format"), kFormat},
                     {QStringLiteral("layers"), layers},
                     {QStringLiteral("voxel_size_um"), spacing},
                     {QStringLiteral("jobs"), jobs}};
    if (!project.parametersJson.isEmpty()) {
        const QJsonDocument parameters = QJsonDocument::fromJson(project.parametersJson.toUtf8());
        if (parameters.isObject())
            root.insert(QStringLiteral("parameters"), parameters.object());
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0 || !out.commit()) {
        if (error)
            *error = ProjectFileText::tr("%1: cannot write the project (%2)").arg(file, out.errorString());
        return false;
    }
    return true;
}

bool readProject(const QString& file, Project* project, QString* error) {
    auto fail = [&](const QString& problem) {
        if (error)
            *error = ProjectFileText::tr("%1: %2").arg(file, problem);
        return false;
    };
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ProjectFileText::tr("cannot open the project (%1)").arg(in.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ProjectFileText::tr("not a valid JSON file (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("program")).toString() != QLatin1String("nuclei3d") ||
        !root.value(QStringLiteral("layers")).isArray())
        return fail(ProjectFileText::tr("not a Nuclei3D project"));
    if (root.value(QStringLiteral("format")).toInt() > kFormat)
        return fail(ProjectFileText::tr("written by a newer Nuclei3D (format %1)").arg(root.value(QStringLiteral("format")).toInt()));

    Project p;
    const QDir base = QFileInfo(file).absoluteDir();
    for (const QJsonValue& v : root.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject o = v.toObject();
        ProjectLayer l;
        l.name = o.value(QStringLiteral("name")).toString();
        const auto role = layerRoleFromKey(o.value(QStringLiteral("role")).toString());
        if (!role)
            return fail(ProjectFileText::tr("layer \"%1\" has an unknown role \"%2\"").arg(l.name, o.value(QStringLiteral("role")).toString()));
        l.role = *role;
        const QString stored = o.value(QStringLiteral("file")).toString();
        if (stored.isEmpty())
            return fail(ProjectFileText::tr("layer \"%1\" names no file").arg(l.name));
        l.file = QDir::cleanPath(base.absoluteFilePath(stored));
        l.visible = o.value(QStringLiteral("visible")).toBool(true);
        l.opacity = std::clamp(o.value(QStringLiteral("opacity")).toDouble(1.0), 0.0, 1.0);
        l.colourMap = colourMapFromKey(o.value(QStringLiteral("colour_map")).toString()).value_or(ColourMap::Grey);
        l.labelStyle = o.value(QStringLiteral("label_style")).toString() == QLatin1String("outline") ? LabelStyle::Outline
                                                                                                   : LabelStyle::Fill;
        l.low = o.value(QStringLiteral("low")).toDouble(0.0);
        l.high = o.value(QStringLiteral("high")).toDouble(1.0);
        p.layers.append(l);
    }
    const QJsonObject s = root.value(QStringLiteral("voxel_size_um")).toObject();
    if (s.value(QStringLiteral("known")).toBool()) {
        const double x = s.value(QStringLiteral("x")).toDouble(), y = s.value(QStringLiteral("y")).toDouble(),
                     z = s.value(QStringLiteral("z")).toDouble();
        if (!(x > 0.0 && y > 0.0 && z > 0.0))
            return fail(ProjectFileText::tr("the voxel size must be positive"));
        p.spacing = Spacing::micrometres(x, y, z);
        p.spacingFromFile = s.value(QStringLiteral("from_file")).toBool();
    }
    if (root.value(QStringLiteral("parameters")).isObject())
        p.parametersJson = QString::fromUtf8(
            QJsonDocument(root.value(QStringLiteral("parameters")).toObject()).toJson(QJsonDocument::Compact));
    for (const QJsonValue& v : root.value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject o = v.toObject();
        p.jobs.append({o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("state")).toString(),
                       static_cast<qint64>(o.value(QStringLiteral("elapsed_ms")).toDouble()),
                       o.value(QStringLiteral("error")).toString()});
    }
    *project = p;
    return true;
}

} // namespace nuclei3d::ui
