// The shards benchmark's figures as JSON and Markdown (see shards_results.hpp).
#include "bench/shards_results.hpp"

#include <cstdio>
#include <sstream>

namespace podseek::bench {
namespace {

using nlohmann::json;

json layout_json(const LayoutFigures& l) {
  json classes = json::array();
  for (const auto& [kind, figures] : l.classes) {
    json entry = latency_json(figures);
    entry["class"] = query_class_name(kind);
    classes.push_back(entry);
  }
  return {{"name", l.name},          {"shards", l.shards},    {"note", l.note},
          {"disk_bytes", l.disk_bytes}, {"queries", classes}, {"http", http_json(l.http)}};
}

std::string ms(double value) {
  char out[32];
  std::snprintf(out, sizeof out, "%.2f", value);
  return out;
}

void latency_table(std::ostringstream& out, const ShardsResults& r) {
  out << "| class |";
  for (const auto& l : r.layouts) out << " " << l.name << " p50 / p99 ms |";
  out << "\n| --- |";
  for (std::size_t i = 0; i < r.layouts.size(); ++i) out << " ---: |";
  out << "\n";
  if (r.layouts.empty()) return;
  for (std::size_t c = 0; c < r.layouts.front().classes.size(); ++c) {
    out << "| " << query_class_name(r.layouts.front().classes[c].first) << " |";
    for (const auto& l : r.layouts) {
      if (c < l.classes.size()) out << " " << ms(l.classes[c].second.p50_ms) << " / " << ms(l.classes[c].second.p99_ms);
      out << " |";
    }
    out << "\n";
  }
}

void http_table(std::ostringstream& out, const ShardsResults& r) {
  out << "\n| layout | connections | req/s | p50 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: | ---: |\n";
  for (const auto& l : r.layouts) {
    if (!l.http.ran) out << "| " << l.name << " | – | – | – | – | " << l.http.note << " |\n";
    for (const auto& level : l.http.levels) {
      char rps[32];
      std::snprintf(rps, sizeof rps, "%.0f", level.requests_per_second);
      out << "| " << l.name << " | " << level.connections << " | " << rps << " | " << ms(level.p50_ms) << " | "
          << ms(level.p99_ms) << " | " << level.errors << " |\n";
    }
  }
}

}  // namespace

json to_json(const ShardsResults& r) {
  json layouts = json::array();
  for (const auto& l : r.layouts) layouts.push_back(layout_json(l));
  return {{"started_utc", r.started_utc},
          {"machine", machine_json(r.machine)},
          {"seed", r.seed},
          {"quick", r.quick},
          {"episodes", r.episodes},
          {"podcasts", r.podcasts},
          {"queries_per_class", r.queries_per_class},
          {"built_shards", r.built_shards},
          {"build_reused", r.build_reused},
          {"index_seconds", r.index_seconds},
          {"merge_seconds", r.merge_seconds},
          {"layouts", layouts}};
}

std::string shards_markdown(const ShardsResults& r) {
  std::ostringstream out;
  out << r.episodes << " episodes (" << r.podcasts << " podcasts, seed " << r.seed << "), " << r.queries_per_class
      << " queries per class (browse: at most 50), through Searcher in one process:\n\n";
  latency_table(out, r);
  http_table(out, r);
  return out.str();
}

}  // namespace podseek::bench
