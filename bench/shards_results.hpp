// Every figure one `podseek-bench shards` produces (the same episodes as one local index and as
// 1, 2, 4 … shards behind xapian-tcpsrv), as JSON and as a Markdown table.
// Thread safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench/query_mix.hpp"
#include "bench/results.hpp"

namespace podseek::bench {

struct LayoutFigures {
  std::string name;        // "plain" or "4 shards"
  unsigned shards = 0;     // 0: the plain index, opened locally
  std::string note;        // how it was served
  unsigned long long disk_bytes = 0;
  std::vector<std::pair<QueryClass, LatencyFigures>> classes;  // through Searcher, in this process
  HttpFigures http;        // podseek-server --db STUB under wrk
};

struct ShardsResults {
  std::string started_utc;
  MachineInfo machine;
  std::uint64_t seed = 0;
  bool quick = false;
  std::size_t episodes = 0, podcasts = 0, queries_per_class = 0;
  unsigned built_shards = 0;   // the layout indexed; the others are merged from it
  bool build_reused = false;   // the kept build of an earlier run (--keep-indexes) was used
  double index_seconds = 0;    // indexing the built layout (0 when reused)
  double merge_seconds = 0;    // xapian-compact making the other layouts
  std::vector<LayoutFigures> layouts;
};

nlohmann::json to_json(const ShardsResults& results);
// p50 / p99 per class and layout, then requests per second per connection count and layout.
std::string shards_markdown(const ShardsResults& results);

}  // namespace podseek::bench
