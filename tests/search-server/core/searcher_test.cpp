// Tests for search-server/searcher.cpp on the netstack.fm corpus: facets, filters, paging,
// sorting, spelling and errors.
#include "search-server/core/searcher.hpp"

#include <catch2/catch.hpp>

#include "tests/support/netstack_index.hpp"

using namespace podseek;

namespace {

struct Fixture {
  testing::NetstackIndex index;
  IndexReader reader{index.path()};
  Searcher searcher{reader, SynonymTable::load_file(testing::repo_file("data/synonyms.json"))};

  SearchResponse search(SearchRequest request) {
    auto response = searcher.search(request);
    REQUIRE(response.ok());
    return response.value();
  }
};

std::vector<int> numbers(const SearchResponse& response) {
  std::vector<int> out;
  for (const auto& hit : response.results) out.push_back(hit.episode.number.value_or(-1));
  return out;
}

int count_of(const std::vector<FacetValue>& facet, const std::string& value) {
  for (const auto& entry : facet) {
    if (entry.value == value) return entry.count;
  }
  return 0;
}

}  // namespace

TEST_CASE("Facet counts cover every matching episode, not just the page") {
  Fixture f;
  SearchResponse response = f.search({.query = "", .per_page = 1});
  CHECK(response.total == 11);
  CHECK(response.results.size() == 1);
  CHECK(response.guest_facet.size() == 10);
  CHECK(count_of(response.guest_facet, "Max Inden") == 1);
  CHECK(count_of(response.podcast_facet, "netstack.fm") == 11);
  SearchResponse quic = f.search({.query = "QUIC", .per_page = 1});
  CHECK(quic.total == 4);
  CHECK(count_of(quic.topic_facet, "QUIC & HTTP/3") == 4);
}

TEST_CASE("Each facet lists its most frequent values up to facet_limit, and every chosen one") {
  Fixture f;
  SearchResponse all = f.search({.query = ""});
  REQUIRE(all.guest_facet.size() == 10);
  CHECK(all.guest_values == 10);
  CHECK(all.topic_values == static_cast<int>(all.topic_facet.size()));

  SearchResponse top = f.search({.query = "", .facet_limit = 3});
  CHECK(top.guest_values == 10);
  REQUIRE(top.guest_facet.size() == 3);
  // The same values, in the same order, as the head of the full list.
  for (std::size_t i = 0; i < 3; ++i) CHECK(top.guest_facet[i].value == all.guest_facet[i].value);
  CHECK(top.topic_facet.size() == std::min<std::size_t>(3, all.topic_facet.size()));

  // A chosen guest outside the top values keeps its row (and count), after them.
  const std::string last = all.guest_facet.back().value;
  SearchResponse chosen = f.search({.query = "", .guests = {last}, .facet_limit = 3});
  REQUIRE(chosen.guest_facet.size() == 4);
  CHECK(chosen.guest_facet.back().value == last);
  CHECK(chosen.guest_facet.back().count == all.guest_facet.back().count);
}

TEST_CASE("A facet_limit out of bounds is refused with the limits") {
  Fixture f;
  for (int limit : {0, SearchLimits::kMaxFacetValues + 1}) {
    auto response = f.searcher.search({.facet_limit = limit});
    REQUIRE_FALSE(response.ok());
    CHECK(response.error().message == "facet_limit must be between 1 and 500");
  }
}

TEST_CASE("Values of one facet are OR-ed, different facets AND-ed") {
  Fixture f;
  SearchResponse two_guests = f.search({.guests = {"Max Inden", "Daniel Stenberg"}});
  CHECK(two_guests.total == 2);
  SearchResponse guest_and_topic = f.search({.guests = {"Max Inden", "Daniel Stenberg"}, .topics = {"QUIC & HTTP/3"}});
  CHECK(numbers(guest_and_topic) == std::vector<int>{11});
  // Filter values are matched after folding, as the index stores them.
  CHECK(f.search({.guests = {"max inden"}}).total == 1);
}

TEST_CASE("A facet's own counts ignore its filter so other values stay choosable") {
  Fixture f;
  SearchResponse response = f.search({.query = "QUIC", .guests = {"Max Inden"}});
  CHECK(response.total == 1);
  CHECK(count_of(response.guest_facet, "Dirkjan Ochtman") == 1);
  CHECK(count_of(response.topic_facet, "QUIC & HTTP/3") == 1);
}

TEST_CASE("Browsing pages through episodes newest first, or oldest first when asked") {
  Fixture f;
  CHECK(numbers(f.search({.page = 1, .per_page = 5})) == std::vector<int>{11, 10, 9, 8, 7});
  CHECK(numbers(f.search({.page = 3, .per_page = 5})) == std::vector<int>{1});
  CHECK(numbers(f.search({.per_page = 3, .sort = SortOrder::kOldest})) == std::vector<int>{1, 2, 3});
  CHECK(f.search({.page = 9}).results.empty());
}

TEST_CASE("A query of exclusions only lists every other episode, newest first") {
  Fixture f;
  // curl is in episode 6 (its subject) and episode 2 (the cURL collaboration).
  for (const char* query : {"-curl", "NOT curl", "(-curl)"}) {
    INFO(query);
    SearchResponse response = f.search({.query = query});
    CHECK(response.total == 9);
    CHECK(numbers(response) == std::vector<int>{11, 10, 9, 8, 7, 5, 4, 3, 1});
    CHECK(count_of(response.guest_facet, "Daniel Stenberg") == 0);
    for (const auto& hit : response.results) CHECK(hit.chapters.empty());
  }
  CHECK(f.search({.query = "-curl -tokio"}).total == 7);
  CHECK(numbers(f.search({.query = "-curl", .sort = SortOrder::kOldest})).front() == 1);
}

TEST_CASE("A misspelled query that finds nothing is searched as corrected") {
  Fixture f;
  SearchResponse response = f.search({.query = "curl stenburg"});
  REQUIRE(response.corrected_query);
  CHECK(*response.corrected_query == "curl stenberg");
  CHECK(numbers(response).front() == 6);
}

TEST_CASE("A misspelling among words that found something is offered as a suggestion") {
  Fixture f;
  SearchResponse response = f.search({.query = "tls OR protocl"});
  CHECK_FALSE(response.corrected_query);
  REQUIRE(response.suggestion);
  CHECK(*response.suggestion == "tls OR protocol");
}

TEST_CASE("A correct word is never corrected") {
  Fixture f;
  for (const char* query : {"QUIC", "tokio", "Stenberg", "zerocopy"}) {
    INFO(query);
    SearchResponse response = f.search({.query = query});
    CHECK_FALSE(response.corrected_query);
    CHECK_FALSE(response.suggestion);
  }
}

TEST_CASE("When no episode has every word, episodes with some of them are returned") {
  Fixture f;
  SearchResponse response = f.search({.query = "datastar rustls"});
  CHECK_FALSE(response.matched_all_words);
  CHECK(response.total == 2);
}

TEST_CASE("Matching chapters come with HTML-safe marks and deep links") {
  Fixture f;
  SearchResponse response = f.search({.query = "QUIC"});
  REQUIRE(!response.results.empty());
  const EpisodeHit& first = response.results.front();
  REQUIRE(!first.chapters.empty());
  CHECK(first.chapters.front().title_html == "<mark>QUIC</mark> and HTTP/3 in Firefox");
  CHECK(first.chapters.front().deep_link == "https://netstack.fm/?t=582#episode-11");
  CHECK(first.snippet.find("<mark>QUIC</mark>") != std::string::npos);
}

TEST_CASE("Requests out of bounds are refused with the parameter named") {
  Fixture f;
  auto too_long = f.searcher.search({.query = std::string(1025, 'a')});
  REQUIRE_FALSE(too_long.ok());
  CHECK(too_long.error().code == ErrorCode::kInvalidArgument);
  CHECK(too_long.error().message.find("q ") == 0);
  auto per_page = f.searcher.search({.per_page = 51});
  REQUIRE_FALSE(per_page.ok());
  CHECK(per_page.error().message.find("per_page") == 0);
}

TEST_CASE("An index that cannot be opened makes searches unavailable, not crash") {
  IndexReader reader("/nonexistent/podseek-index");
  Searcher searcher(reader, SynonymTable());
  auto response = searcher.search({.query = "quic"});
  REQUIRE_FALSE(response.ok());
  CHECK(response.error().code == ErrorCode::kUnavailable);
}

TEST_CASE("Words close together rank above the same words far apart") {
  testing::TempDir dir;
  Podcast podcast{.title = "Show"};
  std::string filler = " words to fill the space between the two terms of the query so they stand far apart ";
  podcast.episodes.push_back({.guid = "far", .number = 1, .title = "One",
                              .description = "connection" + filler + "pooling"});
  podcast.episodes.push_back({.guid = "near", .number = 2, .title = "Two",
                              .description = "connection pooling" + filler});
  {
    IndexWriter writer(dir.file("db"), TopicTagger());
    writer.add_podcast(podcast, false);
    writer.commit();
  }
  IndexReader reader(dir.file("db"));
  Searcher searcher(reader, SynonymTable());
  auto response = searcher.search({.query = "connection pooling"});
  REQUIRE(response.ok());
  CHECK(numbers(response.value()) == std::vector<int>{2, 1});
}

TEST_CASE("A match in a title outranks the same words in show notes") {
  testing::TempDir dir;
  Podcast podcast{.title = "Show"};
  podcast.episodes.push_back({.guid = "notes", .number = 1, .title = "Networking talk",
                              .description = "We mention tokio once among many other words here."});
  podcast.episodes.push_back({.guid = "title", .number = 2, .title = "Tokio deep dive",
                              .description = "Among many other words here about runtimes."});
  {
    IndexWriter writer(dir.file("db"), TopicTagger());
    writer.add_podcast(podcast, false);
    writer.commit();
  }
  IndexReader reader(dir.file("db"));
  Searcher searcher(reader, SynonymTable());
  auto response = searcher.search({.query = "tokio"});
  REQUIRE(response.ok());
  CHECK(numbers(response.value()) == std::vector<int>{2, 1});
}

TEST_CASE("Typing and Enter agree: a prefix stays a prefix, a typo is corrected while typed") {
  Fixture f;
  // Issue 13: Enter turned "webtr" into the word "web", with broader results.
  SearchResponse typed = f.search({.query = "webtr", .partial = true});
  SearchResponse entered = f.search({.query = "webtr", .partial = false});
  CHECK_FALSE(entered.corrected_query);
  CHECK(entered.total > 0);
  CHECK(numbers(entered) == numbers(typed));
  CHECK(f.search({.query = "web", .partial = false}).total > entered.total);
  // ... and a typo was corrected only after Enter.
  SearchResponse typing_typo = f.search({.query = "curl stenburg", .partial = true});
  SearchResponse entered_typo = f.search({.query = "curl stenburg", .partial = false});
  REQUIRE(typing_typo.corrected_query);
  CHECK(*typing_typo.corrected_query == "curl stenberg");
  CHECK(numbers(typing_typo) == numbers(entered_typo));
}
