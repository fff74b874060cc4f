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

}  // namespace

json latency_json(const LatencyFigures& f) {
  return {{"count", f.count},           {"p50_ms", f.p50_ms},
          {"p95_ms", f.p95_ms},         {"p99_ms", f.p99_ms},
          {"mean_ms", f.mean_ms},       {"mean_total", f.mean_total},
          {"mean_chapter_hits", f.mean_chapter_hits}, {"no_results", f.no_results}};
}

namespace {

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

}  // namespace

json http_json(const HttpFigures& h) {
  json levels = json::array();
  for (const auto& l : h.levels) {
    levels.push_back({{"connections", l.connections}, {"requests_per_second", l.requests_per_second},
                      {"p50_ms", l.p50_ms}, {"p99_ms", l.p99_ms}, {"requests", l.requests}, {"errors", l.errors},
                      {"server_cpu_ms_per_request", l.server_cpu_ms_per_request}});
  }
  return {{"ran", h.ran},
          {"note", h.note},
          {"server_threads", h.server_threads},
          {"seconds_per_level", h.seconds_per_level},
          {"levels", levels},
          {"server_peak_rss_kb", h.server_peak_rss_kb}};
}

namespace {

HttpFigures http_from(const json& h) {
  HttpFigures f;
  f.ran = h.at("ran");
  f.note = h.at("note");
  f.server_threads = h.at("server_threads");
  f.seconds_per_level = h.at("seconds_per_level");
  f.server_peak_rss_kb = h.at("server_peak_rss_kb");
  for (const json& l : h.at("levels")) {
    f.levels.push_back({l.at("connections"), l.at("requests_per_second"), l.at("p50_ms"), l.at("p99_ms"),
                        l.at("requests"), l.at("errors"), l.value("server_cpu_ms_per_request", 0.0)});
  }
  return f;
}

double ratio_of(double a, double b) { return b > 0 ? a / b : 0.0; }

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

json machine_json(const MachineInfo& m) {
  return {{"cpus", m.cpus}, {"cpu_model", m.cpu_model}, {"memory_kb", m.memory_kb},
          {"load_average", m.load_average}, {"kernel", m.kernel}};
}

json to_json(const BenchResults& r) {
  json sizes = json::array();
  for (const auto& s : r.sizes) {
    json classes = json::array();
    for (const auto& c : s.classes) {
      json entry = {{"class", query_class_name(c.kind)},
                    {"example", c.example},
                    {"podseek", latency_json(c.podseek)},
                    {"sqlite", latency_json(c.sqlite)},
                    {"ratio_p50", ratio_of(c.podseek.p50_ms, c.sqlite.p50_ms)},
                    {"ratio_p95", ratio_of(c.podseek.p95_ms, c.sqlite.p95_ms)},
                    {"ratio_p99", ratio_of(c.podseek.p99_ms, c.sqlite.p99_ms)}};
      if (c.sphinx.count > 0) {
        entry["sphinx"] = latency_json(c.sphinx);
        entry["sphinx_ratio_p50"] = ratio_of(c.podseek.p50_ms, c.sphinx.p50_ms);
        entry["sphinx_ratio_p99"] = ratio_of(c.podseek.p99_ms, c.sphinx.p99_ms);
      }
      classes.push_back(entry);
    }
    json indexing = {{"podseek", index_json(s.podseek_index)}, {"sqlite", index_json(s.sqlite_index)}};
    if (s.sphinx_ran) indexing["sphinx"] = index_json(s.sphinx_index);
    sizes.push_back({{"episodes", s.episodes},
                     {"podcasts", s.podcasts},
                     {"chapters", s.chapters},
                     {"raw_text_bytes", s.raw_text_bytes},
                     {"generate_seconds", s.generate_seconds},
                     {"indexing", indexing},
                     {"queries", classes},
                     {"http", http_json(s.http)},
                     {"http_idle_connections", http_json(s.http_idle)},
                     {"sphinx", {{"ran", s.sphinx_ran}, {"note", s.sphinx_note}, {"load", http_json(s.sphinx_load)}}}});
  }
  return {{"started_utc", r.started_utc},
          {"machine", machine_json(r.machine)},
          {"seed", r.seed},
          {"quick", r.quick},
          {"queries_per_class", r.queries_per_class},
          {"sqlite_version", r.sqlite_version},
          {"sphinx_version", r.sphinx_version},
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
  r.sphinx_version = j.value("sphinx_version", "");  // absent from results of before Sphinx
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
                              latency_from(c.at("sqlite")),
                              c.contains("sphinx") ? latency_from(c.at("sphinx")) : LatencyFigures()});
    }
    size.http = http_from(s.at("http"));
    if (s.contains("http_idle_connections")) size.http_idle = http_from(s.at("http_idle_connections"));
    if (s.contains("sphinx")) {
      size.sphinx_ran = s.at("sphinx").at("ran");
      size.sphinx_note = s.at("sphinx").at("note");
      size.sphinx_load = http_from(s.at("sphinx").at("load"));
      if (size.sphinx_ran) size.sphinx_index = index_from(s.at("indexing").at("sphinx"));
    }
    r.sizes.push_back(std::move(size));
  }
  return r;
}

}  // namespace podseek::bench
