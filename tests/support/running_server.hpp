// Starts the real podseek HTTP server on a free port of 127.0.0.1 in a background thread, for
// tests that speak HTTP to it; stops it when the test ends.
// Thread safety: one per test.
#pragma once

#include <httplib.h>

#include <stdexcept>
#include <string>
#include <thread>

#include "search-server/http/http_server.hpp"

namespace podseek::testing {

class RunningServer {
 public:
  explicit RunningServer(ServerOptions options) : server_(set_any_port(std::move(options))) {
    port_ = server_.bind();
    if (port_ <= 0) throw std::runtime_error("cannot bind a test server");
    thread_ = std::thread([this] { server_.listen(); });
  }
  ~RunningServer() {
    server_.stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  int port() const { return port_; }
  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(10, 0);
    return client;
  }

 private:
  static ServerOptions set_any_port(ServerOptions options) {
    options.host = "127.0.0.1";
    options.port = 0;
    options.access_log = false;  // the access log is tested with the real binary (service_tests)
    return options;
  }

  HttpServer server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace podseek::testing
