// Type-ahead for the search box: completions of the last, partial word (the words of titles,
// guests, topics, categories and chapter titles that start with it, most episodes first, from
// a bounded scan; never words of URLs), and guests, topics, categories and episode titles that
// match what was typed.
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
#include "search-server/core/request_limits.hpp"

namespace podseek {

struct Suggestion {
  std::string text;
  std::string kind;                // "term", "guest", "topic", "category", "episode"
  std::optional<int> episode;      // for kind "episode"
  std::string id;                  // for kind "episode"
};


class Suggester {
 public:
  explicit Suggester(IndexReader& reader) : reader_(reader) {}

  // InvalidArgument when the query is too long or limit is out of bounds (request_limits.hpp).
  Expected<std::vector<Suggestion>> suggest(const std::string& query, int limit) const;

 private:
  struct Names;  // guests, topics, episode titles and the words to complete to, of one index revision
  std::shared_ptr<const Names> names_for(Xapian::Database& db) const;

  IndexReader& reader_;
  mutable std::mutex mutex_;
  mutable std::shared_ptr<const Names> cached_;
};

}  // namespace podseek
