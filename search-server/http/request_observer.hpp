// Watches every request the server answers: counts it in ServerMetrics (route, status, latency,
// in flight) and, when the access log is on, writes one access line for it (server_log event
// "access": method, path, params, status, bytes, duration_ms, remote address).
// request_start_hook() is the start of a request (it must run first in the pre-routing handler:
// install_request_checks takes it); the end is httplib's logger, which install_request_observer sets.
// Thread safety: install once before listening; the hooks then run on every worker thread.
#pragma once

#include <atomic>
#include <functional>

#include <httplib.h>

#include "search-server/http/metrics.hpp"

namespace podseek {

// Notes the start of a request on this worker thread and counts it in flight.
// metrics must outlive the server.
std::function<void(const httplib::Request&)> request_start_hook(ServerMetrics& metrics);

// Sets the logger: counts each answered request, writes its access line when access_log_on.
// metrics and access_log_on must outlive the server; access_log_on may change while it serves.
void install_request_observer(httplib::Server& server, ServerMetrics& metrics, const std::atomic<bool>& access_log_on);

}  // namespace podseek
