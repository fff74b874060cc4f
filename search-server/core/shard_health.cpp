// Down shards and probes (see shard_health.hpp).
#include "search-server/core/shard_health.hpp"

#include <future>

#include <xapian.h>

namespace podseek {

std::set<std::string> ShardHealth::down_now() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::set<std::string> down;
  const auto now = std::chrono::steady_clock::now();
  for (const auto& [name, retry_at] : retry_at_) {
    if (retry_at > now) down.insert(name);
  }
  return down;
}

void ShardHealth::mark_down(const std::string& name) {
  std::lock_guard<std::mutex> lock(mutex_);
  retry_at_[name] = std::chrono::steady_clock::now() + kRetryAfter;
}

std::vector<std::string> failing_remotes(const std::vector<StubEntry>& entries, unsigned timeout_ms) {
  std::vector<std::pair<std::string, std::future<bool>>> probes;
  for (const StubEntry& entry : entries) {
    if (!entry.remote) continue;
    probes.emplace_back(entry.name, std::async(std::launch::async, [entry, timeout_ms] {
                          try {
                            Xapian::Remote::open(entry.host, entry.port, timeout_ms, timeout_ms).get_doccount();
                            return true;
                          } catch (const Xapian::Error&) {
                            return false;
                          }
                        }));
  }
  std::vector<std::string> failing;
  for (auto& [name, answered] : probes) {
    if (!answered.get()) failing.push_back(name);
  }
  return failing;
}

}  // namespace podseek
