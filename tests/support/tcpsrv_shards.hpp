// Real xapian-tcpsrv processes serving shards on 127.0.0.1 for tests, and the replication
// programs in sessions of their own the same way: the bench's launcher (bench/session_process.hpp,
// bench/tcpsrv_fleet.hpp) under the tests' names. Everything is killed and reaped when its object
// goes away, even when a check failed.
// Thread safety: one owning thread per object.
#pragma once

#include <string>
#include <vector>

#include "bench/session_process.hpp"
#include "bench/tcpsrv_fleet.hpp"

namespace podseek::testing {

using bench::free_local_port;
using bench::kTcpsrvPath;
using bench::SessionProcess;
using bench::TcpServer;
using bench::wait_until_listening;

// Every shard of a sharded index folder (shard_layout.hpp) behind its own xapian-tcpsrv, and the
// stub that searches them with the folder's dictionary local.
class RemoteShards {
 public:
  // folder: an index written with --shards; shard_names: its shard folders, in order.
  RemoteShards(const std::string& folder, const std::vector<std::string>& shard_names)
      : fleet_(paths(folder, shard_names)), stub_(fleet_.stub_text(folder + "/dictionary")) {}

  const std::string& stub_text() const { return stub_; }

 private:
  static std::vector<std::string> paths(const std::string& folder, const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const auto& name : names) out.push_back(folder + "/" + name);
    return out;
  }

  bench::TcpsrvFleet fleet_;
  std::string stub_;
};

}  // namespace podseek::testing
