// SQLite FTS5, the baseline: the same episodes in an episodes table with an FTS5 index (bm25
// with podseek's field weights), a chapters FTS5 table, and guest/topic tables for facets.
// A query does what podseek's does: a ranked page with snippets, the matching chapters of the
// page's episodes (one query each), and exact facet counts by GROUP BY over all matches.
// Thread safety: a SqliteRunner is used by one thread.
#pragma once

#include <string>

#include "bench/corpus_generator.hpp"
#include "bench/engine.hpp"
#include "bench/query_mix.hpp"
#include "common/topic_tagger.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace podseek::bench {

// Writes every episode into a new SQLite database file at path, in one transaction.
// Topics come from the same tagger as podseek's. Throws std::runtime_error on failure.
void index_with_sqlite(const SyntheticCorpus& corpus, const std::string& path, const TopicTagger& tagger);

class SqliteRunner {
 public:
  explicit SqliteRunner(const std::string& path);
  ~SqliteRunner();
  SqliteRunner(const SqliteRunner&) = delete;
  SqliteRunner& operator=(const SqliteRunner&) = delete;

  // Throws std::runtime_error when SQLite reports an error.
  QueryOutcome run(const BenchQuery& query);

 private:
  sqlite3_stmt* prepare(const std::string& sql);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* page_ = nullptr;           // ranked page for a MATCH
  sqlite3_stmt* page_filtered_ = nullptr;  // … with a guest filter
  sqlite3_stmt* browse_ = nullptr;         // newest first, no MATCH
  sqlite3_stmt* facets_ = nullptr;
  sqlite3_stmt* facets_filtered_ = nullptr;
  sqlite3_stmt* facets_all_ = nullptr;
  sqlite3_stmt* chapters_ = nullptr;
};

}  // namespace podseek::bench
