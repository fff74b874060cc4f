// Zipf sampling by inverse CDF (see random.hpp).
#include "bench/random.hpp"

#include <algorithm>
#include <cmath>

namespace podseek::bench {

Zipf::Zipf(std::size_t n, double s) : cdf_(n) {
  double total = 0;
  for (std::size_t i = 0; i < n; ++i) cdf_[i] = total += std::pow(static_cast<double>(i + 1), -s);
  for (double& c : cdf_) c /= total;
}

std::size_t Zipf::sample(Rng& rng) const {
  double u = rng.uniform();
  auto it = std::upper_bound(cdf_.begin(), cdf_.end(), u);
  return std::min<std::size_t>(it - cdf_.begin(), cdf_.size() - 1);
}

}  // namespace podseek::bench
