// Every figure one `podseek-bench run` produces, and how it becomes JSON.
// Thread safety: plain values.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench/query_mix.hpp"

namespace podseek::bench {

struct IndexFigures {
  double seconds = 0;
  double cpu_seconds = 0;  // user + system time of the indexing (podseek builds documents on a second thread)
  double episodes_per_second = 0;
  long start_rss_kb = 0;   // the forked child's resident set before indexing (holds the corpus)
  long peak_rss_kb = 0;    // its peak during indexing (VmHWM after resetting it at the start)
  long growth_kb() const { return peak_rss_kb - start_rss_kb; }
  unsigned long long disk_bytes = 0;
};

struct LatencyFigures {
  std::size_t count = 0;
  double p50_ms = 0, p95_ms = 0, p99_ms = 0, mean_ms = 0;
  double mean_total = 0;         // matching episodes per query
  double mean_chapter_hits = 0;  // chapter hits per query
  std::size_t no_results = 0;    // queries with an empty page
};

struct ClassFigures {
  QueryClass kind = QueryClass::kBrowse;
  std::string example;  // one instance, as podseek's query text
  LatencyFigures podseek, sqlite;
  LatencyFigures sphinx;  // count 0 when Sphinx did not run
};

struct HttpLevel {
  int connections = 0;
  double requests_per_second = 0;
  double p50_ms = 0, p99_ms = 0;
  long requests = 0;
  long errors = 0;  // non-2xx, connect, read, write and timeout errors
  // CPU (user + system) the server process used during the level, per request answered; 0 when
  // not measured (searchd, whose clients do part of the work, and results of older runs).
  double server_cpu_ms_per_request = 0;
};

struct HttpFigures {
  bool ran = false;
  std::string note;  // why it did not run, or what limited it
  int server_threads = 0;
  int seconds_per_level = 0;
  std::vector<HttpLevel> levels;
  long server_peak_rss_kb = 0;
};

struct SizeResult {
  std::size_t episodes = 0, podcasts = 0, chapters = 0, raw_text_bytes = 0;
  double generate_seconds = 0;
  IndexFigures podseek_index, sqlite_index;
  std::vector<ClassFigures> classes;
  HttpFigures http;
  // Sphinx (sphinxsearch): ran = false, with the reason in the note, when it is absent or failed.
  bool sphinx_ran = false;
  std::string sphinx_note;
  IndexFigures sphinx_index;  // indexer's CPU time and peak memory (a child process)
  HttpFigures sphinx_load;    // searchd over SphinxQL, the same mix and connection counts as http
  HttpFigures http_idle;      // podseek-server again with idle keep-alive connections open beside the load
};

struct MachineInfo {
  unsigned cpus = 0;
  std::string cpu_model;
  long memory_kb = 0;
  std::string load_average;  // /proc/loadavg when the run started
  std::string kernel;
};

struct BenchResults {
  std::string started_utc;
  MachineInfo machine;
  std::uint64_t seed = 0;
  bool quick = false;
  std::size_t queries_per_class = 0;
  std::string sqlite_version;
  std::string sphinx_version;  // "" when Sphinx is absent
  std::vector<SizeResult> sizes;
};

MachineInfo describe_machine();
// The parts of the JSON, for the other results files (shards_results.hpp).
nlohmann::json latency_json(const LatencyFigures& f);
nlohmann::json http_json(const HttpFigures& h);
nlohmann::json machine_json(const MachineInfo& m);
nlohmann::json to_json(const BenchResults& results);
BenchResults results_from_json(const nlohmann::json& j);

}  // namespace podseek::bench
