// Stage 1 stops with Cancelled, in every phase, when the cancel token is set from the progress sink
// or when the sink returns false; a token cancelled before the start stops it at once.
#include "SynthTestSupport.h"

#include "pipeline/Error.h"
#include "synth/SyntheticNuclei.h"

#include <QtTest>

#include <string>

using namespace nuclei3d;
using nuclei3d::test::smallSettings;

namespace {

// Cancels when a report's step starts with `trigger` ("" = the first report), either through the
// token or by returning false; records what it saw after cancelling.
class CancellingSink : public ProgressSink {
  public:
    CancellingSink(CancelToken& token, std::string trigger, bool viaToken)
        : m_token(token), m_trigger(std::move(trigger)), m_viaToken(viaToken) {}
    bool update(double, const std::string& step) override {
        ++reports;
        if (cancelled)
            ++reportsAfterCancel;
        if (!cancelled && step.compare(0, m_trigger.size(), m_trigger) == 0) {
            cancelled = true;
            if (m_viaToken)
                m_token.cancel();
            else
                return false;
        }
        return true;
    }
    int reports = 0;
    int reportsAfterCancel = 0;
    bool cancelled = false;

  private:
    CancelToken& m_token;
    std::string m_trigger;
    bool m_viaToken;
};

} // namespace

class TestSynthCancel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void cancelStopsGeneration_data() {
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<bool>("viaToken");
        QTest::newRow("token, at the first report") << QString() << true;
        QTest::newRow("token, while placing") << QStringLiteral("placing nuclei") << true;
        QTest::newRow("token, in the contour pass") << QStringLiteral("contours") << true;
        QTest::newRow("token, while blurring") << QStringLiteral("blurring along y") << true;
        QTest::newRow("sink returns false, while placing") << QStringLiteral("placing nuclei") << false;
        QTest::newRow("sink returns false, while blurring") << QStringLiteral("blurring along z") << false;
    }
    void cancelStopsGeneration() {
        QFETCH(QString, trigger);
        QFETCH(bool, viaToken);
        CancelToken token;
        CancellingSink sink(token, trigger.toStdString(), viaToken);
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, generateSynthetic(smallSettings(Shape{64, 64, 48}, 200), Progress(&sink, &token)));
        QVERIFY(sink.cancelled);
        // Cancel by token is seen at the next check, which is before the next report.
        QCOMPARE(sink.reportsAfterCancel, 0);
    }

    void tokenCancelledBeforeTheStartStopsAtOnce() {
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, generateSynthetic(smallSettings(Shape{64, 64, 64}, 100), Progress(nullptr, &token)));
    }
};

QTEST_APPLESS_MAIN(TestSynthCancel)
#include "TestSynthCancel.moc"
