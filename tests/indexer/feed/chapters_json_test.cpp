// Tests for indexer/feed/chapters_json.cpp.
#include "indexer/feed/chapters_json.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("JSON chapters are read in time order, skipping those hidden from the table of contents") {
  auto chapters = parse_chapters_json(testing::read_fixture("netstack-11-chapters.json"), "c.json");
  REQUIRE(chapters.size() == 6);
  CHECK(chapters[0].title == "Intro");
  CHECK(chapters[3].title == "QUIC and HTTP/3 in Firefox");
  CHECK(chapters[3].start_seconds == 582);
  CHECK(chapters[4].start_seconds == 747);
}

TEST_CASE("JSON chapters tolerate odd entries and sort them") {
  auto chapters = parse_chapters_json(
      R"({"chapters": [{"startTime": 60, "title": "B"}, {"startTime": 0, "title": "A"},
          {"startTime": "x", "title": "bad"}, {"title": "no start"}, 7, {"startTime": -1, "title": "neg"},
          {"startTime": 90, "title": "C", "toc": "yes"}, {"startTime": 90.4, "title": "same second"}]})",
      "c.json");
  REQUIRE(chapters.size() == 3);
  CHECK(chapters[0].title == "A");
  CHECK(chapters[1].title == "B");
  CHECK(chapters[2].title == "C");
}

TEST_CASE("Text that is not a chapters document is an input error naming it") {
  CHECK_THROWS_WITH(parse_chapters_json("<html>", "https://x/c.json"), "https://x/c.json: not valid JSON");
  CHECK_THROWS_WITH(parse_chapters_json("{\"version\": 1}", "c.json"), "c.json: no \"chapters\" array");
}
