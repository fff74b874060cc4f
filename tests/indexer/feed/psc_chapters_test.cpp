// Tests for indexer/feed/psc_chapters.cpp and its use by the feed reader.
#include "indexer/feed/psc_chapters.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

#include "indexer/feed/rss_parser.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("Podlove Simple Chapters are read with starts, links and images") {
  testing::FakeFetcher fetcher;
  FeedParseResult feed = parse_rss(testing::read_fixture("psc/podlove.xml"), "https://podlove.example/feed", fetcher);
  const Episode& episode = feed.podcast.episodes.at(0);
  REQUIRE(episode.chapters.size() == 4);
  CHECK(episode.chapters[0].title == "Intro und Begrüßung");
  CHECK(episode.chapters[1].start_seconds == 60);
  CHECK(episode.chapters[1].url == "https://podlove.example/metadaten");
  CHECK(episode.chapters[1].image_url == "https://podlove.example/m.png");
  CHECK(episode.chapters[2].title == "Sekunden");
  CHECK(episode.chapters[2].start_seconds == 75);
  CHECK(episode.chapters[3].start_seconds == 3723);
  CHECK(expand_deep_link("", episode, episode.chapters[1].start_seconds) == "https://podlove.example/1?t=60");
  CHECK(feed.warnings.at(0) == "item 1 (\"Nur psc\"): psc:chapter 4: start \"später\" is not a time; skipped");
}

TEST_CASE("With both JSON and psc chapters the richer list is kept, with a warning naming the item") {
  testing::FakeFetcher fetcher;
  fetcher.bodies["https://podlove.example/2.json"] =
      R"({"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Only one"}]})";
  FeedParseResult feed = parse_rss(testing::read_fixture("psc/podlove.xml"), "https://podlove.example/feed", fetcher);
  const Episode& episode = feed.podcast.episodes.at(1);
  REQUIRE(episode.chapters.size() == 3);
  CHECK(episode.chapters[2].title == "C");
  CHECK(feed.warnings.back() ==
        "item 2 (\"Beides\"): has both podcast:chapters (1 chapters) and psc:chapters (3); the psc ones are kept "
        "(more chapters)");
}

TEST_CASE("A psc document that is not one, or holds too many chapters, gives warnings") {
  CHECK(parse_psc_chapters("<x/>", "").warnings == std::vector<std::string>{"not a <psc:chapters> document"});
  std::string many = R"(<psc:chapters xmlns:psc="http://podlove.org/simple-chapters">)";
  for (std::size_t i = 0; i <= PscLimits::kMaxChapters; ++i) many += "<psc:chapter start=\"" + std::to_string(i) + "\" title=\"t\"/>";
  PscChaptersRead read = parse_psc_chapters(many + "</psc:chapters>", "");
  CHECK(read.chapters.size() == PscLimits::kMaxChapters);
  CHECK(read.warnings.back() == "more than 1000 psc:chapter; the rest dropped");
}

TEST_CASE("The Podlovers feed's psc chapters are read (feeds-wild)") {
  std::string path = std::string(PODSEEK_SOURCE_DIR) + "/../shared/feeds-wild/metalove--podlovers.xml";
  if (!std::filesystem::exists(path)) {
    WARN("skipped: ../shared/feeds-wild is absent");
    return;
  }
  testing::FakeFetcher fetcher;
  FeedParseResult feed = parse_rss(testing::read_file(path), path, fetcher);
  std::size_t chapters = 0;
  for (const Episode& episode : feed.podcast.episodes) chapters += episode.chapters.size();
  CHECK(chapters == 18);
}
