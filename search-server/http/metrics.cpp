// Prometheus metrics (see metrics.hpp).
#include "search-server/http/metrics.hpp"

#include <array>
#include <cstdio>

namespace podseek {
namespace {

// Paths that are routes of their own, by exact match.
constexpr std::array<std::string_view, 8> kExactRoutes = {
    "/api/search", "/api/suggest", "/api/episodes", "/api/guests",
    "/api/topics", "/healthz",     "/metrics",      "/opensearch.xml"};

// A number as Prometheus reads it (shortest round-trip form, +Inf spelt as the format wants).
std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", value);
  return text;
}

void header(std::string& out, const char* name, const char* type, const char* help) {
  out += "# HELP ";
  out += name;
  out += ' ';
  out += help;
  out += "\n# TYPE ";
  out += name;
  out += ' ';
  out += type;
  out += '\n';
}

void sample(std::string& out, const std::string& name_and_labels, double value) {
  out += name_and_labels;
  out += ' ';
  out += number(value);
  out += '\n';
}

void render_index(std::string& out, const std::optional<IndexHealth>& index) {
  header(out, "podseek_index_up", "gauge", "1 when the index could be read for this scrape, else 0.");
  sample(out, "podseek_index_up", index ? 1 : 0);
  if (!index) return;
  header(out, "podseek_index_revision", "gauge", "Xapian revision of the index being served.");
  sample(out, "podseek_index_revision", static_cast<double>(index->revision));
  header(out, "podseek_index_documents", "gauge", "Documents in the index (episodes, chapters, segments).");
  sample(out, "podseek_index_documents", index->documents);
  header(out, "podseek_index_episodes", "gauge", "Episodes in the index.");
  sample(out, "podseek_index_episodes", index->episodes);
  if (index->committed_at) {
    header(out, "podseek_index_last_commit_timestamp_seconds", "gauge",
           "Unix time of the indexer's last commit.");
    sample(out, "podseek_index_last_commit_timestamp_seconds", static_cast<double>(*index->committed_at));
  }
}

}  // namespace

std::string_view route_label(std::string_view path) {
  for (std::string_view route : kExactRoutes) {
    if (path == route) return route;
  }
  constexpr std::string_view kEpisodePrefix = "/api/episodes/";
  if (path.size() > kEpisodePrefix.size() && path.substr(0, kEpisodePrefix.size()) == kEpisodePrefix) {
    constexpr std::string_view kRelated = "/related";
    bool related = path.size() > kEpisodePrefix.size() + kRelated.size() &&
                   path.substr(path.size() - kRelated.size()) == kRelated;
    return related ? "/api/episodes/{id}/related" : "/api/episodes/{id}";
  }
  if (path.substr(0, 5) == "/api/") return "/api/other";
  return "static";
}

void ServerMetrics::request_finished(std::string_view path, int status, double seconds, bool started) {
  if (started) in_flight_.fetch_sub(1, std::memory_order_relaxed);
  std::string route(route_label(path));
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{route, status}];
  Histogram& histogram = latency_[route];
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
    if (seconds <= kLatencyBuckets[i]) {
      ++histogram.buckets[i];
      break;
    }
  }
  ++histogram.count;
  histogram.sum += seconds;
}

void ServerMetrics::search_answered(const SearchResponse& response) {
  searches_.fetch_add(1, std::memory_order_relaxed);
  if (response.corrected_query) corrected_.fetch_add(1, std::memory_order_relaxed);
  if (!response.matched_all_words) any_word_.fetch_add(1, std::memory_order_relaxed);
}

void ServerMetrics::render_requests(std::string& out) const {
  header(out, "podseek_http_requests_total", "counter", "HTTP requests answered, by route and status.");
  for (const auto& [key, count] : requests_) {
    sample(out, "podseek_http_requests_total{route=\"" + key.first + "\",status=\"" + std::to_string(key.second) + "\"}",
           static_cast<double>(count));
  }
}

void ServerMetrics::render_latency(std::string& out) const {
  header(out, "podseek_http_request_duration_seconds", "histogram",
         "Time from a request's arrival to its response being written, by route.");
  for (const auto& [route, histogram] : latency_) {
    std::string prefix = "podseek_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
      cumulative += histogram.buckets[i];
      sample(out, prefix + number(kLatencyBuckets[i]) + "\"}", static_cast<double>(cumulative));
    }
    sample(out, prefix + "+Inf\"}", static_cast<double>(histogram.count));
    std::string labels = "{route=\"" + route + "\"}";
    sample(out, "podseek_http_request_duration_seconds_sum" + labels, histogram.sum);
    sample(out, "podseek_http_request_duration_seconds_count" + labels, static_cast<double>(histogram.count));
  }
}

std::string ServerMetrics::render(const std::optional<IndexHealth>& index) const {
  std::string out;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    render_requests(out);
    render_latency(out);
  }
  header(out, "podseek_http_requests_in_flight", "gauge", "HTTP requests being handled now.");
  sample(out, "podseek_http_requests_in_flight", in_flight_.load(std::memory_order_relaxed));
  header(out, "podseek_searches_total", "counter", "Searches answered (GET /api/search with a result).");
  sample(out, "podseek_searches_total", static_cast<double>(searches_.load()));
  header(out, "podseek_search_fallbacks_total", "counter",
         "Searches answered through a fallback: a spelling correction, or any-word matching.");
  sample(out, "podseek_search_fallbacks_total{kind=\"correction\"}", static_cast<double>(corrected_.load()));
  sample(out, "podseek_search_fallbacks_total{kind=\"any_word\"}", static_cast<double>(any_word_.load()));
  render_index(out, index);
  return out;
}

}  // namespace podseek
