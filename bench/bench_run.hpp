// One `podseek-bench run`: for each corpus size, generate the corpus, index it with podseek and
// with SQLite FTS5 (each in its own forked child, for its peak memory), time the query mix on
// both in this process, and load podseek-server over HTTP.
// Thread safety: single-threaded; forks children and starts a server process.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "bench/results.hpp"

namespace podseek::bench {

struct RunOptions {
  std::vector<std::size_t> sizes = {1000, 10000, 100000};
  std::uint64_t seed = 42;
  bool quick = false;                 // a smoke run: few queries, short HTTP loads
  std::size_t queries_per_class = 200;
  std::string work_dir;               // indexes and scripts go here (build/bench-work)
  std::string data_dir;               // topics.json and synonyms.json
  std::string server_path;            // podseek-server; "" skips the HTTP load
  std::vector<int> connections = {1, 8, 64};
  int http_seconds = 10;
  bool sphinx = true;                 // also Sphinx, when sphinxsearch is installed
  int idle_connections = 64;          // beside the second podseek-server load: half idle, half slow
  bool keep_indexes = false;          // leave the indexes in work_dir afterwards
  // Called with the results so far after each size, so a long run that is stopped keeps them.
  std::function<void(const BenchResults&)> after_each_size;
};

// Runs everything and returns the figures; progress goes to stderr.
BenchResults run_benchmark(const RunOptions& options);

}  // namespace podseek::bench
