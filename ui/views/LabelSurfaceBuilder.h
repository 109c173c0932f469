#pragma once
// Builds the 3D surfaces of a labels layer on a worker thread (VTK's flying edges on each
// nucleus's own 0/1 mask in its bounding box, on a volume sampled down to at most about two million voxels), so
// that the window never waits for them. A new request cancels the one in progress; the newest
// finished mesh is announced on the UI thread.
//
// Threads: UI thread only; the work reads only the shared immutable labels volume.
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <QObject>

#include <cstdint>
#include <memory>
#include <vector>

namespace nuclei3d::ui {

struct LabelSurfaceMesh;
class TaskRunner;

class LabelSurfaceBuilder : public QObject {
    Q_OBJECT
  public:
    explicit LabelSurfaceBuilder(QObject* parent = nullptr);
    ~LabelSurfaceBuilder() override;

    /// Starts building the surfaces of `labels` (ids past the palette get the id colours).
    void build(std::shared_ptr<const Volume<std::uint32_t>> labels, Spacing spacing,
               std::vector<std::uint32_t> palette);
    /// Drops the request in progress and any pending one.
    void cancel();
    bool isBuilding() const;
    /// The labels volume of the newest request (null when none).
    const Volume<std::uint32_t>* requested() const { return m_requested.get(); }

    /// The work itself, on the calling thread (tests and the worker). Throws Cancelled.
    static std::shared_ptr<const LabelSurfaceMesh> buildNow(const Volume<std::uint32_t>& labels, Spacing spacing,
                                                            const std::vector<std::uint32_t>& palette,
                                                            const Progress& progress = {});

  Q_SIGNALS:
    /// The surfaces of `source` are ready.
    void ready(std::shared_ptr<const nuclei3d::ui::LabelSurfaceMesh> mesh,
               const nuclei3d::Volume<std::uint32_t>* source);
    void failed(const QString& message);

  private:
    void startPending();

    TaskRunner* m_runner;
    std::shared_ptr<const Volume<std::uint32_t>> m_requested;
    Spacing m_spacing;
    std::vector<std::uint32_t> m_palette;
    bool m_pending = false;
    std::shared_ptr<std::shared_ptr<const LabelSurfaceMesh>> m_result;
};

} // namespace nuclei3d::ui
