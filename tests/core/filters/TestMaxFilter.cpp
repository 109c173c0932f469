// boxMaxFilter: against a brute-force box maximum (radii 0 to larger than the volume, per axis),
// thread-count independence, an empty volume, cancel.
#include "FilterTestSupport.h"
#include "filters/MaxFilter.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "volume/Volume.h"

#include <QtTest>

#include <algorithm>

using namespace nuclei3d;
using nuclei3d::test::randomVolume;

namespace {

// The maximum over the clipped box, voxel by voxel: slow, obviously right.
Volume<float> bruteForceMax(const Volume<float>& in, long rx, long ry, long rz) {
    Volume<float> out(in.shape());
    const long nx = long(in.sizeX()), ny = long(in.sizeY()), nz = long(in.sizeZ());
    for (long z = 0; z < nz; ++z)
        for (long y = 0; y < ny; ++y)
            for (long x = 0; x < nx; ++x) {
                float best = -1e30f;
                for (long k = std::max(0L, z - rz); k <= std::min(nz - 1, z + rz); ++k)
                    for (long j = std::max(0L, y - ry); j <= std::min(ny - 1, y + ry); ++j)
                        for (long i = std::max(0L, x - rx); i <= std::min(nx - 1, x + rx); ++i)
                            best = std::max(best, in.at(std::size_t(i), std::size_t(j), std::size_t(k)));
                out.at(std::size_t(x), std::size_t(y), std::size_t(z)) = best;
            }
    return out;
}

} // namespace

class TestMaxFilter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesTheBruteForceBox_data() {
        QTest::addColumn<int>("rx");
        QTest::addColumn<int>("ry");
        QTest::addColumn<int>("rz");
        QTest::newRow("none") << 0 << 0 << 0;
        QTest::newRow("x only") << 2 << 0 << 0;
        QTest::newRow("y only") << 0 << 3 << 0;
        QTest::newRow("z only") << 0 << 0 << 1;
        QTest::newRow("anisotropic") << 3 << 2 << 1;
        QTest::newRow("wider than the volume") << 40 << 40 << 40;
    }
    void matchesTheBruteForceBox() {
        QFETCH(int, rx);
        QFETCH(int, ry);
        QFETCH(int, rz);
        const Volume<float> in = randomVolume(Shape{13, 9, 7}, 5);
        Volume<float> v = in;
        boxMaxFilter(v, std::size_t(rx), std::size_t(ry), std::size_t(rz));
        const Volume<float> expected = bruteForceMax(in, rx, ry, rz);
        QVERIFY(v.storage() == expected.storage());
    }
    void plateausAndRepeatedValues() {
        // Equal values side by side must not leave the queue's front behind the window.
        Volume<float> v(Shape{12, 1, 1});
        const float values[] = {1, 1, 3, 3, 2, 2, 2, 0, 5, 5, 0, 0};
        std::copy(std::begin(values), std::end(values), v.storage().begin());
        const Volume<float> in = v;
        boxMaxFilter(v, 1, 0, 0);
        QVERIFY(v.storage() == bruteForceMax(in, 1, 0, 0).storage());
    }
    void independentOfTheThreadCount() {
        const Volume<float> in = randomVolume(Shape{31, 17, 11}, 9);
        setThreadCount(1);
        Volume<float> one = in;
        boxMaxFilter(one, 2, 3, 2);
        setThreadCount(4);
        Volume<float> four = in;
        boxMaxFilter(four, 2, 3, 2);
        setThreadCount(0);
        QVERIFY(one.storage() == four.storage());
    }
    void emptyVolumeIsLeftAlone() {
        Volume<float> v;
        boxMaxFilter(v, 2, 2, 2);
        QVERIFY(v.empty());
    }
    void cancelStops() {
        Volume<float> v = randomVolume(Shape{64, 64, 64}, 3);
        test::StopAfter stop(2);
        QVERIFY_THROWS_EXCEPTION(Cancelled, boxMaxFilter(v, 2, 2, 2, Progress(&stop, nullptr)));
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, boxMaxFilter(v, 2, 2, 2, Progress(nullptr, &token)));
    }
};

QTEST_APPLESS_MAIN(TestMaxFilter)
#include "TestMaxFilter.moc"
