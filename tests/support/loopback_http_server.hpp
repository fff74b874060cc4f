// A cpp-httplib server for tests, on 127.0.0.1 and a free port: the test adds its routes to
// routes(), then start() binds and serves on a thread; the server is stopped and joined when it
// goes away, even when a check failed. The socket listens from start() on, so a request sent
// before the thread is serving waits in the backlog. Tests never reach any other address.
// Thread safety: add routes and start from one thread; handlers run on the server's threads.
#pragma once

#include <stdexcept>
#include <string>
#include <thread>

#include <httplib.h>

namespace podseek::testing {

class LoopbackHttpServer {
 public:
  LoopbackHttpServer() = default;
  LoopbackHttpServer(const LoopbackHttpServer&) = delete;
  LoopbackHttpServer& operator=(const LoopbackHttpServer&) = delete;
  ~LoopbackHttpServer() {
    if (!thread_.joinable()) return;
    server_.stop();
    thread_.join();
  }

  httplib::Server& routes() { return server_; }

  void start() {
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) throw std::runtime_error("test server: cannot bind a port on 127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
  }

  int port() const { return port_; }
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace podseek::testing
