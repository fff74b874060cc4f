// searchd under load over its own protocol: for each connection count, that many threads, each
// with its own SphinxQL connection (a SphinxRunner), run the bench's interleaved mix (each from
// its own starting point) back to back for a bounded time, doing for every request what a
// podseek HTTP request does (page, facets, snippets, chapters). Latencies of every request give
// p50/p99; requests/s is their number over the level's wall time. The figure to put beside
// podseek-server's (wrk over HTTP) for the same mix and connection counts.
// Thread safety: one load run at a time; it starts and joins its own threads.
#pragma once

#include <vector>

#include "bench/query_mix.hpp"
#include "bench/results.hpp"
#include "bench/sphinx_index.hpp"

namespace podseek::bench {

struct SphinxLoadOptions {
  int port = 0;
  long max_groups = 0;  // as SphinxRunner's
  std::vector<int> connections = {1, 8, 64};
  int seconds = 10;     // per connection count
};

// Never throws: a failure becomes ran = false (or fewer levels) and a note.
HttpFigures measure_sphinx_load(const SphinxLoadOptions& options, const SphinxIds& ids,
                                const std::vector<BenchQuery>& mix);

}  // namespace podseek::bench
