// Tests for indexer/source_reader.cpp: feeds as indexer sources (files, URLs, and what is not a feed).
#include "indexer/cli/source_reader.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("An XML file source is read as a feed, with its chapters, transcripts and warnings") {
  SourceRead read = read_source(testing::fixture_path("netstack.xml"), SourceOptions{});
  CHECK(read.podcast.title == "netstack.fm");
  REQUIRE(read.podcast.episodes.size() == 4);
  CHECK(read.podcast.episodes[0].chapters.size() == 6);
  CHECK(read.podcast.episodes[0].transcript.size() == 3);
  CHECK(read.warnings.empty());

  SourceRead messy = read_source(testing::fixture_path("broken/messy.xml"), SourceOptions{});
  CHECK(messy.podcast.episodes.size() == 11);
  CHECK(messy.warnings.size() == 11);
}

TEST_CASE("A URL source is fetched through the fetcher it is given, with feed options applied") {
  testing::FakeFetcher fetcher;
  fetcher.bodies["https://packets.example.org/feed.rss"] = testing::read_fixture("other-podcast.xml");
  SourceOptions options;
  options.fetcher = &fetcher;
  options.feed.deep_link_template = "{url}?t={seconds}";
  SourceRead read = read_source("https://packets.example.org/feed.rss", options);
  CHECK(read.podcast.title == "Packets & People");
  CHECK(read.podcast.deep_link_template == "{url}?t={seconds}");
  CHECK_THROWS_WITH(read_source("https://packets.example.org/gone.rss", options),
                    "https://packets.example.org/gone.rss: HTTP 404");
}

TEST_CASE("An XML file that is not a feed is an input error naming it") {
  std::string path = testing::fixture_path("broken/html-page.xml");
  CHECK_THROWS_WITH(read_source(path, SourceOptions{}),
                    path + ": not an RSS feed: the root element is <html>, not <rss>");
}
