#pragma once
// The states a job passes through (3D Slicer's command-line module states) and the two kinds of
// work the queue keeps apart: device (GPU/training) jobs run one at a time, CPU jobs in a pool.
#include <QMetaType>
#include <QString>

namespace nuclei3d::ui {

enum class JobState { Queued, Running, Cancelling, Cancelled, Finished, Failed };
enum class JobKind { Device, Cpu };

/// Translated, user-visible name of a state ("Running", ...).
QString jobStateText(JobState state);
/// Translated, user-visible name of a kind ("GPU", "CPU").
QString jobKindText(JobKind kind);
/// Untranslated key of a state ("finished", ...) for files such as projects.
QString jobStateKey(JobState state);
/// True for the three end states; an ended job never changes again.
bool isEndState(JobState state);

} // namespace nuclei3d::ui

Q_DECLARE_METATYPE(nuclei3d::ui::JobState)
