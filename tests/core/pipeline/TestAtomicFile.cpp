// Atomic text files: the final name holds either the old complete file or the new one.
#include "io/AtomicFile.h"
#include "io/StagedOutputFolder.h"
#include "pipeline/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace nuclei3d;
namespace fs = std::filesystem;

class TestAtomicFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesAndReplaces() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "a.txt";
        writeTextFileAtomically(file, "one");
        writeTextFileAtomically(file, "two");
        std::ifstream in(file);
        std::string text;
        in >> text;
        QCOMPARE(text, std::string("two"));
        QCOMPARE(std::distance(fs::directory_iterator(dir.path().toStdString()), fs::directory_iterator()), 1);
    }
    void abandonedWriteLeavesNothing() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "b.txt";
        {
            AtomicFile atomic(file);
            std::ofstream(atomic.temporaryPath()) << "partial";
            // no commit: as when an exception or a cancel unwinds the writer
        }
        QVERIFY(!fs::exists(file));
        QVERIFY(fs::is_empty(dir.path().toStdString()));
    }
    void stagedFolderPublishesAllOrNothing() {
        QTemporaryDir dir;
        const fs::path target = fs::path(dir.path().toStdString()) / "results";
        {
            StagedOutputFolder staged(target);
            std::ofstream(staged.stagedPath("a.txt")) << "a";
            // destroyed without commit: as when a later output fails or the user cancels
        }
        QVERIFY(fs::is_directory(target));
        QVERIFY(fs::is_empty(target));
        StagedOutputFolder staged(target);
        std::ofstream(staged.stagedPath("a.txt")) << "a";
        std::ofstream(staged.stagedPath("b.txt")) << "b";
        const auto finals = staged.commit();
        QCOMPARE(finals.size(), std::size_t{2});
        QVERIFY(fs::exists(target / "a.txt") && fs::exists(target / "b.txt"));
    }
    void missingFolderNamesTheFile() {
        try {
            writeTextFileAtomically("/nonexistent-folder/x.json", "{}");
            QFAIL("expected an error");
        } catch (const FileError& e) {
            QVERIFY(QString(e.what()).startsWith("/nonexistent-folder/x.json: "));
        }
    }
};

QTEST_APPLESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
