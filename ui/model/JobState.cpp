#include "model/JobState.h"

#include <QCoreApplication>

namespace nuclei3d::ui {

QString jobStateKey(JobState state) {
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Cancelling:
        return QStringLiteral("cancelling");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Finished:
        return QStringLiteral("finished");
    case JobState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString jobStateText(JobState state) {
    switch (state) {
    case JobState::Queued:
        return QCoreApplication::translate("nuclei3d::ui::JobState", "Queued");
    case JobState::Running:
        return QCoreApplication::translate("nuclei3d::ui::JobState", "Running");
    case JobState::Cancelling:
        return QCoreApplication::translate("nuclei3d::ui::JobState", "Cancelling");
    case JobState::Cancelled:
        return QCoreApplication::translate("nuclei3d::ui::JobState", "Cancelled");
    case JobState::Finished:
        return QCoreApplication::translate("nuclei3d::ui::JobState", "Finished");
    case JobState::Failed:
        return QCoreApplication::translate("nuclei3d::ui::JobState", "Failed");
    }
    return {};
}

QString jobKindText(JobKind kind) {
    return kind == JobKind::Device ? QCoreApplication::translate("nuclei3d::ui::JobState", "GPU")
                                   : QCoreApplication::translate("nuclei3d::ui::JobState", "CPU");
}

bool isEndState(JobState state) {
    return state == JobState::Cancelled || state == JobState::Finished || state == JobState::Failed;
}

} // namespace nuclei3d::ui
