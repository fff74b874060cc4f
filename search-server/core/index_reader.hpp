// Read access to the index for the server's threads. Xapian handles are not thread-safe, so
// each thread gets its own, reopened before every request so that a new index revision is
// served without a restart. The index is one database folder, or a stub (common/stub_file.hpp:
// a sharded index's folder, or a stub file listing local and remote shards), searched as one;
// remote shards are opened with the explicit RemoteTimeouts.
// A remote shard that fails (down, killed mid-query, or silent past its timeout) is left out and
// the request runs again on the others: missing_shards() then names it, for a partial answer.
// It is tried again after ShardHealth::kRetryAfter, so a shard that comes back is used again.
// A stub is read again at most once a second (StubWatch): when its list changed, each thread
// opens the new list at its next request, so shards can be added or moved without a restart.
// Thread safety: one IndexReader is shared by all threads; database() returns the calling
// thread's own handle, missing_shards() what the calling thread's last request left out.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/status.hpp"
#include "search-server/core/shard_health.hpp"
#include "search-server/core/stub_watch.hpp"

namespace podseek {

// How long a remote shard may take (Xapian::Remote::open): to accept a connection, and to
// answer each message once connected. After either, the search fails with a NetworkError.
struct RemoteTimeouts {
  unsigned connect_ms = 2000;
  unsigned reply_ms = 5000;
};

// Opens the index at path: a database folder, or every database a stub lists, as one.
// Throws InputError for a bad stub, Xapian::Error when a database cannot be opened.
Xapian::Database open_index(const std::string& path, const RemoteTimeouts& timeouts = {});

// A key that changes with every commit the handle can see: the revision of a single database;
// for a multi-database (which has none), its uuid, document count, last document id and the
// committed_at of its first database (the dictionary, written last by each indexer run).
std::string revision_key(const Xapian::Database& db);

class IndexReader {
 public:
  explicit IndexReader(std::string db_path, RemoteTimeouts timeouts = {})
      : path_(std::move(db_path)), timeouts_(timeouts), stub_(path_) {}

  // The calling thread's database at the newest committed revision, without the shards known
  // to be down. Throws Xapian::DatabaseOpeningError (and other Xapian::Error) when it cannot be
  // read, InputError for a bad stub.
  Xapian::Database& database();
  // Drops the calling thread's handle: the next database() opens the index again.
  void forget_database();
  // The shards (as the stub names them) the calling thread's last database() left out.
  std::vector<std::string> missing_shards() const;

  // How often with_database runs fn before it lets DatabaseModifiedError through.
  static constexpr int kMaxAttempts = 10;

  // Runs fn(database) and, when the revision it read was overwritten meanwhile
  // (DatabaseModifiedError: two commits landed while fn ran), reopens and runs it again, up to
  // kMaxAttempts times in all. A read slower than the interval between two commits can still lose.
  template <class Fn>
  auto with_database(Fn&& fn) -> decltype(fn(std::declval<Xapian::Database&>())) {
    for (int attempt = 1;; ++attempt) {
      Xapian::Database& db = database();
      try {
        return fn(db);
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt >= kMaxAttempts) throw;
        db.reopen();
      }
    }
  }

  // with_database(fn), and once more without the shards that fail when a remote shard failed.
  template <class Fn>
  auto with_shards_that_answer(Fn&& fn) -> decltype(fn(std::declval<Xapian::Database&>())) {
    try {
      return with_database(fn);
    } catch (const Xapian::NetworkError&) {
      leave_out_failing_shards();
    }
    return with_database(fn);
  }

  // with_shards_that_answer(fn) with Xapian errors turned into typed Errors: Unavailable when
  // the index cannot be opened or no shard answers, Internal (naming `what`) for any other.
  template <class Fn>
  auto guarded(Fn&& fn, const char* what) -> Expected<decltype(fn(std::declval<Xapian::Database&>()))> {
    try {
      return with_shards_that_answer(fn);
    } catch (const Xapian::DatabaseOpeningError& e) {
      return Error{ErrorCode::kUnavailable, "the index cannot be opened: " + e.get_msg()};
    } catch (const Xapian::NetworkError& e) {
      forget_database();
      return Error{ErrorCode::kUnavailable, "the shards of the index did not answer: " + e.get_msg()};
    } catch (const InputError& e) {
      return Error{ErrorCode::kUnavailable, std::string("the index cannot be opened: ") + e.what()};
    } catch (const Xapian::Error& e) {
      return Error{ErrorCode::kInternal, std::string(what) + " failed: " + e.get_description()};
    }
  }

  const std::string& path() const { return path_; }
  const RemoteTimeouts& timeouts() const { return timeouts_; }

 private:
  // After a NetworkError: drops the thread's handle and marks down every remote shard that does
  // not answer a probe (all probed at once, each within the connect timeout).
  void leave_out_failing_shards();
  Xapian::Database open_without(const std::set<std::string>& down, const std::vector<StubEntry>& entries,
                                std::vector<std::string>& left_out);

  std::string path_;
  RemoteTimeouts timeouts_;
  ShardHealth health_;
  StubWatch stub_;  // used only while path_ is a stub
};

}  // namespace podseek
