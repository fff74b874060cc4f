// Type-ahead for the search box, from the index's terms rather than its documents: completions
// of the last, partial word (words of titles, guests, topics and chapter titles that start with it
// and that the spelling table knows, so never words of URLs nor the joined form of a dotted name;
// and the words of categories), most episodes first; guests, topics, categories and episode titles
// that match what was typed, each found by a bounded query or a list kept per index revision.
// Bounds (SuggestLimits): each prefix expands to at most kMaxTermsScanned terms per field;
// guests and episode titles are read from at most kMaxEpisodesRead matching episodes.
// Thread safety: suggest() may be called from many threads; the topic and category lists are
// cached per index revision.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/status.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/request_limits.hpp"
#include "search-server/core/revision_cache.hpp"

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

  // A topic or category as written, its folded words and how many episodes have it.
  struct Name {
    std::string text;
    std::vector<std::string> words;
    Xapian::doccount episodes = 0;
  };
  // The topics and categories of one index revision (both lists are small: the topics file's and
  // the feeds' category names, at most SuggestLimits::kMaxNamesListed each).
  struct Names {
    std::vector<Name> topics, categories;
  };

 private:
  IndexReader& reader_;
  RevisionCache<Names> names_;
};

}  // namespace podseek
