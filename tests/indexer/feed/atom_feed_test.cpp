// Tests for indexer/feed/atom_parser.cpp and atom_entry.cpp: an Atom feed (RFC 4287) with iTunes
// and Podcasting 2.0 tags, read over HTTP from 127.0.0.1 with its chapters and transcript, gives
// the same episode model an RSS feed does; and what Atom alone has (text constructs, xml:base,
// xml:lang, <link rel="enclosure">, <category term>) is read as RFC 4287 says.
#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "indexer/feed/rss_parser.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"
#include "tests/indexer/feed/host_server.hpp"

using namespace podseek;
using podseek::testing::HostServer;

namespace {

const Episode& by_guid(const Podcast& podcast, const std::string& guid) {
  for (const Episode& episode : podcast.episodes)
    if (episode.guid == guid) return episode;
  FAIL("no episode " << guid);
  throw;
}

const char* const kCompost = "tag:radio-garden.example.org,2025:compost";
const char* const kTomatoes = "urn:uuid:5f0b7c3e-2a64-4f3a-9d0e-3c1f8a2b6d10";

}  // namespace

TEST_CASE("An Atom feed's own fields become the podcast: title, subtitle, links, artwork, language, categories") {
  HostServer server;
  FeedParseResult result = server.read("atom-blog.xml");
  const Podcast& podcast = result.podcast;
  CHECK(podcast.title == "The Allotment Hour");  // type="html"
  CHECK(podcast.description == "Growing food in small places.\nEvery fortnight.");  // type text keeps its lines
  CHECK(podcast.url == "https://radio-garden.example.org/allotment/");              // against xml:base
  CHECK(podcast.feed_url == "https://radio-garden.example.org/allotment/feed.atom");  // rel="self"
  CHECK(podcast.image_url == "https://radio-garden.example.org/img/allotment.png");  // logo over icon
  CHECK(podcast.listing.language == "en-GB");                                         // xml:lang
  CHECK(podcast.listing.categories ==
        std::vector<std::string>{"Leisure", "Leisure > Home & Garden", "Home & Garden", "food"});
  CHECK(podcast.listing.explicit_content == false);
  CHECK(result.publisher_names == std::vector<std::string>{"Rosa Root"});  // atom:author: never a guest
}

TEST_CASE("Atom entries become episodes with what their iTunes and Podcasting 2.0 tags say") {
  HostServer server;
  FeedParseResult result = server.read("atom-blog.xml");
  CHECK(result.warnings == std::vector<std::string>{
      "item 2 (\"Tomates < 5 \xE2\x82\xAC : la saison\"): updated \"2025-02-14 08:30\" is not RFC 3339; read as "
      "2025-02-14T08:30:00Z",
      "item 3 (\"Seed swap\"): no id; identified by its enclosure URL",
      "feed: 1 item has itunes:block \"yes\" (not to be listed); not indexed, and removed if indexed before"});
  REQUIRE(result.podcast.episodes.size() == 3);

  const Episode& compost = by_guid(result.podcast, kCompost);
  CHECK(compost.title == "Compost & worms with Wilma Worm");  // type="xhtml": markup by right, no warning
  CHECK(compost.url == "https://radio-garden.example.org/allotment/compost");
  CHECK(compost.enclosure_url == "https://radio-garden.example.org/media/compost.mp3");  // the audio, not the image
  CHECK(compost.enclosure_type == "audio/mpeg");
  CHECK(compost.enclosure_length == 31457280);
  CHECK(compost.published == "2025-03-01T08:00:00Z");  // <published>, not <updated>
  CHECK(compost.description == "Wilma explains vermicompost.\nBring a bucket.");  // content over summary
  REQUIRE(compost.links.size() == 1);
  CHECK(compost.links[0].url == "https://radio-garden.example.org/wiki/vermicompost");
  CHECK(compost.duration_seconds == 2530);
  CHECK(compost.number == 2);
  CHECK(compost.season == 1);
  CHECK(compost.guests == std::vector<std::string>{"Wilma Worm"});
  CHECK(compost.listing.keywords == std::vector<std::string>{"Compost", "soil"});
  CHECK(compost.listing.language == "en-GB");
  CHECK(compost.image_url == "https://radio-garden.example.org/img/allotment.png");
  REQUIRE(compost.chapters.size() == 3);
  CHECK(compost.chapters[2].title == "The bucket method");
  CHECK(compost.chapters[2].start_seconds == 1500);
  REQUIRE(compost.transcript.size() == 2);
  CHECK(compost.transcript[1].speaker == "Wilma Worm");
  CHECK(compost.transcript[1].start_seconds == 301);

  const Episode& tomatoes = by_guid(result.podcast, kTomatoes);
  CHECK(tomatoes.title == "Tomates < 5 \xE2\x82\xAC : la saison");  // type="text": a '<' is a character
  CHECK(tomatoes.url == "https://radio-garden.example.org/allotment/tomates");  // a link without rel
  CHECK_FALSE(tomatoes.enclosure_length);
  CHECK(tomatoes.description == "Des tomates sur un balcon.");  // type="html"
  CHECK(tomatoes.listing.language == "fr");                     // the entry's own xml:lang
  CHECK(tomatoes.hosts == std::vector<std::string>{"Rosa Root"});  // the feed's podcast:person

  const Episode& seeds = by_guid(result.podcast, "https://radio-garden.example.org/media/seed-swap.mp3");
  CHECK(seeds.description == "Seeds.\nSwapped.");
  CHECK_FALSE(seeds.enclosure_length);  // length="0" is not known
  CHECK(seeds.published == "2025-01-10T18:00:00Z");
  CHECK(result.blocked_episode_ids == std::vector<std::string>{"the-allotment-hour/3"});
}

TEST_CASE("An Atom document is told from RSS by its root, and an Atom feed without a title is refused") {
  testing::FakeFetcher fetcher;
  FeedParseResult empty = parse_feed(testing::read_fixture("broken/atom.xml"), "atom.xml", fetcher);
  CHECK(empty.podcast.title == "An Atom feed");
  CHECK(empty.podcast.episodes.empty());
  CHECK(empty.warnings == std::vector<std::string>{"feed: the feed has no <entry> elements; no episodes"});
  CHECK(empty.maybe_incomplete == "it has no items");
  CHECK_THROWS_WITH(parse_feed("<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>a</id></entry></feed>",
                               "untitled.atom", fetcher),
                    "untitled.atom: the Atom feed has no <title>");
  // A root named feed in another namespace is neither Atom nor RSS.
  CHECK_THROWS_WITH(parse_feed("<feed xmlns='urn:other'><title>T</title></feed>", "other.xml", fetcher),
                    "other.xml: not an RSS feed: the root element is <feed>, not <rss>");
}
