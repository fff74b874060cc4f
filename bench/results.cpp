// Results as JSON (see results.hpp).
#include "bench/results.hpp"

#include <sys/utsname.h>

#include <fstream>
#include <thread>

#include "bench/child_process.hpp"

namespace podseek::bench {
namespace {

using nlohmann::json;

json index_json(const IndexFigures& f) {
  return {{"seconds", f.seconds},         {"cpu_seconds", f.cpu_seconds},
          {"episodes_per_second", f.episodes_per_second},
          {"start_rss_kb", f.start_rss_kb}, {"peak_rss_kb", f.peak_rss_kb},
          {"growth_kb", f.growth_kb()},   {"disk_bytes", f.disk_bytes}};
}

IndexFigures index_from(const json& j) {
  IndexFigures f;
  f.seconds = j.at("seconds");
  f.cpu_seconds = j.value("cpu_seconds", 0.0);  // absent from results of before it was measured
  f.episodes_per_second = j.at("episodes_per_second");
  f.start_rss_kb = j.at("start_rss_kb");
  f.peak_rss_kb = j.at("peak_rss_kb");
  f.disk_bytes = j.at("disk_bytes");
  return f;
}

json latency_json(const LatencyFigures& f) {
  return {{"count", f.count},           {"p50_ms", f.p50_ms},
          {"p95_ms", f.p95_ms},         {"p99_ms", f.p99_ms},
          {"mean_ms", f.mean_ms},       {"mean_total", f.mean_total},
          {"mean_chapter_hits", f.mean_chapter_hits}, {"no_results", f.no_results}};
}

LatencyFigures latency_from(const json& j) {
  LatencyFigures f;
  f.count = j.at("count");
  f.p50_ms = j.at("p50_ms");
  f.p95_ms = j.at("p95_ms");
  f.p99_ms = j.at("p99_ms");
  f.mean_ms = j.at("mean_ms");
  f.mean_total = j.at("mean_total");
  f.mean_chapter_hits = j.at("mean_chapter_hits");
  f.no_results = j.at("no_results");
  return f;
}

QueryClass class_named(const std::string& name) {
  for (QueryClass c : all_query_classes()) {
    if (name == query_class_name(c)) return c;
  }
  throw std::runtime_error("unknown query class " + name);
}

std::string first_line_of(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

}  // namespace

MachineInfo describe_machine() {
  MachineInfo m;
  m.cpus = std::thread::hardware_concurrency();
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);) {
    if (line.rfind("model name", 0) == 0) {
      m.cpu_model = line.substr(line.find(':') + 2);
      break;
    }
  }
  std::ifstream meminfo("/proc/meminfo");
  for (std::string line; std::getline(meminfo, line);) {
    if (line.rfind("MemTotal:", 0) == 0) m.memory_kb = std::stol(line.substr(9));
  }
  m.load_average = first_line_of("/proc/loadavg");
  struct utsname u {};
  if (uname(&u) == 0) m.kernel = std::string(u.sysname) + " " + u.release;
  return m;
}

json to_json(const BenchResults& r) {
  json sizes = json::array();
  for (const auto& s : r.sizes) {
    json classes = json::array();
    for (const auto& c : s.classes) {
      classes.push_back({{"class", query_class_name(c.kind)},
                         {"example", c.example},
                         {"podseek", latency_json(c.podseek)},
                         {"sqlite", latency_json(c.sqlite)},
                         {"ratio_p50", c.sqlite.p50_ms > 0 ? c.podseek.p50_ms / c.sqlite.p50_ms : 0.0},
                         {"ratio_p95", c.sqlite.p95_ms > 0 ? c.podseek.p95_ms / c.sqlite.p95_ms : 0.0},
                         {"ratio_p99", c.sqlite.p99_ms > 0 ? c.podseek.p99_ms / c.sqlite.p99_ms : 0.0}});
    }
    json levels = json::array();
    for (const auto& l : s.http.levels) {
      levels.push_back({{"connections", l.connections}, {"requests_per_second", l.requests_per_second},
                        {"p50_ms", l.p50_ms}, {"p99_ms", l.p99_ms}, {"requests", l.requests}, {"errors", l.errors}});
    }
    sizes.push_back({{"episodes", s.episodes},
                     {"podcasts", s.podcasts},
                     {"chapters", s.chapters},
                     {"raw_text_bytes", s.raw_text_bytes},
                     {"generate_seconds", s.generate_seconds},
                     {"indexing", {{"podseek", index_json(s.podseek_index)}, {"sqlite", index_json(s.sqlite_index)}}},
                     {"queries", classes},
                     {"http",
                      {{"ran", s.http.ran},
                       {"note", s.http.note},
                       {"server_threads", s.http.server_threads},
                       {"seconds_per_level", s.http.seconds_per_level},
                       {"levels", levels},
                       {"server_peak_rss_kb", s.http.server_peak_rss_kb}}}});
  }
  return {{"started_utc", r.started_utc},
          {"machine",
           {{"cpus", r.machine.cpus},
            {"cpu_model", r.machine.cpu_model},
            {"memory_kb", r.machine.memory_kb},
            {"load_average", r.machine.load_average},
            {"kernel", r.machine.kernel}}},
          {"seed", r.seed},
          {"quick", r.quick},
          {"queries_per_class", r.queries_per_class},
          {"sqlite_version", r.sqlite_version},
          {"sizes", sizes}};
}

BenchResults results_from_json(const json& j) {
  BenchResults r;
  r.started_utc = j.at("started_utc");
  const json& m = j.at("machine");
  r.machine = {m.at("cpus"), m.at("cpu_model"), m.at("memory_kb"), m.at("load_average"), m.at("kernel")};
  r.seed = j.at("seed");
  r.quick = j.at("quick");
  r.queries_per_class = j.at("queries_per_class");
  r.sqlite_version = j.at("sqlite_version");
  for (const json& s : j.at("sizes")) {
    SizeResult size;
    size.episodes = s.at("episodes");
    size.podcasts = s.at("podcasts");
    size.chapters = s.at("chapters");
    size.raw_text_bytes = s.at("raw_text_bytes");
    size.generate_seconds = s.at("generate_seconds");
    size.podseek_index = index_from(s.at("indexing").at("podseek"));
    size.sqlite_index = index_from(s.at("indexing").at("sqlite"));
    for (const json& c : s.at("queries")) {
      size.classes.push_back({class_named(c.at("class")), c.at("example"), latency_from(c.at("podseek")),
                              latency_from(c.at("sqlite"))});
    }
    const json& h = s.at("http");
    size.http.ran = h.at("ran");
    size.http.note = h.at("note");
    size.http.server_threads = h.at("server_threads");
    size.http.seconds_per_level = h.at("seconds_per_level");
    size.http.server_peak_rss_kb = h.at("server_peak_rss_kb");
    for (const json& l : h.at("levels")) {
      size.http.levels.push_back({l.at("connections"), l.at("requests_per_second"), l.at("p50_ms"), l.at("p99_ms"),
                                  l.at("requests"), l.at("errors")});
    }
    r.sizes.push_back(std::move(size));
  }
  return r;
}

}  // namespace podseek::bench
