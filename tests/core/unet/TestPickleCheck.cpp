// The bounds check that runs before LibTorch's unpickler (core/unet/PickleCheck.h): pickles written by
// CPython in protocols 0, 2 and 4 pass; each way a damaged pickle could make the unpickler allocate
// without bound, or read past its end, is reported with its offset.
#include "unet/PickleCheck.h"

#include <QtTest>

#include <string>

using namespace nuclei3d;

namespace {
std::string fromHex(const char* hex) {
    std::string bytes;
    for (const char* p = hex; p[0] && p[1]; p += 2)
        bytes.push_back(static_cast<char>(std::stoi(std::string(p, 2), nullptr, 16)));
    return bytes;
}
void expectProblem(const std::string& pickle, const char* expected) {
    const std::string problem = findPickleProblem(pickle);
    QVERIFY2(problem.find(expected) != std::string::npos, problem.c_str());
}
} // namespace

class TestPickleCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // pickle.dumps({'a': [1, 2.5, 'xyz', b'by', 10**30], 'b': (None, True, -7), 'c': {3}}, protocol=P)
    void cpythonPicklesPass_data() {
        QTest::addColumn<QString>("hex");
        QTest::newRow("protocol 0")
            << "286470300a56610a70310a286c70320a49310a6146322e350a615678797a0a70330a61635f636f646563730a656e636f64"
               "650a70340a285662790a70350a566c6174696e310a70360a7470370a5270380a614c31303030303030303030303030303030"
               "3030303030303030303030303030304c0a617356620a70390a284e4930310a492d370a747031300a7356630a7031310a635f"
               "5f6275696c74696e5f5f0a7365740a7031320a28286c7031330a49330a61747031340a527031350a732e";
        QTest::newRow("protocol 2")
            << "80027d71002858010000006171015d7102284b01474004000000000000580300000078797a7103635f636f646563730a65"
               "6e636f64650a710458020000006279710558060000006c6174696e3171068671075271088a0d00000040eaed7446d09c2c"
               "9f0c6558010000006271094e884af9ffffff87710a580100000063710b635f5f6275696c74696e5f5f0a7365740a710c5d71"
               "0d4b036185710e52710f752e";
        QTest::newRow("protocol 4")
            << "80049549000000000000007d94288c0161945d94284b014740040000000000008c0378797a9443026279948a0d000000"
               "40eaed7446d09c2c9f0c658c0162944e884af9ffffff87948c0163948f94284b0390752e";
    }
    void cpythonPicklesPass() {
        QFETCH(QString, hex);
        const std::string problem = findPickleProblem(fromHex(hex.toLatin1().constData()));
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void memoIndexThatSkipsAheadIsRefused() {
        // The fuzzer's finding: REDUCE ('R') changed to LONG_BINPUT ('r'), whose index became 1.3e9.
        expectProblem(fromHex("8002" "4e" "7274527144" "2e"), "memo index 1148277364 skips ahead of the 0 entries");
        expectProblem(fromHex("8002" "4e" "7100" "4e" "7102" "2e"), "memo index 2 skips ahead of the 1 entries");
        expectProblem(std::string("(lp5\n."), "memo index 5 skips ahead");
        QVERIFY(findPickleProblem(fromHex("8002" "4e" "7100" "4e" "7100" "2e")).empty()); // re-put, allowed
    }

    void memoReadBeforeItIsStoredIsRefused() {
        expectProblem(fromHex("8002" "6800" "2e"), "reads memo entry 0 of 0");
        expectProblem(fromHex("8004" "4e" "94" "6a01000000" "2e"), "reads memo entry 1 of 1");
        QVERIFY(findPickleProblem(fromHex("8004" "4e" "94" "6800" "2e")).empty());
    }

    void lengthsBeyondTheEndAreRefused() {
        expectProblem(fromHex("8002" "58ffffffff" "6162" "2e"), "declares 4294967295 bytes but has 3 left");
        expectProblem(fromHex("8004" "8c05" "6162" "2e"), "declares 5 bytes but has 3 left");
        expectProblem(fromHex("8004" "8e" "0000000001000000" "2e"), "declares 4294967296 bytes");
        expectProblem(fromHex("8002" "58" "0100"), "ends inside a length");
    }

    void truncatedOrUnknownStreamsAreRefused() {
        expectProblem(fromHex("8002" "4a0100"), "ends inside an argument at byte 2");
        expectProblem(fromHex("8002" "4e"), "no STOP");
        expectProblem(std::string(), "no STOP");
        expectProblem(fromHex("8002" "ff" "2e"), "unknown pickle opcode 255 at byte 2");
        expectProblem(std::string("cos\nsystem"), "ends inside a text argument");
        expectProblem(std::string("(lpx\n."), "memo index is not a number");
    }
};

QTEST_APPLESS_MAIN(TestPickleCheck)
#include "TestPickleCheck.moc"
