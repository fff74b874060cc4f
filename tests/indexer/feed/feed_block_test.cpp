// Tests for indexer/feed/feed_block.cpp and how the feed readers honour it: itunes:block on a
// channel or an item, podcast:block with and without a service id, in RSS and Atom.
#include <catch2/catch.hpp>

#include "indexer/feed/rss_parser.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

namespace {

FeedParseResult parse_channel(const std::string& tags) {
  testing::FakeFetcher fetcher;
  std::string xml = "<rss xmlns:itunes='http://www.itunes.com/dtds/podcast-1.0.dtd' "
                    "xmlns:podcast='https://podcastindex.org/namespace/1.0'><channel><title>Shed Talk</title>" +
                    tags + "<item><title>One</title><guid>one</guid></item></channel></rss>";
  return parse_feed(xml, "shed.xml", fetcher);
}

}  // namespace

TEST_CASE("A channel that asks directories not to list it is not read, and says which tag asked") {
  struct Row {
    const char* tags;
    const char* blocked;  // "" = listed
  };
  const Row rows[] = {
      {"", ""},
      {"<itunes:block>Yes</itunes:block>", "itunes:block is \"Yes\""},
      {"<itunes:block>yes</itunes:block>", "itunes:block is \"yes\""},
      {"<itunes:block>no</itunes:block>", ""},
      {"<itunes:block>true</itunes:block>", ""},  // Apple's value is "Yes"; anything else lists it
      {"<podcast:block>yes</podcast:block>", "podcast:block is \"yes\""},
      {"<podcast:block>no</podcast:block>", ""},
      // A block naming another service is that service's only.
      {"<podcast:block id=\"spotify\">yes</podcast:block>", ""},
      {"<podcast:block id=\"PodSeek\">yes</podcast:block>", "podcast:block id=\"PodSeek\" is \"yes\""},
      // Every platform blocked but podseek named as allowed: listed.
      {"<podcast:block>yes</podcast:block><podcast:block id=\"podseek\">no</podcast:block>", ""},
      // podcast:block names every platform: it speaks over Apple's own tag.
      {"<itunes:block>Yes</itunes:block><podcast:block>no</podcast:block>", ""},
      {"<itunes:block>Yes</itunes:block><podcast:block id=\"apple\">yes</podcast:block>", "itunes:block is \"Yes\""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.tags);
    FeedParseResult result = parse_channel(row.tags);
    CHECK(result.blocked == row.blocked);
    CHECK(result.podcast.title == "Shed Talk");  // the podcast it names, to remove its episodes
    CHECK(result.podcast.episodes.size() == (result.blocked.empty() ? 1u : 0u));
  }
}

TEST_CASE("An item with itunes:block yes is not an episode; its id is kept to remove it from the index") {
  testing::FakeFetcher fetcher;
  fetcher.bodies["https://shed.example/blocked.json"] = R"({"version": "1.2.0", "chapters": []})";
  std::string xml =
      "<rss xmlns:itunes='http://www.itunes.com/dtds/podcast-1.0.dtd' "
      "xmlns:podcast='https://podcastindex.org/namespace/1.0'><channel><title>Shed Talk</title>"
      "<item><title>Open</title><guid>open</guid><itunes:block>no</itunes:block></item>"
      "<item><title>Hidden</title><guid>hidden/1</guid><itunes:block>YES</itunes:block>"
      "<podcast:chapters url='https://shed.example/blocked.json' type='application/json+chapters'/></item>"
      "<item><title>Numbered</title><guid>n</guid><itunes:episode>4</itunes:episode><itunes:block>Yes</itunes:block></item>"
      "</channel></rss>";
  FeedParseResult result = parse_feed(xml, "https://shed.example/feed.xml", fetcher);
  REQUIRE(result.podcast.episodes.size() == 1);
  CHECK(result.podcast.episodes[0].guid == "open");
  // The id the episode had when indexed: by its number where it has one, else by its guid.
  CHECK(result.blocked_episode_ids.size() == 2);
  CHECK(result.blocked_episode_ids.at(1) == "shed-talk/4");
  CHECK(result.blocked_episode_ids.at(0).rfind("shed-talk/", 0) == 0);
  CHECK(result.warnings == std::vector<std::string>{
      "feed: 2 items have itunes:block \"yes\" (not to be listed); not indexed, and removed if indexed before"});
  CHECK(fetcher.requests.empty());  // nothing of a blocked item is fetched
}
