// Shards served by real xapian-tcpsrv processes (Debian's xapian-tools) on 127.0.0.1, one a
// shard on a free port, for the shards benchmark: each started in a session of its own
// (xapian-tcpsrv forks a child per connection; stopping kills the whole session) and waited for
// until it accepts connections; all stopped and reaped when the fleet goes away.
// Thread safety: one owning thread.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace podseek::bench {

inline constexpr const char* kTcpsrvPath = "/usr/bin/xapian-tcpsrv";

class TcpsrvFleet {
 public:
  // Serves each database; throws std::runtime_error when a server cannot start or does not
  // listen within 10 s (the ones already started are stopped).
  explicit TcpsrvFleet(const std::vector<std::string>& databases);
  ~TcpsrvFleet();
  TcpsrvFleet(const TcpsrvFleet&) = delete;
  TcpsrvFleet& operator=(const TcpsrvFleet&) = delete;

  // A stub file's text: "auto LOCAL" for the local dictionary, then "remote 127.0.0.1:PORT"
  // for every served shard, in order.
  std::string stub_text(const std::string& local_dictionary) const;
  const std::vector<int>& ports() const { return ports_; }

 private:
  void stop_all();

  std::vector<pid_t> sessions_;
  std::vector<int> ports_;
};

}  // namespace podseek::bench
