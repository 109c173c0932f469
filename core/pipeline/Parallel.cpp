#include "pipeline/Parallel.h"

#include "pipeline/Progress.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace nuclei3d {
namespace {
std::atomic<int> g_threads{0};
}

void setThreadCount(int threads) { g_threads.store(std::max(0, threads)); }

int threadCount() {
    const int requested = g_threads.load();
    if (requested > 0)
        return requested;
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void parallelFor(std::size_t begin, std::size_t end,
                 const std::function<void(std::size_t, std::size_t)>& body, std::size_t minChunk) {
    if (end <= begin)
        return;
    const std::size_t count = end - begin;
    const std::size_t maxWorkers = std::max<std::size_t>(1, count / std::max<std::size_t>(1, minChunk));
    const std::size_t workers = std::min<std::size_t>(static_cast<std::size_t>(threadCount()), maxWorkers);
    if (workers <= 1) {
        body(begin, end);
        return;
    }
    // More chunks than threads balances uneven work (e.g. slices with many nuclei).
    const std::size_t chunks = std::min(count, workers * 4);
    std::atomic<std::size_t> next{0};
    std::exception_ptr firstError;
    std::mutex errorMutex;
    auto run = [&] {
        for (;;) {
            const std::size_t c = next.fetch_add(1);
            if (c >= chunks)
                return;
            const std::size_t b = begin + count * c / chunks;
            const std::size_t e = begin + count * (c + 1) / chunks;
            try {
                body(b, e);
            } catch (...) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (!firstError)
                    firstError = std::current_exception();
                next.store(chunks); // stop handing out work
            }
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    for (std::size_t i = 1; i < workers; ++i)
        pool.emplace_back(run);
    run();
    for (auto& t : pool)
        t.join();
    if (firstError)
        std::rethrow_exception(firstError);
}

void parallelForReporting(std::size_t n, const Progress& progress, const std::string& step,
                          const std::function<void(std::size_t, std::size_t)>& body) {
    const std::size_t blocks = std::min<std::size_t>(n, 16);
    for (std::size_t b = 0; b < blocks; ++b) {
        progress.report(static_cast<double>(b) / static_cast<double>(blocks), step);
        parallelFor(n * b / blocks, n * (b + 1) / blocks, body);
    }
    progress.report(1.0, step);
}

} // namespace nuclei3d
