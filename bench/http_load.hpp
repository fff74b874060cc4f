// podseek-server under load: starts the real server on 127.0.0.1 (a free port) for one index,
// drives it with wrk and a Lua script that cycles the query mix, at several connection counts,
// each for a bounded time, and reads the server's peak memory (VmHWM) before stopping it.
// Thread safety: one load run at a time (it owns the server process it starts).
#pragma once

#include <string>
#include <vector>

#include "bench/query_mix.hpp"
#include "bench/results.hpp"

namespace podseek::bench {

struct HttpLoadOptions {
  std::string server_path;    // the podseek-server executable
  std::string db_path;
  std::string synonyms_path;  // "" for none
  std::string work_dir;       // where the Lua script goes
  std::vector<int> connections = {1, 8, 64};
  int seconds = 10;           // per connection count
  int server_threads = 8;     // podseek-server's default
  int idle_connections = 0;   // idle and slow connections held open beside every level (beside_clients.hpp)
};

// The /api/search path and query string of a query (percent-encoded).
std::string search_path(const BenchQuery& query);

// Never throws for a missing wrk or a server that will not start: returns ran = false and a note.
HttpFigures measure_http(const HttpLoadOptions& options, const std::vector<BenchQuery>& queries);

}  // namespace podseek::bench
