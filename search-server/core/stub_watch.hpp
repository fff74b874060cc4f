// The databases a stub lists (a stub file, or a sharded index's XAPIANDB: common/stub_file.hpp),
// read again at most once every kCheckEvery, so that an edited stub (a shard added, a port
// changed) is searched without a restart: each new list gets a new generation, and the index
// reader opens a thread's handle again at that thread's next request when its generation is
// old (requests running meanwhile finish on the handle they have). An edit that cannot be read
// or parsed leaves the last good list in use; last_error() says why.
// Thread safety: one StubWatch is shared by all the server's threads (one mutex).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/stub_file.hpp"

namespace podseek {

class StubWatch {
 public:
  static constexpr std::chrono::milliseconds kCheckEvery{1000};
  using Clock = std::chrono::steady_clock;

  struct Snapshot {
    std::shared_ptr<const std::vector<StubEntry>> entries;  // never null
    std::uint64_t generation = 0;                           // changes with every new list
  };

  explicit StubWatch(std::string path) : path_(std::move(path)) {}

  // The list now: read again when kCheckEvery has passed since the last read (at `now`).
  // Throws InputError while the stub has never been read (nor parsed) successfully.
  Snapshot current(Clock::time_point now = Clock::now());
  // The list read now, however recently it was read (when a database it names went away).
  // Throws as current().
  Snapshot read_now();
  // Why the last read failed ("" when it did not): the list in use is the one before it.
  std::string last_error() const;

 private:
  void read_again(Clock::time_point now);

  const std::string path_;
  mutable std::mutex mutex_;
  Snapshot snapshot_;
  Clock::time_point next_check_{};
  std::string last_error_;
};

}  // namespace podseek
