// Slow and idle clients against cpp-httplib 0.11, which gives each connection one worker thread
// for as long as the connection lasts (issue 15, point 3: 8 clients sending a header byte a second
// held all 8 workers; 64 idle sockets delayed a search by seconds). Here a connection waits in one
// epoll thread, the gate, until a whole request header is there (its end, a blank line, seen with
// MSG_PEEK; httplib still parses it); only then does a worker parse and answer that one request,
// and the connection goes back to the gate to wait for the next. Idle and dripping connections
// therefore never hold a worker; a header late by header_time (keep_alive_time after the first
// request) closes the connection; a header over max_header_bytes is refused with 431 before
// anything is parsed. Pipelined requests are answered in turn (the stream keeps their bytes).
// One client address may hold at most max_per_client connections; the next gets 429 and is closed.
// Thread safety: GatedServer is configured and started like httplib::Server, listened on once; the
// gate thread and the workers share only the gate's mutex-protected table.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <memory>

namespace podseek {

struct ConnectionLimits {
  int worker_threads = 8;                          // requests answered at once
  std::chrono::milliseconds header_time{10000};    // a new connection's first header must be whole by then
  std::chrono::milliseconds keep_alive_time{5000}; // an idle connection is closed after this
  int keep_alive_max_requests = 100;               // requests a connection may make
  std::chrono::milliseconds read_timeout{5000};    // a body (none is read) and writes wait at most this
  std::chrono::milliseconds write_timeout{5000};
  std::size_t max_header_bytes = 32 * 1024;        // request line and header fields together
  std::size_t max_waiting = 512;                   // connections in the gate; beyond, the one nearest its deadline is closed
  // Connections open at once from one client address (waiting or being answered); one more is
  // answered 429 and closed, so one address cannot fill the gate. 0: no cap (a proxy in front).
  std::size_t max_per_client = 256;
};

class ConnectionGate;

class GatedServer : public httplib::Server {
 public:
  explicit GatedServer(ConnectionLimits limits);
  ~GatedServer() override;

  // httplib listens with a backlog of 5: a burst of new connections beyond it waits a second or
  // more for the SYN to be retried. Call after a successful bind to queue up to kListenBacklog.
  static constexpr int kListenBacklog = 1024;
  void widen_backlog();

 private:
  // Runs on httplib's accepting thread (the task queue runs jobs inline): hands sock to the gate.
  bool process_and_close_socket(socket_t sock) override;

  std::shared_ptr<ConnectionGate> gate_;
};

}  // namespace podseek
