// U-Net training under faults: kill -9 in the middle of training, then a resume that continues
// from the last checkpoint and ends where an uninterrupted run ends; a corrupt checkpoint refused
// with an error naming the file.
#include "TestSupport.h"

#include "pipeline/Error.h"
#include "unet/UnetTraining.h"

#include "../core/unet/UnetTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace nuclei3d;
namespace fs = std::filesystem;

namespace {

constexpr int steps = 120;        // about 0.2 s each; the helper checkpoints every 5 (test::tinyTraining)
constexpr int checkpointEvery = 5;

QString helper() { return QStringLiteral(NUCLEI3D_FAULT_HELPER_PATH); }
QString str(const fs::path& p) { return QString::fromStdString(p.string()); }

/// The step numbers the helper announced ("step N/M ...").
QList<int> announcedSteps(const QString& output) {
    QList<int> result;
    static const QRegularExpression pattern(QStringLiteral("^step (\\d+)/"), QRegularExpression::MultilineOption);
    auto it = pattern.globalMatch(output);
    while (it.hasNext())
        result.append(it.next().captured(1).toInt());
    return result;
}

/// The step column of loss.csv.
QList<int> loggedSteps(const fs::path& folder) {
    QFile f(str(lossLogFile(folder)));
    QList<int> result;
    if (!f.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        result.append(lines[i].split(',').first().toInt());
    return result;
}

/// The last line of loss.csv: step and losses of the final step.
QString lastLossRow(const fs::path& folder) {
    QFile f(str(lossLogFile(folder)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    return QString::fromUtf8(lines.last());
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run trainToTheEnd(const fs::path& folder) {
    QProcess p;
    p.start(helper(), {QStringLiteral("train"), str(folder), QString::number(steps)});
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardOutput()), QString::fromLocal8Bit(p.readAllStandardError())};
}

void corrupt(const fs::path& file, const std::string& how) {
    std::string bytes;
    {
        std::ifstream in(file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    if (how == "truncated")
        bytes.resize(bytes.size() / 2);
    else if (how == "zeroed-middle")
        std::fill(bytes.begin() + static_cast<std::ptrdiff_t>(bytes.size() / 3),
                  bytes.begin() + static_cast<std::ptrdiff_t>(2 * bytes.size() / 3), '\0');
    else if (how == "empty")
        bytes.clear();
    else if (how == "text")
        bytes = "this is not a checkpoint\n";
    std::ofstream(file, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace

class TestTrainingFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killDuringTrainingThenResume() {
        QTemporaryDir dir;
        const fs::path killed = test::toPath(dir.path()) / "killed";
        const fs::path straight = test::toPath(dir.path()) / "straight";

        QProcess p;
        p.start(helper(), {QStringLiteral("train"), str(killed), QString::number(steps)});
        QVERIFY(p.waitForStarted());
        // Kill once training is past the second checkpoint and in the middle of the next interval.
        QString out;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 300000) {
            p.waitForReadyRead(1000);
            out += QString::fromLocal8Bit(p.readAllStandardOutput());
            const QList<int> seen = announcedSteps(out);
            if (!seen.isEmpty() && seen.last() >= 2 * checkpointEvery + 3)
                break;
            QVERIFY2(p.state() == QProcess::Running, qPrintable(out + p.readAllStandardError()));
        }
        p.kill(); // SIGKILL: no destructor, no handler, no last checkpoint
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        const int lastAnnounced = announcedSteps(out).last();
        QVERIFY(lastAnnounced < steps);
        QVERIFY(fs::exists(checkpointFile(killed)));
        QVERIFY(!fs::exists(modelFile(killed)));
        // The checkpoint on disk is complete (written atomically), whatever the kill interrupted.
        loadCheckpointModel(checkpointFile(killed));

        const Run resumed = trainToTheEnd(killed);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const QList<int> resumedSteps = announcedSteps(resumed.out);
        QVERIFY(!resumedSteps.isEmpty());
        // It starts right after a checkpoint the first run reached, not from step 1.
        const int firstStep = resumedSteps.first();
        QVERIFY2(firstStep > checkpointEvery && (firstStep - 1) % checkpointEvery == 0 && firstStep <= lastAnnounced,
                 qPrintable(QStringLiteral("resumed at step %1, killed at %2").arg(firstStep).arg(lastAnnounced)));
        QVERIFY(resumed.out.contains(QStringLiteral("finished %1").arg(steps)));
        QVERIFY(fs::exists(modelFile(killed)));
        // The results under their final names are the complete set. (A kill in the middle of a
        // checkpoint write can leave that write's hidden temporary file; it is never read.)
        QStringList visible;
        for (const auto& entry : fs::directory_iterator(killed))
            if (entry.path().filename().string().rfind(".", 0) != 0)
                visible.append(QString::fromStdString(entry.path().filename().string()));
        visible.sort();
        QCOMPARE(visible, QStringList({"checkpoint.pt", "loss.csv", "model.pt"}));

        // The loss log holds every step once, in order, though the steps after the checkpoint ran twice.
        QList<int> expected;
        for (int step = 1; step <= steps; ++step)
            expected.append(step);
        QCOMPARE(loggedSteps(killed), expected);

        // And it ends exactly where an uninterrupted run ends.
        const Run reference = trainToTheEnd(straight);
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
        QCOMPARE(lastLossRow(killed), lastLossRow(straight));
    }

    void corruptCheckpointIsRefused_data() {
        QTest::addColumn<QString>("how");
        for (const char* how : {"truncated", "zeroed-middle", "empty", "text"})
            QTest::newRow(how) << QString::fromLatin1(how);
    }

    void corruptCheckpointIsRefused() {
        QFETCH(QString, how);
        QTemporaryDir dir;
        const fs::path folder = test::toPath(dir.path());
        const auto pairs = test::tinyPairs();
        const UnetTrainSettings settings = test::tinyTraining(checkpointEvery);
        trainUnet(pairs, settings, folder, "{}");
        const fs::path checkpoint = checkpointFile(folder);
        QVERIFY(fs::exists(checkpoint));
        corrupt(checkpoint, how.toStdString());

        try {
            loadCheckpointModel(checkpoint);
            QFAIL("a corrupt checkpoint was read");
        } catch (const FileError& e) {
            QCOMPARE(e.file(), checkpoint);
            QVERIFY2(std::string(e.what()).rfind(checkpoint.string(), 0) == 0, e.what());
        }
        // Resuming from it is refused too, before any training step overwrites anything.
        UnetTrainSettings more = settings;
        more.steps = 2 * checkpointEvery;
        try {
            trainUnet(pairs, more, folder, "{}");
            QFAIL("training resumed from a corrupt checkpoint");
        } catch (const FileError& e) {
            QCOMPARE(e.file(), checkpoint);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainingFaults)
#include "TestTrainingFaults.moc"
