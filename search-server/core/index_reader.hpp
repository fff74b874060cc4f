// Read access to the index for the server's threads. Xapian handles are not thread-safe, so
// each thread gets its own, reopened before every request so that a new index revision is
// served without a restart.
// Thread safety: one IndexReader is shared by all threads; database() returns the calling
// thread's own handle.
#pragma once

#include <string>

#include <xapian.h>

#include "common/status.hpp"

namespace podseek {

class IndexReader {
 public:
  explicit IndexReader(std::string db_path) : path_(std::move(db_path)) {}

  // The calling thread's database at the newest committed revision.
  // Throws Xapian::DatabaseOpeningError (and other Xapian::Error) when it cannot be read.
  Xapian::Database& database();

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

  // with_database(fn) with Xapian errors turned into typed Errors: Unavailable when the index
  // cannot be opened, Internal (naming `what` failed) for any other Xapian error.
  template <class Fn>
  auto guarded(Fn&& fn, const char* what) -> Expected<decltype(fn(std::declval<Xapian::Database&>()))> {
    try {
      return with_database(fn);
    } catch (const Xapian::DatabaseOpeningError& e) {
      return Error{ErrorCode::kUnavailable, "the index cannot be opened: " + e.get_msg()};
    } catch (const Xapian::Error& e) {
      return Error{ErrorCode::kInternal, std::string(what) + " failed: " + e.get_description()};
    }
  }

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace podseek
