// Seeded randomness whose output is the same on every standard library: std::mt19937_64 is
// specified bit for bit, but std:: distributions are not, so the distributions are our own.
// Thread safety: an Rng is used by one thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace podseek::bench {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  std::uint64_t next() { return engine_(); }
  // Uniform in [0, 1), from the top 53 bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform in [0, n). REQUIRES: n > 0. Rejection sampling, so no modulo bias.
  std::uint64_t below(std::uint64_t n) {
    std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x;
    do x = next(); while (x >= limit);
    return x % n;
  }
  // Uniform in [lo, hi]. REQUIRES: lo <= hi.
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1)); }
  bool chance(double p) { return uniform() < p; }
  template <class T>
  const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

 private:
  std::mt19937_64 engine_;
};

// Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^s.
class Zipf {
 public:
  Zipf(std::size_t n, double s);
  std::size_t sample(Rng& rng) const;
  std::size_t size() const { return cdf_.size(); }

 private:
  std::vector<double> cdf_;
};

}  // namespace podseek::bench
