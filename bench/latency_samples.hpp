// Timing query runs: the milliseconds of each, and the percentiles and means they make
// (LatencyFigures); and the classes' queries taken in turn, for the HTTP loads.
// Thread safety: a Samples is used by one thread; the functions are pure.
#pragma once

#include <chrono>
#include <vector>

#include "bench/engine.hpp"
#include "bench/query_mix.hpp"
#include "bench/results.hpp"

namespace podseek::bench {

// The p-th percentile (nearest rank) of the values, 0 for none.
double percentile(std::vector<double> values, double p);

struct Samples {
  std::vector<double> ms;
  double total = 0, chapters = 0;
  std::size_t empty = 0;

  // Runs run(q) (which returns a QueryOutcome) and keeps its time and what it found.
  template <class Run>
  void time(Run run, const BenchQuery& q) {
    auto start = std::chrono::steady_clock::now();
    QueryOutcome outcome = run(q);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    total += static_cast<double>(outcome.total);
    chapters += outcome.chapter_hits;
    if (outcome.results == 0) empty++;
  }

  LatencyFigures figures() const;
};

// One of each list in turn (a1 b1 c1 a2 b2 c2 …) until all are used up.
std::vector<BenchQuery> interleave(const std::vector<std::vector<BenchQuery>>& lists);

}  // namespace podseek::bench
