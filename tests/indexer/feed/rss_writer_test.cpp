// Tests for indexer/feed/rss_writer.cpp: what write_rss writes, parse_rss reads back.
#include "indexer/feed/rss_writer.hpp"

#include <catch2/catch.hpp>

#include "tests/indexer/feed/fake_fetcher.hpp"
#include "indexer/feed/rss_parser.hpp"
#include "tests/support/same_episodes.hpp"

using namespace podseek;

namespace {

Podcast sample() {
  Podcast podcast{.title = "Bits & <Bytes>",
                  .url = "https://bits.example/",
                  .description = "Tales \"quoted\".",
                  .deep_link_template = "https://bits.example/?t={seconds}#ep-{episode}"};
  Episode one{.guid = "bits-1",
              .number = 1,
              .title = "QUIC & HTTP/3 – part 1",
              .url = "https://bits.example/1",
              .published = "2025-10-14T08:00:00Z",
              .guests = {"Max Inden"},
              .hosts = {"Glen"},
              .description = "First line with <angle> brackets.\nSecond line — café."};
  one.links = {{"https://github.com/mozilla/neqo", "Mozilla Neqo"}, {"https://quic.example/?a=1&b=2", ""}};
  one.chapters = {{"Intro", 0}, {"Why QUIC?", 582}, {"Wrap-up & outro", 3723}};
  one.enclosure_url = "https://cdn.bits.example/1.mp3";
  one.image_url = "https://bits.example/1.png";
  one.duration_seconds = 3800;
  Episode two{.guid = "bits-2", .title = "No number, no notes, no date"};
  Episode three{.guid = "bits-3", .title = "CDATA cannot hold this", .description = "a ]]> b"};
  podcast.episodes = {one, two, three};
  return podcast;
}

}  // namespace

TEST_CASE("A written feed reads back with the same podcast, episodes, links and chapters") {
  Podcast original = sample();
  testing::FakeFetcher fetcher;
  FeedParseResult result = parse_rss(write_rss(original), "https://bits.example/feed.xml", fetcher);
  CHECK(result.warnings.empty());
  const Podcast& back = result.podcast;
  testing::check_same_podcast_header(back, original);
  REQUIRE(back.episodes.size() == 3);
  const Episode& a = original.episodes[0];
  const Episode& b = back.episodes[0];
  testing::check_same_episode_text(b, a);
  CHECK(b.number == a.number);
  CHECK(b.published == a.published);
  REQUIRE(b.links.size() == 2);
  CHECK(b.links[0].url == a.links[0].url);
  CHECK(b.links[0].label == a.links[0].label);
  CHECK(b.links[1].url == a.links[1].url);
  CHECK(b.links[1].label == "");
  REQUIRE(a.chapters.size() == 3);
  testing::check_same_chapters(b, a);
  CHECK(b.enclosure_url == a.enclosure_url);
  CHECK(b.image_url == a.image_url);
  CHECK(b.duration_seconds == a.duration_seconds);
  CHECK(back.episodes[1].description.empty());
  CHECK_FALSE(back.episodes[1].number);
  CHECK(back.episodes[1].published.empty());
  CHECK(back.episodes[2].description == "a ]]> b");
}

TEST_CASE("The deep link option wins over the feed's podseek:deepLinkTemplate") {
  testing::FakeFetcher fetcher;
  FeedOptions options;
  options.deep_link_template = "{url}#t={seconds}";
  FeedParseResult result = parse_rss(write_rss(sample()), "feed.xml", fetcher, options);
  CHECK(result.podcast.deep_link_template == "{url}#t={seconds}");
}
