// Which shards of a sharded index are down, shared by the server's threads: a shard that failed
// (refused, broke the connection, or did not answer within its timeout) is left out of the
// searched index for kRetryAfter, then tried again, so a shard that comes back is used again
// without a restart. Also probes a stub's remote shards, all at once, to find the ones failing.
// Thread safety: ShardHealth may be used from many threads (one mutex); probe_remotes is pure.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "common/stub_file.hpp"

namespace podseek {

class ShardHealth {
 public:
  static constexpr std::chrono::milliseconds kRetryAfter{1000};

  // The shards (StubEntry::name) to leave out now.
  std::set<std::string> down_now() const;
  void mark_down(const std::string& name);

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::chrono::steady_clock::time_point> retry_at_;
};

// The names of the remote entries that do not open and answer within timeout_ms, each probed on a
// thread of its own (so the whole probe takes at most about one timeout).
std::vector<std::string> failing_remotes(const std::vector<StubEntry>& entries, unsigned timeout_ms);

}  // namespace podseek
