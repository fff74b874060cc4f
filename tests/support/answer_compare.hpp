// Checks that two search responses say the same: total, the ordered result ids, every facet
// count, chapter and transcript hits, corrections and suggestions; one CHECK each, so that a
// failure names what differs.
// Thread safety: Catch assertions, test thread only.
#pragma once

#include <catch2/catch.hpp>

#include "search-server/core/facets.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek::testing {

inline void check_same_facets(const SearchResponse& got, const SearchResponse& want) {
  for (const FacetKind& facet : kFacetKinds) {
    INFO("facet " << facet.name);
    CHECK(got.*facet.distinct == want.*facet.distinct);
    const auto& a = got.*facet.listed;
    const auto& b = want.*facet.listed;
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].value == b[i].value);
      CHECK(a[i].count == b[i].count);
    }
  }
}

inline void check_same_hit(const EpisodeHit& got, const EpisodeHit& want) {
  CHECK(got.snippet == want.snippet);
  REQUIRE(got.chapters.size() == want.chapters.size());
  for (std::size_t c = 0; c < want.chapters.size(); ++c) {
    CHECK(got.chapters[c].title_html == want.chapters[c].title_html);
    CHECK(got.chapters[c].start_seconds == want.chapters[c].start_seconds);
    CHECK(got.chapters[c].deep_link == want.chapters[c].deep_link);
  }
  REQUIRE(got.transcript.size() == want.transcript.size());
  for (std::size_t s = 0; s < want.transcript.size(); ++s) {
    CHECK(got.transcript[s].start_seconds == want.transcript[s].start_seconds);
    CHECK(got.transcript[s].text_html == want.transcript[s].text_html);
  }
}

inline void check_same_answer(const SearchResponse& got, const SearchResponse& want) {
  CHECK(got.total == want.total);
  CHECK(got.corrected_query == want.corrected_query);
  CHECK(got.suggestion == want.suggestion);
  CHECK(got.matched_all_words == want.matched_all_words);
  REQUIRE(got.results.size() == want.results.size());
  for (std::size_t i = 0; i < want.results.size(); ++i) {
    INFO("result " << i);
    CHECK(got.results[i].id == want.results[i].id);
    if (got.results[i].id == want.results[i].id) check_same_hit(got.results[i], want.results[i]);
  }
  check_same_facets(got, want);
}

}  // namespace podseek::testing
