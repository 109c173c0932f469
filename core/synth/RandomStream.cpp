#include "synth/RandomStream.h"

#include <cassert>

namespace nuclei3d {

double RandomStream::uniform() {
    // The top 53 bits fill a double's mantissa exactly; scaling by a power of two is exact too.
    constexpr double kTwoToMinus53 = 1.0 / 9007199254740992.0;
    return static_cast<double>(raw() >> 11) * kTwoToMinus53;
}

std::uint64_t RandomStream::below(std::uint64_t n) {
    assert(n >= 1);
    // Values at or above the largest multiple of n that fits 2^64 would favour small results: they
    // are redrawn. (0 - n) % n is 2^64 mod n computed without 128-bit arithmetic.
    const std::uint64_t excess = (std::uint64_t{0} - n) % n;
    const std::uint64_t limit = std::uint64_t{0} - excess; // 2^64 - excess, wraps to 0 when excess == 0
    for (;;) {
        const std::uint64_t x = raw();
        if (excess == 0 || x < limit)
            return x % n;
    }
}

} // namespace nuclei3d
