// Request metrics and the access log (see request_observer.hpp).
#include "search-server/http/request_observer.hpp"

#include <chrono>
#include <optional>

#include "search-server/http/server_log.hpp"

namespace podseek {
namespace {

using Clock = std::chrono::steady_clock;

// A worker thread handles one request at a time, so the start of the current one is per thread.
// Requests httplib refuses before routing (a malformed request line) have no start: they are
// counted and logged with duration 0, and were never in flight.
thread_local std::optional<Clock::time_point> request_start;

nlohmann::json params_json(const httplib::Params& params) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, value] : params) {
    if (!out.contains(key)) {
      out[key] = value;
    } else {
      if (!out[key].is_array()) out[key] = nlohmann::json::array({out[key]});
      out[key].push_back(value);
    }
  }
  return out;
}

void write_access_line(const httplib::Request& req, const httplib::Response& res, double seconds) {
  // A 5xx is the server's own failure: its access line is the error log entry ("level": "error").
  server_log::write(res.status >= 500 ? "error" : "info", "access",
                    {{"method", req.method},
                     {"path", req.path},
                     {"params", params_json(req.params)},
                     {"status", res.status},
                     {"bytes", res.body.size()},
                     {"duration_ms", seconds * 1000.0},
                     {"remote", req.remote_addr}});
}

}  // namespace

std::function<void(const httplib::Request&)> request_start_hook(ServerMetrics& metrics) {
  return [&metrics](const httplib::Request&) {
    request_start = Clock::now();
    metrics.request_started();
  };
}

void install_request_observer(httplib::Server& server, ServerMetrics& metrics, const std::atomic<bool>& access_log_on) {
  server.set_logger([&metrics, &access_log_on](const httplib::Request& req, const httplib::Response& res) {
    double seconds = 0;
    bool started = request_start.has_value();
    if (started) seconds = std::chrono::duration<double>(Clock::now() - *request_start).count();
    request_start.reset();
    metrics.request_finished(req.path, res.status, seconds, started);
    if (access_log_on.load(std::memory_order_relaxed)) write_access_line(req, res, seconds);
  });
}

}  // namespace podseek
