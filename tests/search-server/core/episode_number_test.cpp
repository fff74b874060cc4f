// Tests for search-server/core/episode_number.cpp: which queries name an episode by number, and
// that the named episode ranks first on netstack.fm.
#include "search-server/core/episode_number.hpp"

#include <catch2/catch.hpp>

#include "search-server/core/searcher.hpp"
#include "tests/support/netstack_index.hpp"

using namespace podseek;

namespace {

std::optional<int> named(const char* query) {
  auto found = named_episode(parse_query_syntax(query).root);
  return found ? std::optional<int>(found->number) : std::nullopt;
}

}  // namespace

TEST_CASE("An episode word and a number, #N or epN name an episode") {
  CHECK(named("episode 7") == 7);
  CHECK(named("Episode 7: QUIC") == 7);
  CHECK(named("ep. 7") == 7);
  CHECK(named("ep 11 firefox") == 11);
  CHECK(named("episode #3") == 3);
  CHECK(named("#7") == 7);
  CHECK(named("ep7") == 7);
  CHECK(named("Episode12") == 12);
  CHECK(named("Folge 12") == 12);
  CHECK(named("épisode 4") == 4);
  CHECK(named("Aflevering 4") == 4);
  CHECK(named("episode 0") == 0);
}

TEST_CASE("Other numbers are not episode numbers") {
  CHECK_FALSE(named("HTTP 3"));
  CHECK_FALSE(named("RFC 9000"));
  CHECK_FALSE(named("7"));
  CHECK_FALSE(named("netstack episode 7"));  // the episode word must come first
  CHECK_FALSE(named("episode"));
  CHECK_FALSE(named("episode seven"));
  CHECK_FALSE(named("episode 100000"));  // above kMaxNamedEpisodeNumber
  CHECK_FALSE(named("episode 99999999999999999999"));
  CHECK_FALSE(named("-episode 7"));
  CHECK_FALSE(named("title:episode 7"));
  CHECK_FALSE(named("epoch 7"));
  CHECK_FALSE(named("#"));
  CHECK_FALSE(named("#x7"));
  CHECK(named("episode 99999") == kMaxNamedEpisodeNumber);
}

TEST_CASE("The episode a query names by number comes first, and its words still search") {
  testing::NetstackIndex index;
  IndexReader reader(index.path());
  Searcher searcher(reader, SynonymTable());
  auto top = [&](const char* query) {
    auto response = searcher.search({.query = query});
    REQUIRE(response.ok());
    REQUIRE_FALSE(response.value().results.empty());
    return response.value();
  };
  for (const char* query : {"episode 7", "ep 7", "#7", "ep7", "Episode 7:"}) {
    INFO(query);
    CHECK(top(query).results.front().episode.number == 7);
  }
  // "#7" names episode 7 and nothing else matches a lone number sign.
  CHECK(top("#7").total == 1);
  // "episode 7" is that episode: the naming words are not searched for.
  CHECK(top("episode 7").total == 1);
  // With more words, the named episode leads and the other words find the others.
  SearchResponse quic = top("episode 8 quic");
  CHECK(quic.results.front().episode.number == 8);
  CHECK(quic.total == 4);  // episode 8 has QUIC too: 11, 7, 8, 2
  SearchResponse tokio = top("ep 6 tokio");
  CHECK(tokio.results.front().episode.number == 6);
  CHECK(tokio.total == 3);  // 6, then the Tokio episodes 5 and 9
  // Exclusions beside the number keep or drop the named episode only.
  CHECK(top("episode 7 -curl").total == 1);
  auto excluded = searcher.search({.query = "episode 6 -curl"});
  REQUIRE(excluded.ok());
  CHECK(excluded.value().total == 0);
  // A number no episode has: the words are searched as typed ("episode" is in most descriptions).
  SearchResponse missing = top("episode 42");
  for (const auto& hit : missing.results) CHECK(hit.episode.number != 42);
}
