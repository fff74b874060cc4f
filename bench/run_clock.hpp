// The clocks a benchmark run reads: seconds since a start, and the UTC time it ran at (for the
// report). Shared by `podseek-bench run` and `podseek-bench shards`.
// Thread safety: pure functions (std::gmtime's buffer is copied out at once).
#pragma once

#include <chrono>
#include <ctime>
#include <string>

namespace podseek::bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// "2026-12-02T06:51:41Z".
inline std::string utc_now() {
  std::time_t now = std::time(nullptr);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return out;
}

}  // namespace podseek::bench
