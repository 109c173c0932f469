#pragma once
// Hand-made volumes for the stage 5 and classical-baseline tests (no test logic of its own).
#include "pipeline/Progress.h"
#include "postprocess/Stage5.h"
#include "volume/AnyVolume.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace nuclei3d::test {

/// Sets `value` on every voxel whose centre lies in the axis-aligned ellipsoid of semi-axes
/// (ax, ay, az) in micrometres around (cx, cy, cz) in voxels, using the volume's spacing.
template <typename T>
void paintEllipsoid(Volume<T>& v, double cx, double cy, double cz, double ax, double ay, double az, T value) {
    const Spacing s = v.spacing();
    for (std::size_t z = 0; z < v.sizeZ(); ++z)
        for (std::size_t y = 0; y < v.sizeY(); ++y)
            for (std::size_t x = 0; x < v.sizeX(); ++x) {
                const double dx = (double(x) - cx) * s.x / ax, dy = (double(y) - cy) * s.y / ay,
                             dz = (double(z) - cz) * s.z / az;
                if (dx * dx + dy * dy + dz * dz <= 1.0)
                    v.at(x, y, z) = value;
            }
}

template <typename T> void paintBall(Volume<T>& v, double cx, double cy, double cz, double r, T value) {
    paintEllipsoid(v, cx, cy, cz, r, r, r, value);
}

/// The distinct non-zero ids of a label volume.
inline std::set<std::uint32_t> idsOf(const Volume<std::uint32_t>& labels) {
    std::set<std::uint32_t> ids(labels.storage().begin(), labels.storage().end());
    ids.erase(0);
    return ids;
}

/// Keeps copies of everything stage 5 hands over, and the order it came in.
struct KeepingReceiver : Stage5Receiver {
    Volume<std::uint32_t> labels;
    Volume<std::uint8_t> classes, contours;
    Volume<Rgb8> segColor, picture;
    std::vector<std::string> order;
    void receiveLabels(const Volume<std::uint32_t>& v) override {
        labels = v;
        order.push_back("labels");
    }
    void receiveClasses(Volume<std::uint8_t>&& v) override {
        classes = std::move(v);
        order.push_back("classes");
    }
    void receiveContours(const Volume<std::uint8_t>& v) override {
        contours = v;
        order.push_back("contours");
    }
    void receiveSegColor(Volume<Rgb8>&& v) override {
        segColor = std::move(v);
        order.push_back("segcolor");
    }
    void receiveLabelPicture(Volume<Rgb8>&& v) override {
        picture = std::move(v);
        order.push_back("label");
    }
};

/// A sink that asks to stop after `allowed` updates, to cancel work midway.
struct StopAfter : ProgressSink {
    explicit StopAfter(int n) : allowed(n) {}
    bool update(double, const std::string&) override { return allowed-- > 0; }
    int allowed;
};

/// Records every fraction reported, to check that progress only moves forward.
struct Recorder : ProgressSink {
    std::vector<double> fractions;
    bool update(double fraction, const std::string&) override {
        fractions.push_back(fraction);
        return true;
    }
};

} // namespace nuclei3d::test
