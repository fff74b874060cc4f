// Sphinx under test: starts Debian's `searchd` on 127.0.0.1 (a free port) for the indexes of
// sphinx_index.hpp, and runs the bench's queries through SphinxQL over its MySQL protocol
// (libmariadb). A query does what podseek's and SQLite's do: the ranked page (field weights as
// podseek's: title 6, guests 6, chapters 3, description and notes 1) with exact FACET counts of
// guests, topics and podcasts (max_matches above the number of distinct guests, so the group
// counts are exact), the total (SHOW META), the stored episode JSON of each result decoded,
// snippets of their descriptions (CALL SNIPPETS, one call a page) and the matching chapters of
// the page (one query a page). With a guest filter, the guest facet counts the matches without
// it (a second query), as podseek's does.
// Thread safety: a SphinxServer is owned by one thread; a SphinxRunner (one connection) is used
// by one thread at a time; several runners may query one server at once.
#pragma once

#include <string>

#include "bench/engine.hpp"
#include "bench/query_mix.hpp"
#include "bench/sphinx_index.hpp"

struct st_mysql;

namespace podseek::bench {

class SphinxServer {
 public:
  // Writes sphinx.conf with a free port and starts `searchd --nodetach`; waits (at most 60 s)
  // until it accepts SphinxQL connections. Throws std::runtime_error, with the end of its log,
  // when it does not.
  explicit SphinxServer(const std::string& dir);
  ~SphinxServer();  // SIGTERM, then waits for it
  SphinxServer(const SphinxServer&) = delete;
  SphinxServer& operator=(const SphinxServer&) = delete;

  int port() const { return port_; }
  int pid() const { return pid_; }

 private:
  std::string dir_;
  int port_ = 0;
  int pid_ = -1;
};

class SphinxRunner {
 public:
  // max_groups: at least the number of distinct guests (exact facet counts).
  SphinxRunner(int port, const SphinxIds& ids, long max_groups);
  ~SphinxRunner();
  SphinxRunner(const SphinxRunner&) = delete;
  SphinxRunner& operator=(const SphinxRunner&) = delete;

  // Throws std::runtime_error when searchd reports an error.
  QueryOutcome run(const BenchQuery& query);

 private:
  std::string quoted(const std::string& text);  // an SQL string literal
  void query(const std::string& sql);

  st_mysql* db_ = nullptr;
  const SphinxIds& ids_;
  long max_matches_;
};

}  // namespace podseek::bench
