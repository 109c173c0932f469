// general.device and general.threads reach the networks: cpu is honoured even where CUDA exists,
// cuda without CUDA is a clear error instead of a silent CPU run, and auto follows the machine.
#include "pipeline/Error.h"
#include "pipeline/GeneralSettings.h"
#include "pipeline/Parallel.h"
#include "unet/TorchThreads.h"

#include <QtTest>

using namespace nuclei3d;

class TestComputeDevice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() {
        setComputeDevice(ComputeDevice::Auto);
        setThreadCount(0);
    }
    void eachChoiceGivesItsDevice() {
        const bool cuda = torch::cuda::is_available();
        setComputeDevice(ComputeDevice::Auto);
        QCOMPARE(defaultTorchDevice().is_cuda(), cuda);
        setComputeDevice(ComputeDevice::Cpu);
        QVERIFY(defaultTorchDevice().is_cpu());
        setComputeDevice(ComputeDevice::Cuda);
        if (cuda) {
            QVERIFY(defaultTorchDevice().is_cuda());
        } else {
            try {
                defaultTorchDevice();
                QFAIL("cuda was accepted without CUDA");
            } catch (const Error& e) {
                QVERIFY2(std::string(e.what()).find("general.device") != std::string::npos, e.what());
            }
        }
    }
    void theParametersSetThreadsAndDevice() {
        ParameterSet parameters;
        parameters.set("general.threads", std::int64_t{3});
        parameters.set("general.device", std::string("cpu"));
        applyGeneralParameters(parameters);
        QCOMPARE(threadCount(), 3);
        QCOMPARE(computeDevice(), ComputeDevice::Cpu);
        applyTorchThreads();
        QCOMPARE(torch::get_num_threads(), 3);
        QVERIFY_THROWS_EXCEPTION(Error, computeDeviceFrom("gpu"));
    }
};

QTEST_APPLESS_MAIN(TestComputeDevice)
#include "TestComputeDevice.moc"
