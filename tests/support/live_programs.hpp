// The real podseek-server and podseek-indexer binaries, run as child processes for tests of live
// updates: a server on a free port of 127.0.0.1, indexer runs to completion or to a kill, and the
// episode count a server or a fresh Xapian::Database reports. Binary paths come from the build
// (PODSEEK_SERVER_PATH, PODSEEK_INDEXER_PATH).
// Thread safety: one per test; an httplib::Client per thread.
#pragma once

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/index_schema.hpp"
#include "tests/support/child_process.hpp"

namespace podseek::testing {

// podseek-server --db db on 127.0.0.1, port chosen by the system; killed when destroyed.
class ServerProcess {
 public:
  explicit ServerProcess(const std::string& db)
      : child_({PODSEEK_SERVER_PATH, "--db", db, "--host", "127.0.0.1", "--port", "0"}, Output::pipe()) {
    std::optional<std::string> line = child_.read_line(std::chrono::seconds(20));
    const std::string prefix = "listening on http://127.0.0.1:";
    if (!line || line->rfind(prefix, 0) != 0)
      throw std::runtime_error("podseek-server did not start: " + line.value_or(""));
    port_ = std::stoi(line->substr(prefix.size()));
  }

  int port() const { return port_; }
  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(10, 0);
    return client;
  }
  // The episode total the server reports on /api/episodes, or -1 when it did not answer 200.
  int episode_count() const {
    auto res = client().Get("/api/episodes?per_page=1");
    if (!res || res->status != 200) return -1;
    return nlohmann::json::parse(res->body).at("total").get<int>();
  }
  // The status of a search, or -1 without an answer.
  int search_status(const std::string& query) const {
    auto res = client().Get("/api/search?q=" + query);
    return res ? res->status : -1;
  }

 private:
  ChildProcess child_;
  int port_ = 0;
};

// Starts podseek-indexer --db db SOURCE... with stdout and stderr to log (progress is on stderr).
inline std::vector<std::string> indexer_argv(const std::string& db, const std::vector<std::string>& sources) {
  std::vector<std::string> argv = {PODSEEK_INDEXER_PATH, "--db", db};
  argv.insert(argv.end(), sources.begin(), sources.end());
  return argv;
}

// Runs the indexer to its end (killing it after timeout); returns its wait status.
inline int run_indexer(const std::string& db, const std::vector<std::string>& sources, const std::string& log,
                       std::chrono::seconds timeout = std::chrono::seconds(60)) {
  ChildProcess indexer(indexer_argv(db, sources), Output::file(log), Output::file(log + ".err"));
  std::optional<int> status = indexer.wait_for(timeout);
  if (!status) throw std::runtime_error("podseek-indexer ran longer than its time limit");
  return *status;
}

// Episodes in the newest committed revision, read with a fresh handle.
inline int committed_episodes(const std::string& db) {
  return static_cast<int>(Xapian::Database(db).get_termfreq(schema::kind_term(schema::kKindEpisode)));
}

}  // namespace podseek::testing
