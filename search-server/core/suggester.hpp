// Type-ahead for the search box: completions of the last, partial word (the most frequent
// index terms that start with it, from a bounded scan), and guests, topics and episode titles
// that match what was typed.
// Thread safety: suggest() may be called from many threads; the name lists are cached per
// index revision behind a mutex.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/status.hpp"
#include "search-server/core/index_reader.hpp"

namespace podseek {

struct Suggestion {
  std::string text;
  std::string kind;                // "term", "guest", "topic", "episode"
  std::optional<int> episode;      // for kind "episode"
  std::string id;                  // for kind "episode"
};

struct SuggestLimits {
  static constexpr int kMaxLimit = 20;
  static constexpr int kDefaultLimit = 8;
  static constexpr int kMaxTermsScanned = 2000;  // how far a prefix may expand in the term list
};

class Suggester {
 public:
  explicit Suggester(IndexReader& reader) : reader_(reader) {}

  // REQUIRES: 1 <= limit <= SuggestLimits::kMaxLimit.
  Expected<std::vector<Suggestion>> suggest(const std::string& query, int limit) const;

 private:
  struct Names;  // guests, topics and episode titles of one index revision
  std::shared_ptr<const Names> names_for(Xapian::Database& db) const;

  IndexReader& reader_;
  mutable std::mutex mutex_;
  mutable std::shared_ptr<const Names> cached_;
};

}  // namespace podseek
