// Keeps a server busy with a steady mix of searches, browsing and suggestions from a few client
// threads on 127.0.0.1, and counts every answer that is not 200 (no answer at all counts too).
// Bounded: each thread stops after max_requests or when max_time has passed, whichever is first.
// Thread safety: start and stop from one thread; the counters are atomic.
#pragma once

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

namespace podseek::testing {

class SearchLoad {
 public:
  SearchLoad(int port, int threads, int max_requests, std::chrono::seconds max_time)
      : deadline_(std::chrono::steady_clock::now() + max_time) {
    for (int t = 0; t < threads; ++t)
      workers_.emplace_back([this, port, t, max_requests] { run(port, t, max_requests); });
  }
  ~SearchLoad() { stop(); }
  SearchLoad(const SearchLoad&) = delete;
  SearchLoad& operator=(const SearchLoad&) = delete;

  void stop() {
    stopping_ = true;
    for (auto& worker : workers_) {
      if (worker.joinable()) worker.join();
    }
  }

  int sent() const { return sent_; }
  int failed() const { return failed_; }
  // The first few failures, "PATH -> STATUS", for messages.
  std::vector<std::string> failures() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return failures_;
  }

 private:
  void run(int port, int thread, int max_requests) {
    static const char* const kPaths[] = {"/api/search?q=quic",
                                         "/api/search?q=rust+latency",
                                         "/api/search?q=chapter:handshake",
                                         "/api/search?q=tls&per_page=20",
                                         "/api/episodes?per_page=5",
                                         "/api/suggest?q=qu",
                                         "/api/search?q=%22congestion+control%22",
                                         "/api/search?q=guest:%22Guest+7%22",
                                         "/api/topics",
                                         "/api/guests",
                                         "/healthz"};
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(10, 0);
    for (int i = 0; i < max_requests && !stopping_ && std::chrono::steady_clock::now() < deadline_; ++i) {
      std::string path = kPaths[(i + thread * 3) % std::size(kPaths)];
      auto res = client.Get(path);
      ++sent_;
      if (!res || res->status != 200)
        record(path, res ? std::to_string(res->status) + " " + res->body : httplib::to_string(res.error()));
    }
  }

  void record(const std::string& path, const std::string& what) {
    ++failed_;
    std::lock_guard<std::mutex> lock(mutex_);
    if (failures_.size() < 5) failures_.push_back(path + " -> " + what);
  }

  std::chrono::steady_clock::time_point deadline_;
  std::atomic<bool> stopping_{false};
  std::atomic<int> sent_{0};
  std::atomic<int> failed_{0};
  mutable std::mutex mutex_;
  std::vector<std::string> failures_;
  std::vector<std::thread> workers_;
};

}  // namespace podseek::testing
