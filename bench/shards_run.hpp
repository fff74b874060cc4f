// One `podseek-bench shards` (issue 14): the same synthetic corpus as one local plain index and
// as 1, 2, 4 … shards, each shard served by its own xapian-tcpsrv on 127.0.0.1 with the
// dictionary local; per layout, the query mix's latency per class through Searcher in this
// process (as `run` times podseek) and podseek-server --db STUB under wrk (as `run` loads it).
// The corpus is indexed once, as the largest shard count; the other layouts are merged from it
// with xapian-compact (shard_layouts.hpp).
// Thread safety: single-threaded; starts server processes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "bench/shards_results.hpp"

namespace podseek::bench {

struct ShardsOptions {
  std::size_t episodes = 100000;
  std::vector<unsigned> shard_counts = {1, 2, 4};  // each must divide the largest
  std::uint64_t seed = 42;
  bool quick = false;                 // a smoke run: few queries, short HTTP loads
  std::size_t queries_per_class = 200;
  std::string work_dir;               // the layouts go here (build/bench-work/shards-…)
  std::string data_dir;               // topics.json and synonyms.json
  std::string server_path;            // podseek-server; "" skips the HTTP loads
  std::vector<int> connections = {1, 8, 64};
  int http_seconds = 10;
  // Leave the layouts in work_dir afterwards, and use the ones a run with the same corpus
  // (episodes, seed, schema version, largest shard count) left there instead of indexing again.
  bool keep_indexes = false;
  // Called with the results so far after each layout, so a long run that is stopped keeps them.
  std::function<void(const ShardsResults&)> after_each_layout;
};

// Runs everything and returns the figures; progress goes to stderr. Throws std::runtime_error
// (or std::invalid_argument for shard counts that do not divide the largest).
ShardsResults run_shards_benchmark(const ShardsOptions& options);

}  // namespace podseek::bench
