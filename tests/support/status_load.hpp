// A few clients sending searches to a server on 127.0.0.1 until stopped, counting the answers
// by status ("200", "200 partial", "503", "no answer" when none came within 5 s), for tests
// that break, mend or move shards while requests run.
// Thread safety: counts() may be called from the test thread while the clients run.
#pragma once

#include <atomic>
#include <iterator>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace podseek::testing {

class StatusLoad {
 public:
  StatusLoad(int port, int threads) {
    for (int t = 0; t < threads; ++t) workers_.emplace_back([this, port, t] { run(port, t); });
  }
  ~StatusLoad() { stop(); }
  void stop() {
    stopping_ = true;
    for (auto& worker : workers_) if (worker.joinable()) worker.join();
  }
  std::map<std::string, int> counts() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return counts_;
  }

 private:
  void run(int port, int thread) {
    static const char* const kPaths[] = {"/api/search?q=the", "/api/search?q=", "/api/search?q=protocol&sort=newest",
                                         "/api/search?q=ker&partial=1"};
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(5, 0);
    for (int i = 0; !stopping_; ++i) {
      auto res = client.Get(kPaths[(i + thread) % std::size(kPaths)]);
      std::string key = !res ? "no answer" : std::to_string(res->status);
      if (res && res->status == 200 && nlohmann::json::parse(res->body).value("partial", false)) key += " partial";
      std::lock_guard<std::mutex> lock(mutex_);
      counts_[key]++;
    }
  }
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  std::map<std::string, int> counts_;
  std::vector<std::thread> workers_;
};

// counts()[key], 0 when absent.
inline int count_of(const std::map<std::string, int>& counts, const std::string& key) {
  auto found = counts.find(key);
  return found == counts.end() ? 0 : found->second;
}

}  // namespace podseek::testing
