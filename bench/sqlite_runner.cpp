// SQLite FTS5 baseline (see sqlite_runner.hpp).
#include "bench/sqlite_runner.hpp"

#include <sqlite3.h>

#include <stdexcept>

#include "common/stored_episode.hpp"
#include "indexer/index/episode_documents.hpp"

namespace podseek::bench {
namespace {

// Field weights as podseek's indexer gives them: title 6, guests 6, chapters 3, body 1.
constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE episodes(id INTEGER PRIMARY KEY, eid TEXT NOT NULL UNIQUE, podcast TEXT NOT NULL,
                      number INTEGER, published TEXT, chapter_first INTEGER, chapter_count INTEGER,
                      data TEXT NOT NULL);
CREATE TABLE episode_guests(episode INTEGER NOT NULL, guest TEXT NOT NULL);
CREATE TABLE episode_topics(episode INTEGER NOT NULL, topic TEXT NOT NULL);
CREATE VIRTUAL TABLE episodes_fts USING fts5(title, guests, chapters, description, notes,
                                             tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE chapters_fts USING fts5(title, tokenize = 'porter unicode61');
INSERT INTO episodes_fts(episodes_fts, rank) VALUES('rank', 'bm25(6.0, 6.0, 3.0, 1.0, 1.0)');
)sql";

constexpr const char* kIndexes = R"sql(
CREATE INDEX episodes_by_date ON episodes(published, number);
CREATE INDEX guests_by_name ON episode_guests(guest, episode);
CREATE INDEX guests_by_episode ON episode_guests(episode);
CREATE INDEX topics_by_episode ON episode_topics(episode);
)sql";

constexpr const char* kPage = R"sql(
SELECT e.id, snippet(episodes_fts, 3, '<mark>', '</mark>', '…', 32), e.data, e.chapter_first, e.chapter_count
FROM episodes_fts JOIN episodes e ON e.id = episodes_fts.rowid
WHERE episodes_fts MATCH ?1 ORDER BY rank LIMIT 10)sql";

constexpr const char* kPageFiltered = R"sql(
SELECT e.id, snippet(episodes_fts, 3, '<mark>', '</mark>', '…', 32), e.data, e.chapter_first, e.chapter_count
FROM episodes_fts JOIN episodes e ON e.id = episodes_fts.rowid
WHERE episodes_fts MATCH ?1 AND episodes_fts.rowid IN (SELECT episode FROM episode_guests WHERE guest = ?2)
ORDER BY rank LIMIT 10)sql";

constexpr const char* kBrowse = R"sql(
SELECT e.id, '', e.data, e.chapter_first, e.chapter_count FROM episodes e
ORDER BY e.published DESC, e.number DESC LIMIT 10)sql";

// Facet counts over every match: total, guests, topics, podcasts (the CTE is evaluated once).
#define PODSEEK_FACETS(MATCHES, GUEST_MATCHES)                                                         \
  "WITH a(id) AS MATERIALIZED (" MATCHES "), m(id) AS MATERIALIZED (" GUEST_MATCHES ")\n"             \
  "SELECT 0, '', count(*) FROM m\n"                                                                  \
  "UNION ALL SELECT 1, g.guest, count(*) FROM a JOIN episode_guests g ON g.episode = a.id GROUP BY g.guest\n" \
  "UNION ALL SELECT 2, t.topic, count(*) FROM m JOIN episode_topics t ON t.episode = m.id GROUP BY t.topic\n" \
  "UNION ALL SELECT 3, e.podcast, count(*) FROM m JOIN episodes e ON e.id = m.id GROUP BY e.podcast"

constexpr const char* kFacets = PODSEEK_FACETS("SELECT rowid FROM episodes_fts WHERE episodes_fts MATCH ?1",
                                               "SELECT id FROM a");
// With a guest filter, the guest facet counts the matches without it (as podseek does).
constexpr const char* kFacetsFiltered =
    PODSEEK_FACETS("SELECT rowid FROM episodes_fts WHERE episodes_fts MATCH ?1",
                   "SELECT id FROM a WHERE id IN (SELECT episode FROM episode_guests WHERE guest = ?2)");
constexpr const char* kFacetsAll = PODSEEK_FACETS("SELECT id FROM episodes", "SELECT id FROM a");

constexpr const char* kChapters = R"sql(
SELECT rowid, highlight(chapters_fts, 0, '<mark>', '</mark>') FROM chapters_fts
WHERE chapters_fts MATCH ?1 AND rowid >= ?2 AND rowid < ?3 ORDER BY rowid)sql";

void check(sqlite3* db, int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    throw std::runtime_error(std::string("sqlite: ") + what + ": " + sqlite3_errmsg(db));
  }
}

void exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "?";
    sqlite3_free(error);
    throw std::runtime_error("sqlite: " + message);
  }
}

sqlite3* open(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw std::runtime_error("sqlite: " + path + ": " + message);
  }
  return db;
}

// A prepared statement, reset after each use.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) { check(db, sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr), sql); }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement& text(int i, const std::string& value) {
    sqlite3_bind_text(stmt_, i, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& integer(int i, long long value) {
    sqlite3_bind_int64(stmt_, i, value);
    return *this;
  }
  void run() {
    check(db_, sqlite3_step(stmt_), "insert");
    sqlite3_reset(stmt_);
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

std::string joined(const std::vector<std::string>& values, const char* separator) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : separator) + v;
  return out;
}

bool step_row(sqlite3* db, sqlite3_stmt* stmt) {
  int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) return true;
  check(db, rc, "query");
  return false;
}

std::string column_text(sqlite3_stmt* stmt, int i) {
  const unsigned char* text = sqlite3_column_text(stmt, i);
  return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)))
              : std::string();
}

}  // namespace

void index_with_sqlite(const SyntheticCorpus& corpus, const std::string& path, const TopicTagger& tagger) {
  sqlite3* db = open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  try {
    exec(db, kSchema);
    exec(db, "BEGIN");
    {
      Statement episode(db, "INSERT INTO episodes VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
      Statement guest(db, "INSERT INTO episode_guests VALUES(?1, ?2)");
      Statement topic(db, "INSERT INTO episode_topics VALUES(?1, ?2)");
      Statement text(db, "INSERT INTO episodes_fts(rowid, title, guests, chapters, description, notes) "
                         "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
      Statement chapter(db, "INSERT INTO chapters_fts(rowid, title) VALUES(?1, ?2)");
      long long id = 0, chapter_id = 0;
      for (const auto& podcast : corpus.podcasts) {
        for (const auto& e : podcast.episodes) {
          ++id;
          std::vector<std::string> topics = episode_topics(e, tagger);
          std::string eid = episode_id(podcast, e);
          std::string data = encode_stored_episode({eid, podcast.title, e, topics});
          episode.integer(1, id).text(2, eid).text(3, podcast.title).integer(4, e.number.value_or(0))
              .text(5, e.published).integer(6, chapter_id + 1).integer(7, static_cast<long long>(e.chapters.size()))
              .text(8, data).run();
          for (const auto& g : e.guests) guest.integer(1, id).text(2, g).run();
          for (const auto& t : topics) topic.integer(1, id).text(2, t).run();
          std::vector<std::string> chapter_titles, notes;
          for (const auto& c : e.chapters) {
            chapter.integer(1, ++chapter_id).text(2, c.title).run();
            chapter_titles.push_back(c.title);
          }
          for (const auto& l : e.links) notes.push_back(l.label + " " + l.url);
          text.integer(1, id).text(2, e.title).text(3, joined(e.guests, ", ")).text(4, joined(chapter_titles, "\n"))
              .text(5, e.description).text(6, joined(notes, "\n")).run();
        }
      }
    }
    exec(db, kIndexes);
    exec(db, "COMMIT");
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
  } catch (...) {
    sqlite3_close(db);
    throw;
  }
  sqlite3_close(db);
}

SqliteRunner::SqliteRunner(const std::string& path) : db_(open(path, SQLITE_OPEN_READONLY)) {
  page_ = prepare(kPage);
  page_filtered_ = prepare(kPageFiltered);
  browse_ = prepare(kBrowse);
  facets_ = prepare(kFacets);
  facets_filtered_ = prepare(kFacetsFiltered);
  facets_all_ = prepare(kFacetsAll);
  chapters_ = prepare(kChapters);
}

SqliteRunner::~SqliteRunner() {
  for (sqlite3_stmt* s : {page_, page_filtered_, browse_, facets_, facets_filtered_, facets_all_, chapters_}) {
    sqlite3_finalize(s);
  }
  sqlite3_close(db_);
}

sqlite3_stmt* SqliteRunner::prepare(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  check(db_, sqlite3_prepare_v3(db_, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr), sql.c_str());
  return stmt;
}

QueryOutcome SqliteRunner::run(const BenchQuery& query) {
  QueryOutcome outcome;
  const std::string match = query.fts5_match();
  const bool browse = match.empty();
  const bool filtered = !query.guest.empty();
  sqlite3_stmt* page = browse ? browse_ : filtered ? page_filtered_ : page_;
  sqlite3_stmt* facets = browse ? facets_all_ : filtered ? facets_filtered_ : facets_;
  for (sqlite3_stmt* s : {page, facets}) {
    sqlite3_reset(s);
    if (!browse) sqlite3_bind_text(s, 1, match.data(), static_cast<int>(match.size()), SQLITE_STATIC);
    if (filtered) sqlite3_bind_text(s, 2, query.guest.data(), static_cast<int>(query.guest.size()), SQLITE_STATIC);
  }
  struct Row {
    long long first_chapter, chapter_count;
  };
  std::vector<Row> rows;
  while (step_row(db_, page)) {
    std::string snippet = column_text(page, 1);
    StoredEpisode stored = decode_stored_episode(column_text(page, 2));
    rows.push_back({sqlite3_column_int64(page, 3), sqlite3_column_int64(page, 4)});
  }
  sqlite3_reset(page);
  outcome.results = static_cast<int>(rows.size());
  if (!browse) {
    for (const Row& row : rows) {
      sqlite3_reset(chapters_);
      sqlite3_bind_text(chapters_, 1, match.data(), static_cast<int>(match.size()), SQLITE_STATIC);
      sqlite3_bind_int64(chapters_, 2, row.first_chapter);
      sqlite3_bind_int64(chapters_, 3, row.first_chapter + row.chapter_count);
      while (step_row(db_, chapters_)) {
        std::string title = column_text(chapters_, 1);
        outcome.chapter_hits++;
      }
    }
    sqlite3_reset(chapters_);
  }
  while (step_row(db_, facets)) {
    if (sqlite3_column_int(facets, 0) == 0) {
      outcome.total = sqlite3_column_int64(facets, 2);
    } else {
      outcome.facet_values++;
    }
  }
  sqlite3_reset(facets);
  return outcome;
}

}  // namespace podseek::bench
