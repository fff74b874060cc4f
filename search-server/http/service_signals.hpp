// podseek-server as a service under systemd: SIGTERM (or SIGINT) stops accepting connections,
// lets the requests in flight finish and returns; when they have not finished kDrainSeconds after
// the signal, the process exits with status 1 anyway. SIGHUP re-reads the options (the
// configuration file and the command line) and applies what can change while serving
// (HttpServer::reload); a bad file is logged and the running configuration kept.
// Thread safety: block_service_signals() before any thread starts; then one serve_until_stopped().
#pragma once

#include <functional>

#include "search-server/http/http_server.hpp"

namespace podseek {

// The most a SIGTERM waits for requests in flight (idle keep-alive connections close within
// ServerOptions::keep_alive_seconds, well inside it).
inline constexpr int kDrainSeconds = 10;

// Blocks SIGTERM, SIGINT and SIGHUP in the calling thread and every thread it starts later, so
// that only serve_until_stopped's signal thread receives them.
void block_service_signals();

// Serves (REQUIRES: server.bind() succeeded) until SIGTERM or SIGINT, reloading on SIGHUP with
// the options `reread` returns (it may throw InputError or UsageError). Returns listen()'s result.
bool serve_until_stopped(HttpServer& server, std::function<ServerOptions()> reread);

}  // namespace podseek
