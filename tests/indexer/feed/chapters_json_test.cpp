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

TEST_CASE("JSON chapters keep their link and artwork, resolved against the chapters file") {
  auto chapters = parse_chapters_json(
      R"({"version": "1.2.0", "chapters": [
          {"startTime": 0, "title": "Intro"},
          {"startTime": 410, "title": "Namespace", "img": "img/ns.jpg", "url": "https://github.com/Podcastindex-org"},
          {"startTime": 500, "endTime": 600, "title": "Hidden", "toc": false, "img": "h.png"}]})",
      "https://cdn.example.com/ep7/chapters.json");
  REQUIRE(chapters.size() == 2);
  CHECK(chapters[0].url.empty());
  CHECK(chapters[0].image_url.empty());
  CHECK(chapters[1].url == "https://github.com/Podcastindex-org");
  CHECK(chapters[1].image_url == "https://cdn.example.com/ep7/img/ns.jpg");
}

TEST_CASE("JSON chapter starts written as strings are read; unusable ones are one warning") {
  std::vector<std::string> warnings;
  auto chapters = parse_chapters_json(
      R"({"chapters": [{"startTime": "0", "title": "Intro"}, {"startTime": "90.5", "title": "Ninety"},
          {"startTime": "00:02:30", "title": "Clock"}, {"startTime": "soon", "title": "Soon"},
          {"title": "Never"}, {"startTime": 200, "title": "  "}]})",
      "c.json", &warnings);
  REQUIRE(chapters.size() == 3);
  CHECK(chapters[1].start_seconds == 90);
  CHECK(chapters[2].start_seconds == 150);
  CHECK(warnings == std::vector<std::string>{"c.json: chapter 4 (\"Soon\") has no startTime in seconds; skipped",
                                             "c.json: 1 more chapters without a startTime skipped"});
}
