// What the search core takes and returns: typed requests and results, no HTTP and no JSON.
// Thread safety: plain values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/episode.hpp"
#include "common/status.hpp"
#include "search-server/core/request_limits.hpp"

namespace podseek {

enum class SortOrder { kRelevance, kNewest, kOldest, kDuration };  // kDuration: longest first

struct SearchRequest {
  std::string query;                  // "" browses every episode
  std::vector<std::string> guests;    // OR-ed
  std::vector<std::string> topics;    // OR-ed; AND-ed with guests
  std::vector<std::string> podcasts;  // OR-ed; AND-ed with the others
  bool partial = false;               // the last word is a prefix being typed
  int page = 1;                       // 1-based
  int per_page = SearchLimits::kDefaultPerPage;
  std::optional<SortOrder> sort;  // default: relevance, or newest for an empty query
  int facet_limit = SearchLimits::kDefaultFacetValues;  // most frequent values listed per facet
  std::vector<std::string> languages;   // language codes ("de", "en-US" = "en"), OR-ed; AND-ed with the others
  std::vector<std::string> categories;  // the feed's categories ("Technology", "A > B"), OR-ed
  std::optional<std::string> published_after;   // YYYY-MM-DD, inclusive
  std::optional<std::string> published_before;  // YYYY-MM-DD, inclusive
  std::optional<int> min_duration_minutes;      // inclusive; episodes of unknown length never match
  std::optional<int> max_duration_minutes;      // inclusive
  // lang=: the language to stem the query with ("de", or a tag such as "de-DE"); "" = the
  // languages of the episodes searched (query_languages.hpp).
  std::string lang;
};

struct ChapterHit {
  std::string title;
  std::string title_html;  // escaped, with <mark> around matching words
  int start_seconds = 0;
  std::string deep_link;
};

struct SegmentHit {
  int start_seconds = 0;
  std::string speaker;
  std::string text_html;
  std::string deep_link;
};

struct EpisodeHit {
  std::string id;
  std::string podcast;
  Episode episode;  // without transcript
  std::vector<std::string> topics;
  std::string snippet;                 // escaped, with <mark>
  std::vector<ChapterHit> chapters;    // matching chapters, in time order
  std::vector<SegmentHit> transcript;  // matching segments, best first, at most 5
};

struct FacetValue {
  std::string value;
  int count = 0;
};

struct SearchResponse {
  std::string query;
  std::optional<std::string> corrected_query;
  std::optional<std::string> suggestion;
  int total = 0;
  int page = 1;
  int per_page = SearchLimits::kDefaultPerPage;
  bool matched_all_words = true;  // false when no episode had every word and any word counted
  std::vector<EpisodeHit> results;
  std::vector<FacetValue> guest_facet;
  std::vector<FacetValue> topic_facet;
  std::vector<FacetValue> podcast_facet;
  std::vector<FacetValue> language_facet;
  std::vector<FacetValue> category_facet;
  // How many distinct values each facet has among the matches (the lists above hold at most
  // facet_limit of them, plus any value chosen as a filter).
  int guest_values = 0;
  int topic_values = 0;
  int podcast_values = 0;
  int podcasts_in_index = 0;  // in the whole index: with several, pages name each result's podcast
  int language_values = 0;
  int category_values = 0;
  // A sharded index with a shard that did not answer: the answer is from the others.
  bool partial = false;
  std::vector<std::string> missing_shards;  // as the stub names them ("10.0.0.12:7001")
  double took_ms = 0;
};

}  // namespace podseek
