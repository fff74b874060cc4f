// searchd load (see sphinx_load.hpp).
#include "bench/sphinx_load.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <memory>
#include <mutex>
#include <thread>

#include "bench/sphinx_runner.hpp"

namespace podseek::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Tally {
  std::mutex mutex;
  std::vector<double> ms;
  long errors = 0;
  std::string first_error;
};

// One connection's requests until the deadline.
void drive(const SphinxLoadOptions& o, const SphinxIds& ids, const std::vector<BenchQuery>& mix, std::size_t start,
           Clock::time_point deadline, Tally& tally) {
  std::vector<double> ms;
  long errors = 0;
  std::string error;
  try {
    SphinxRunner runner(o.port, ids, o.max_groups);
    for (std::size_t i = start; Clock::now() < deadline; ++i) {
      auto begin = Clock::now();
      try {
        runner.run(mix[i % mix.size()]);
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
      } catch (const std::exception& e) {
        if (error.empty()) error = e.what();
        errors++;
      }
    }
  } catch (const std::exception& e) {  // could not connect
    error = e.what();
    errors++;
  }
  std::lock_guard<std::mutex> lock(tally.mutex);
  tally.ms.insert(tally.ms.end(), ms.begin(), ms.end());
  tally.errors += errors;
  if (tally.first_error.empty()) tally.first_error = error;
}

double percentile_of(std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  std::size_t rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

HttpLevel run_level(const SphinxLoadOptions& o, const SphinxIds& ids, const std::vector<BenchQuery>& mix,
                    int connections, int seconds, std::string& note) {
  Tally tally;
  auto begin = Clock::now();
  auto deadline = begin + std::chrono::seconds(seconds);
  std::vector<std::thread> threads;
  for (int c = 0; c < connections; ++c) {
    std::size_t start = mix.size() * static_cast<std::size_t>(c) / static_cast<std::size_t>(connections);
    threads.emplace_back(drive, std::cref(o), std::cref(ids), std::cref(mix), start, deadline, std::ref(tally));
  }
  for (auto& t : threads) t.join();
  double wall = std::chrono::duration<double>(Clock::now() - begin).count();
  std::sort(tally.ms.begin(), tally.ms.end());
  HttpLevel level;
  level.connections = connections;
  level.requests = static_cast<long>(tally.ms.size());
  level.errors = tally.errors;
  level.requests_per_second = wall > 0 ? static_cast<double>(tally.ms.size()) / wall : 0;
  level.p50_ms = percentile_of(tally.ms, 50);
  level.p99_ms = percentile_of(tally.ms, 99);
  if (!tally.first_error.empty() && note.empty()) note = tally.first_error;
  return level;
}

}  // namespace

HttpFigures measure_sphinx_load(const SphinxLoadOptions& o, const SphinxIds& ids, const std::vector<BenchQuery>& mix) {
  HttpFigures figures;
  figures.seconds_per_level = o.seconds;
  figures.server_threads = 0;  // searchd: a thread per connection (workers = threads)
  if (mix.empty()) {
    figures.note = "no queries";
    return figures;
  }
  std::string note;
  run_level(o, ids, mix, 8, 1, note);  // warm-up, as podseek-server's
  for (int connections : o.connections) figures.levels.push_back(run_level(o, ids, mix, connections, o.seconds, note));
  figures.ran = true;
  figures.note = note;
  return figures;
}

}  // namespace podseek::bench
