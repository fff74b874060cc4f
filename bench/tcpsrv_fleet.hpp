// Every shard of a benchmark's sharded index served by a real xapian-tcpsrv (Debian's
// xapian-tools) on 127.0.0.1, one a shard on a free port (bench/session_process.hpp), and the
// stub that searches them: what a search node is given. All stopped when the fleet goes away.
// Thread safety: one owning thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bench/session_process.hpp"

namespace podseek::bench {

class TcpsrvFleet {
 public:
  // Serves each database; throws std::runtime_error when a server cannot start or does not
  // listen within 10 s (the ones already started are stopped).
  explicit TcpsrvFleet(const std::vector<std::string>& databases);

  // A stub file's text: "auto LOCAL" for the local dictionary, then "remote 127.0.0.1:PORT"
  // for every served shard, in order.
  std::string stub_text(const std::string& local_dictionary) const;
  std::vector<int> ports() const;

 private:
  std::vector<std::unique_ptr<TcpServer>> servers_;
};

}  // namespace podseek::bench
