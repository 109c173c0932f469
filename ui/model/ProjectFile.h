#pragma once
// A project as one JSON file: the layers (file, role, how each is shown), the voxel size, the
// parameters (the same JSON a run writes) and the job history. Volumes stay in their TIFF files;
// the project names them by path relative to the project file when they lie beside it, so a
// project folder can be moved as a whole.
//
// Threads: any thread (no Qt object); the window reads and writes on the UI thread (small files).
#include "model/LayerRole.h"

#include "volume/Spacing.h"

#include <QList>
#include <QString>

namespace nuclei3d::ui {

struct ProjectLayer {
    QString name;
    LayerRole role = LayerRole::Image;
    QString file; // absolute once read
    bool visible = true;
    double opacity = 1.0;
    ColourMap colourMap = ColourMap::Grey;
    LabelStyle labelStyle = LabelStyle::Fill;
    double low = 0.0;
    double high = 1.0;
};

struct ProjectJob {
    QString title;
    QString state; // untranslated key: finished, failed, cancelled, ...
    qint64 elapsedMs = 0;
    QString error;
};

struct Project {
    QList<ProjectLayer> layers; // top first, as the layer list shows them
    Spacing spacing;
    bool spacingFromFile = false;
    QString parametersJson; // ParameterSet::toJson()
    QList<ProjectJob> jobs;
};

/// Written atomically (QSaveFile): an interrupted save leaves the old project. False and a message
/// naming the file on failure.
bool writeProject(const Project& project, const QString& file, QString* error);
/// False and a message naming the file and the problem for unreadable or malformed files; layers
/// of unknown role are refused too (a newer program's project).
bool readProject(const QString& file, Project* project, QString* error);

} // namespace nuclei3d::ui
