// Search requests of every class, drawn deterministically from a generated corpus, for tests
// that compare two ways of serving the same episodes: words, phrases, prefixes (as typed),
// facet filters, typos (that spelling corrects), browsing; each request with one of every sort
// order and one of pages 1-3, the facets listed in full.
// Thread safety: pure functions.
#pragma once

#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "bench/corpus_generator.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek::testing {

struct ClassedRequest {
  std::string kind;  // "words", "phrase", "prefix", "filter", "typo", "browse"
  SearchRequest request;
};

inline std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

// The n-th request of a class gets the n-th sort and page in turn.
inline SearchRequest shaped(std::string query, std::size_t n) {
  static const std::optional<SortOrder> kSorts[] = {std::nullopt, SortOrder::kRelevance, SortOrder::kNewest,
                                                    SortOrder::kOldest, SortOrder::kDuration};
  constexpr std::size_t kSortCount = std::size(kSorts);
  SearchRequest r;
  r.query = std::move(query);
  r.sort = kSorts[n % kSortCount];
  r.page = static_cast<int>(1 + (n / kSortCount) % 3);
  r.facet_limit = SearchLimits::kMaxFacetValues;
  return r;
}

// A word of the corpus with two inner letters swapped ("congestion" -> "congetsion").
inline std::string typo_of(const std::string& word) {
  std::string out = word;
  if (out.size() < 4) return out + "q";
  std::swap(out[out.size() / 2], out[out.size() / 2 + 1]);
  return out;
}

inline std::vector<ClassedRequest> requests_of_every_class(const bench::SyntheticCorpus& corpus, std::size_t per_class) {
  std::vector<ClassedRequest> out;
  std::vector<const Episode*> episodes;
  for (const auto& podcast : corpus.podcasts) {
    for (const auto& episode : podcast.episodes) episodes.push_back(&episode);
  }
  const auto& vocabulary = corpus.vocabulary;
  for (std::size_t n = 0; n < per_class; ++n) {
    const Episode& e = *episodes[(n * 7919) % episodes.size()];
    const std::vector<std::string> said = words_of(e.description);
    const std::string& word = vocabulary[(n * 13) % 400];
    out.push_back({"words", shaped(n % 2 ? word : word + " " + vocabulary[(n * 31 + 5) % 600], n)});
    std::size_t at = n % (said.size() - 1);
    out.push_back({"phrase", shaped("\"" + said[at] + " " + said[at + 1] + "\"", n)});
    SearchRequest prefix = shaped((n % 3 ? "" : said[at] + " ") + word.substr(0, std::min<std::size_t>(word.size(), 2 + n % 3)), n);
    prefix.partial = true;
    out.push_back({"prefix", prefix});
    SearchRequest filter = shaped(n % 2 ? word : "", n);
    if (n % 3 == 0) filter.guests = {e.guests.front()};
    if (n % 3 == 1) filter.podcasts = {corpus.podcasts[n % corpus.podcasts.size()].title};
    if (n % 3 == 2) filter.topics = {"DNS", "QUIC & HTTP/3"};
    out.push_back({"filter", filter});
    std::string long_word = said[at].size() >= 6 ? said[at] : vocabulary[60 + n % 300];
    out.push_back({"typo", shaped(typo_of(long_word), n)});
    SearchRequest browse = shaped("", n);
    if (n % 4 == 1) browse.guests = {e.guests.front()};
    if (n % 4 == 3) browse.podcasts = {corpus.podcasts[n % corpus.podcasts.size()].title};
    out.push_back({"browse", browse});
  }
  return out;
}

}  // namespace podseek::testing
