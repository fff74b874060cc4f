// Timing query runs (see latency_samples.hpp).
#include "bench/latency_samples.hpp"

#include <algorithm>
#include <cmath>

namespace podseek::bench {

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  std::size_t rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
  return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

LatencyFigures Samples::figures() const {
  LatencyFigures f;
  f.count = ms.size();
  if (ms.empty()) return f;
  f.p50_ms = percentile(ms, 50);
  f.p95_ms = percentile(ms, 95);
  f.p99_ms = percentile(ms, 99);
  double sum = 0;
  for (double m : ms) sum += m;
  f.mean_ms = sum / static_cast<double>(ms.size());
  f.mean_total = total / static_cast<double>(ms.size());
  f.mean_chapter_hits = chapters / static_cast<double>(ms.size());
  f.no_results = empty;
  return f;
}

std::vector<BenchQuery> interleave(const std::vector<std::vector<BenchQuery>>& lists) {
  std::vector<BenchQuery> out;
  for (std::size_t i = 0;; ++i) {
    bool any = false;
    for (const auto& list : lists) {
      if (i < list.size()) {
        out.push_back(list[i]);
        any = true;
      }
    }
    if (!any) return out;
  }
}

}  // namespace podseek::bench
