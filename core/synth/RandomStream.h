#pragma once
// The random numbers of stage 1, reproducible bit for bit on every platform and standard library.
// std::mt19937_64 is fully specified by the C++ standard, but the std::uniform_*_distribution
// classes are not (each library maps engine output to values its own way), so the mapping to doubles
// and to integer ranges is done here with exact integer arithmetic.
#include <cstdint>
#include <random>

namespace nuclei3d {

class RandomStream {
  public:
    explicit RandomStream(std::uint64_t seed) : m_engine(seed) {}

    /// The engine's next raw 64-bit output.
    std::uint64_t raw() { return m_engine(); }
    /// Uniform in [0, 1) on the grid of multiples of 2^-53 (every value exactly representable).
    double uniform();
    /// Uniform in [lo, hi); may return hi itself only through rounding of lo + (hi - lo) * u.
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [0, n), without modulo bias; n must be at least 1.
    std::uint64_t below(std::uint64_t n);

  private:
    std::mt19937_64 m_engine;
};

} // namespace nuclei3d
