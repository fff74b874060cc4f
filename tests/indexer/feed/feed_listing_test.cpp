// Tests for indexer/feed/feed_listing.cpp: what a feed says for listeners and directories.
#include "indexer/feed/feed_listing.hpp"

#include <catch2/catch.hpp>

#include "common/corpus_json.hpp"
#include "indexer/feed/rss_parser.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

namespace {

FeedParseResult listing_feed() {
  testing::FakeFetcher fetcher;
  return parse_rss(testing::read_fixture("listing/listing.xml"), "https://mirror.example/listing.xml", fetcher);
}

}  // namespace

TEST_CASE("Channel listing fields are read: language, nested categories, keywords, explicit, guid, self link, artwork") {
  Podcast podcast = listing_feed().podcast;
  CHECK(podcast.listing.language == "nl-BE");
  CHECK(podcast.listing.categories ==
        std::vector<std::string>{"Technology", "Society & Culture", "Society & Culture > Documentary"});
  CHECK(podcast.listing.keywords == std::vector<std::string>{"rust", "networking", "quic"});
  CHECK(podcast.listing.explicit_content == false);
  CHECK(podcast.guid == "917393e3-1b1e-5cef-ace4-edaa54e1f810");
  CHECK(podcast.feed_url == "https://listing.example/feed.xml");
  CHECK(podcast.image_url == "https://listing.example/show.png");
}

TEST_CASE("Item listing fields are read, with the podcast's language and categories") {
  FeedParseResult feed = listing_feed();
  const Episode& first = feed.podcast.episodes.at(0);
  CHECK(first.season == 2);
  CHECK(first.episode_type == "trailer");
  CHECK(first.listing.explicit_content == true);
  CHECK(first.listing.keywords == std::vector<std::string>{"trailer"});
  CHECK(first.listing.language == "nl-BE");
  CHECK(first.listing.categories.size() == 3);
  CHECK(first.image_url == "https://listing.example/1.png");
  CHECK(first.enclosure_url == "https://listing.example/1.mp3");
  CHECK(first.published == "2026-12-01T10:00:00Z");
  CHECK(first.duration_seconds == 3723);
  REQUIRE(first.soundbites.size() == 1);
  CHECK(first.soundbites[0].start_seconds == Approx(73.5));
  CHECK(first.soundbites[0].duration_seconds == Approx(60));
  CHECK(first.soundbites[0].title == "The best bit");
  const Episode& second = feed.podcast.episodes.at(1);
  CHECK(second.season == 3);
  CHECK(second.episode_type.empty());
  CHECK(second.listing.explicit_content == false);  // the channel's
  CHECK(second.image_url == "https://listing.example/show.png");
  CHECK(feed.warnings == std::vector<std::string>{
                             "item 1 (\"First\"): podcast:soundbite 2: startTime or duration is not seconds; skipped",
                             "item 2 (\"Second\"): itunes:episodeType \"sideshow\" is not full, trailer or bonus; ignored"});
}

TEST_CASE("Listing fields survive the corpus JSON round trip") {
  Podcast podcast = listing_feed().podcast;
  Podcast again = podcast_from_json(podcast_to_json(podcast), "round trip");
  CHECK(again.listing.categories == podcast.listing.categories);
  CHECK(again.listing.explicit_content == false);
  CHECK(again.guid == podcast.guid);
  CHECK(again.feed_url == podcast.feed_url);
  CHECK(again.image_url == podcast.image_url);
  const Episode& first = again.episodes.at(0);
  CHECK(first.season == 2);
  CHECK(first.episode_type == "trailer");
  CHECK(first.listing.language == "nl-BE");
  REQUIRE(first.soundbites.size() == 1);
  CHECK(first.soundbites[0].title == "The best bit");
}
