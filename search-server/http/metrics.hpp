// Prometheus metrics of podseek-server (GET /metrics, text exposition format 0.0.4): requests by
// route and status, latency histograms by route, requests in flight, searches and the searches
// that fell back to a spelling correction or to any-word matching, and the index's own figures.
// Routes are labelled by route_label(), never by the raw path, so the label set stays bounded.
// Thread safety: every method may be called from any thread at once.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "search-server/core/catalog.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek {

inline constexpr std::string_view kPrometheusContentType = "text/plain; version=0.0.4; charset=utf-8";

// The route a request path belongs to, as a metrics label: the API paths as written in the route
// table ("/api/episodes/{id}" for one episode), "/api/other" for unknown API paths and "static" for
// everything else the web folder may answer.
std::string_view route_label(std::string_view path);

class ServerMetrics {
 public:
  // Upper bounds (seconds) of the latency histogram buckets; +Inf is implied.
  static constexpr std::array<double, 12> kLatencyBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                            0.1,   0.25,   0.5,   1.0,  2.5,   5.0};

  void request_started() { in_flight_.fetch_add(1, std::memory_order_relaxed); }
  // Counts an answered request; `started`: request_started() was called for it (false for a
  // request httplib refused before routing, which was never in flight).
  void request_finished(std::string_view path, int status, double seconds, bool started = true);
  // Counts one answered search, and its fallbacks as the core's typed result reports them.
  void search_answered(const SearchResponse& response);

  // The exposition text. `index` is the index's health, or nullopt when it cannot be read
  // (then podseek_index_up is 0 and the other index figures are left out).
  std::string render(const std::optional<IndexHealth>& index) const;

 private:
  struct Histogram {
    std::array<std::uint64_t, kLatencyBuckets.size()> buckets{};  // not cumulative
    std::uint64_t count = 0;
    double sum = 0;
  };
  void render_requests(std::string& out) const;
  void render_latency(std::string& out) const;

  mutable std::mutex mutex_;  // guards requests_ and latency_
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  std::atomic<int> in_flight_{0};
  std::atomic<std::uint64_t> searches_{0};
  std::atomic<std::uint64_t> corrected_{0};
  std::atomic<std::uint64_t> any_word_{0};
};

}  // namespace podseek
