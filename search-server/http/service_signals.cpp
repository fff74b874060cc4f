// Stop and reload on signals (see service_signals.hpp).
#include "search-server/http/service_signals.hpp"

#include <signal.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "common/status.hpp"
#include "search-server/http/server_log.hpp"

namespace podseek {
namespace {

sigset_t service_signal_set() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGHUP);
  return set;
}

void reload(HttpServer& server, const std::function<ServerOptions()>& reread) {
  try {
    auto notes = server.reload(reread());
    server_log::info("reloaded", {{"restart_needed", notes}});
  } catch (const std::exception& e) {  // InputError or UsageError: keep what runs
    server_log::error("reload_failed", e.what());
  }
}

// Ends when listen() has returned (`done`), after a stop signal or without one.
class SignalLoop {
 public:
  SignalLoop(HttpServer& server, std::function<ServerOptions()> reread)
      : server_(server), reread_(std::move(reread)), thread_([this] { run(); }) {}
  ~SignalLoop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    done_changed_.notify_all();
    thread_.join();
  }

 private:
  void run() {
    sigset_t set = service_signal_set();
    timespec poll_interval{0, 200 * 1000 * 1000};
    while (!is_done()) {
      int signal = sigtimedwait(&set, nullptr, &poll_interval);
      if (signal == SIGHUP) reload(server_, reread_);
      if (signal == SIGTERM || signal == SIGINT) return drain(signal);
    }
  }

  void drain(int signal) {
    server_log::info("stopping", {{"signal", signal == SIGTERM ? "SIGTERM" : "SIGINT"}, {"drain_seconds", kDrainSeconds}});
    server_.stop();
    std::unique_lock<std::mutex> lock(mutex_);
    if (!done_changed_.wait_for(lock, std::chrono::seconds(kDrainSeconds), [this] { return done_; })) {
      server_log::error("drain_timeout", "requests still running " + std::to_string(kDrainSeconds) +
                                             " s after the stop signal: exiting anyway");
      std::_Exit(1);
    }
  }

  bool is_done() {
    std::lock_guard<std::mutex> lock(mutex_);
    return done_;
  }

  HttpServer& server_;
  std::function<ServerOptions()> reread_;
  std::mutex mutex_;
  std::condition_variable done_changed_;
  bool done_ = false;
  std::thread thread_;  // last: starts once the members above exist
};

}  // namespace

void block_service_signals() {
  sigset_t set = service_signal_set();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

bool serve_until_stopped(HttpServer& server, std::function<ServerOptions()> reread) {
  SignalLoop signals(server, std::move(reread));
  bool ok = server.listen();
  server_log::info("stopped");
  return ok;
}

}  // namespace podseek
