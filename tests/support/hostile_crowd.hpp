// The slow-client attack of issue 15, point 3, against a server on 127.0.0.1: connections that are
// opened and never used, and connections that send a request header one byte every 100 ms and
// never finish it. One background thread drips for all of them; all are closed on destruction.
// Thread safety: one per test; construct and destroy on the same thread.
#pragma once

#include <atomic>
#include <chrono>
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/raw_http.hpp"

namespace podseek::testing {

class HostileCrowd {
 public:
  HostileCrowd(int port, int idle, int dripping) {
    for (int i = 0; i < idle; ++i) idle_.push_back(std::make_unique<RawConnection>(port));
    for (int i = 0; i < dripping; ++i) dripping_.push_back(std::make_unique<RawConnection>(port));
    dripper_ = std::thread([this] { drip(); });
  }
  ~HostileCrowd() {
    stop_ = true;
    dripper_.join();
  }
  HostileCrowd(const HostileCrowd&) = delete;
  HostileCrowd& operator=(const HostileCrowd&) = delete;

 private:
  void drip() {
    const std::string header = "GET /api/search?q=quic HTTP/1.1\r\nHost: x\r\nX-Slow: " + std::string(100000, 'a');
    for (std::size_t at = 0; !stop_ && at < header.size(); ++at) {
      for (auto& connection : dripping_) connection->send(header.substr(at, 1));
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }

  std::vector<std::unique_ptr<RawConnection>> idle_;
  std::vector<std::unique_ptr<RawConnection>> dripping_;
  std::atomic<bool> stop_{false};
  std::thread dripper_;
};

// The slowest of `count` searches made one after another by `search` (which returns whether it
// was answered with 200), or nullopt when one was not. The goal of issue 15 is under 100 ms with
// the crowd in place (measured: 26 ms at most on 2 cores, README). A test on a loaded CI machine
// checks a looser bound: 500 ms, or five times the slowest search without the crowd in the same run.
// Before the gate, searches under this attack waited seconds or timed out, so the bound still
// tells a starved server from a working one.
template <class Search>
std::optional<std::chrono::milliseconds> slowest_search(Search search, int count) {
  std::chrono::milliseconds slowest{0};
  for (int i = 0; i < count; ++i) {
    const auto start = std::chrono::steady_clock::now();
    if (!search()) return std::nullopt;
    slowest = std::max(slowest, std::chrono::duration_cast<std::chrono::milliseconds>(
                                    std::chrono::steady_clock::now() - start));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return slowest;
}

inline std::chrono::milliseconds attack_bound(std::chrono::milliseconds slowest_quiet) {
  return std::max(std::chrono::milliseconds(500), 5 * slowest_quiet);
}

}  // namespace podseek::testing
