// Connections that should cost podseek-server nothing, held open beside a load: half are idle
// keep-alive connections (one whole request, its answer read, then silence; reopened when the
// server closes them), half are slow ones (a request header sent one byte a second; reopened when
// the server gives up on them). If either held a worker thread, the load beside them would slow
// down or stall; the bench compares the load's figures with and without them.
// Thread safety: owns one thread, started by the constructor and joined by the destructor.
#pragma once

#include <atomic>
#include <thread>

namespace podseek::bench {

class BesideClients {
 public:
  BesideClients(int port, int count);
  ~BesideClients();
  BesideClients(const BesideClients&) = delete;
  BesideClients& operator=(const BesideClients&) = delete;

  long reopened() const { return reopened_; }  // connections the server closed and we opened again
  long open_now() const { return open_; }

 private:
  void loop();

  int port_;
  int count_;
  std::atomic<bool> stop_{false};
  std::atomic<long> reopened_{0};
  std::atomic<long> open_{0};
  std::thread thread_;
};

}  // namespace podseek::bench
