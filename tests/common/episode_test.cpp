// Tests for common/episode.cpp: timestamps, ids, deep links.
#include "common/episode.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

TEST_CASE("Timestamps format as MM:SS below an hour and H:MM:SS above") {
  CHECK(format_timestamp(0) == "00:00");
  CHECK(format_timestamp(582) == "09:42");
  CHECK(format_timestamp(3636) == "1:00:36");
}

TEST_CASE("Timestamps parse in every written form and reject malformed text") {
  CHECK(parse_timestamp("09:42") == 582);
  CHECK(parse_timestamp("01:00:36") == 3636);
  CHECK(parse_timestamp("75") == 75);
  CHECK_FALSE(parse_timestamp("9:61"));
  CHECK_FALSE(parse_timestamp("1:2:3:4"));
  CHECK_FALSE(parse_timestamp("ab"));
  CHECK_FALSE(parse_timestamp(""));
  CHECK_FALSE(parse_timestamp("10:"));
}

TEST_CASE("Episode ids use the number when there is one, else a safe form of the guid") {
  Podcast podcast{.title = "netstack.fm"};
  Episode numbered{.guid = "x", .number = 11};
  CHECK(episode_id(podcast, numbered) == "netstack.fm/11");
  Podcast other{.title = "The Other Show!"};
  Episode plain{.guid = "abc-1"};
  CHECK(episode_id(other, plain) == "the-other-show/abc-1");
  Episode url_guid{.guid = "https://example.com/ep?1"};
  CHECK(episode_id(other, url_guid).size() == std::string("the-other-show/").size() + 16);
}

TEST_CASE("Deep link templates expand every placeholder") {
  Episode ep{.number = 11, .url = "https://netstack.fm/#episode-11"};
  CHECK(expand_deep_link("https://netstack.fm/?t={seconds}#episode-{episode}", ep, 582) ==
        "https://netstack.fm/?t=582#episode-11");
  CHECK(expand_deep_link("{url}&at={hms}", ep, 3636) == "https://netstack.fm/#episode-11&at=1:00:36");
}

TEST_CASE("Without a template, deep links add t= to the episode url, or #t= to the enclosure") {
  Episode ep{.number = 11, .url = "https://netstack.fm/#episode-11"};
  CHECK(expand_deep_link("", ep, 582) == "https://netstack.fm/?t=582#episode-11");
  Episode with_query{.url = "https://example.com/ep?id=4"};
  CHECK(expand_deep_link("", with_query, 5) == "https://example.com/ep?id=4&t=5");
  Episode audio_only{.enclosure_url = "https://cdn.example.com/a.mp3"};
  CHECK(expand_deep_link("", audio_only, 60) == "https://cdn.example.com/a.mp3#t=60");
}
