// Tests for indexer/feed/rss_parser.cpp on well-formed feeds: the netstack.fm-like feed with
// Podcasting 2.0 tags and a feed of another podcast.
#include "indexer/feed/rss_parser.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

namespace {

// The netstack fixture as if served from https://netstack.fm/feed.xml, attachments included.
testing::FakeFetcher netstack_server() {
  testing::FakeFetcher fetcher;
  for (const char* name : {"netstack-11-chapters.json", "netstack-11.vtt", "netstack-10.srt", "netstack-9.json"}) {
    fetcher.bodies[std::string("https://netstack.fm/") + name] = testing::read_fixture(name);
  }
  return fetcher;
}

FeedParseResult parse_netstack() {
  testing::FakeFetcher fetcher = netstack_server();
  return parse_rss(testing::read_fixture("netstack.xml"), "https://netstack.fm/feed.xml", fetcher);
}

}  // namespace

TEST_CASE("The channel gives the podcast's title, home page and description") {
  FeedParseResult result = parse_netstack();
  CHECK(result.podcast.title == "netstack.fm");
  CHECK(result.podcast.url == "https://netstack.fm/");
  CHECK(result.podcast.description == "A podcast about networking, Rust, and everything in between.");
  CHECK(result.podcast.deep_link_template == "");
  CHECK(result.podcast.episodes.size() == 4);
}

TEST_CASE("A well-formed feed is read without warnings") {
  FeedParseResult result = parse_netstack();
  CHECK(result.warnings.empty());
}

TEST_CASE("Item fields come from RSS, iTunes and Podcasting 2.0 tags") {
  FeedParseResult result = parse_netstack();
  const Episode& ep = result.podcast.episodes.at(0);
  CHECK(ep.guid == "netstack-fm-episode-11");
  CHECK(ep.number == 11);
  CHECK(ep.title == "Episode 11 – Modern networking in Firefox with Max Inden");
  CHECK(ep.url == "https://netstack.fm/#episode-11");
  CHECK(ep.published == "2025-10-14T08:00:00Z");
  CHECK(ep.duration_seconds == 4092);
  CHECK(ep.enclosure_url == "https://media.netstack.fm/episode-11.mp3");
  CHECK(ep.enclosure_type == "audio/mpeg");
  CHECK(ep.enclosure_length == 65000000);
  CHECK(ep.image_url == "https://netstack.fm/episode-11.png");
  CHECK(ep.guests == std::vector<std::string>{"Max Inden"});
  CHECK(ep.hosts == std::vector<std::string>{"Glen De Cauwsemaecker"});
}

TEST_CASE("Descriptions become text with their links as show notes") {
  FeedParseResult result = parse_netstack();
  const Episode& ep = result.podcast.episodes.at(0);
  CHECK(ep.description.rfind("A conversation with Max Inden, Staff Software Engineer at Mozilla, about "
                             "modernizing Firefox\xE2\x80\x99s networking stack in Rust.\nLearn more:\n",
                             0) == 0);
  REQUIRE(ep.links.size() == 3);
  CHECK(ep.links[1].url == "https://github.com/mozilla/neqo");
  CHECK(ep.links[1].label == "Mozilla Neqo");
  CHECK(ep.links[2].url == "https://netstack.fm/rama");
}

TEST_CASE("content:encoded is preferred to description") {
  FeedParseResult result = parse_netstack();
  const Episode& ep = result.podcast.episodes.at(1);
  CHECK(ep.description.find("short form") == std::string::npos);
  CHECK(ep.description.find("the creator of zerocopy") != std::string::npos);
}

TEST_CASE("podcast:chapters JSON is fetched relative to the feed and wins over description chapters") {
  testing::FakeFetcher fetcher = netstack_server();
  FeedParseResult result = parse_rss(testing::read_fixture("netstack.xml"), "https://netstack.fm/feed.xml", fetcher);
  const Episode& ep = result.podcast.episodes.at(0);
  REQUIRE(ep.chapters.size() == 6);
  CHECK(ep.chapters[2].title == "Max Inden's Journey to Mozilla");
  CHECK(ep.chapters[5].start_seconds == 4004);
  CHECK(fetcher.requests.at(0) == "https://netstack.fm/netstack-11-chapters.json");
}

TEST_CASE("Chapters written in the description are read in lines and run together") {
  FeedParseResult result = parse_netstack();
  const Episode& lines = result.podcast.episodes.at(1);
  REQUIRE(lines.chapters.size() == 5);
  CHECK(lines.chapters[2].title == "The Origins of Netstack 3");
  CHECK(lines.chapters[4].start_seconds == 6162);
  const Episode& run_together = result.podcast.episodes.at(2);
  REQUIRE(run_together.chapters.size() == 5);
  CHECK(run_together.chapters[3].title == "Future of tower");
  CHECK(run_together.chapters[4].title == "Outro");
}

TEST_CASE("Transcripts in VTT, SRT and JSON are fetched and keep start times and speakers") {
  FeedParseResult result = parse_netstack();
  const auto& vtt = result.podcast.episodes.at(0).transcript;
  REQUIRE(vtt.size() == 3);  // Glen's two opening cues merge; Max's two cues merge
  CHECK(vtt[0].speaker == "Glen De Cauwsemaecker");
  CHECK(vtt[0].text ==
        "Welcome to netstack.fm, a podcast about networking and Rust. Today my guest is Max Inden from Mozilla.");
  CHECK(vtt[1].start_seconds == 582);
  CHECK(vtt[1].speaker == "Max Inden");
  const auto& srt = result.podcast.episodes.at(1).transcript;
  REQUIRE(srt.size() == 3);
  CHECK(srt[1].start_seconds == 2577);
  CHECK(srt[1].speaker == "Joshua Liebow-Feeser");
  const auto& json = result.podcast.episodes.at(2).transcript;
  REQUIRE(json.size() == 2);
  CHECK(json[1].start_seconds == 1789);
  CHECK(json[1].text == "gRPC is RPC over HTTP/2.");
}

TEST_CASE("Item-level persons replace channel-level ones, which apply otherwise") {
  FeedParseResult result = parse_netstack();
  CHECK(result.podcast.episodes.at(1).hosts == std::vector<std::string>{"Glen De Cauwsemaecker"});
  CHECK(result.podcast.episodes.at(1).guests == std::vector<std::string>{"Joshua Liebow-Feeser"});
  CHECK(result.podcast.episodes.at(3).hosts == std::vector<std::string>{"Glen De Cauwsemaecker"});
  CHECK(result.podcast.episodes.at(3).guests.empty());
}

TEST_CASE("A feed read from a file fetches its attachments from beside it") {
  SourceFetcher fetcher;
  FeedParseResult result = read_feed(testing::fixture_path("netstack.xml"), fetcher);
  CHECK(result.warnings.empty());
  CHECK(result.podcast.episodes.at(0).chapters.size() == 6);
  CHECK(result.podcast.episodes.at(0).transcript.size() == 3);
}

TEST_CASE("Another podcast's feed: relative links, numeric durations, channel image, escaped HTML") {
  testing::FakeFetcher fetcher;
  FeedParseResult result =
      parse_rss(testing::read_fixture("other-podcast.xml"), "https://packets.example.org/feed.rss", fetcher);
  CHECK(result.warnings.empty());
  CHECK(result.podcast.title == "Packets & People");
  CHECK(result.podcast.description == "Stories from network operators.");
  REQUIRE(result.podcast.episodes.size() == 2);
  const Episode& bgp = result.podcast.episodes[0];
  CHECK_FALSE(bgp.number);
  CHECK(bgp.url == "https://packets.example.org/show/episodes/bgp-on-a-tuesday");
  CHECK(bgp.published == "2025-07-02T21:30:00Z");
  CHECK(bgp.duration_seconds == 2712);
  CHECK(bgp.image_url == "https://packets.example.org/logo.jpg");
  CHECK(bgp.hosts.empty());
  REQUIRE(bgp.chapters.size() == 3);
  CHECK(bgp.chapters[1].title == "Who announced what");
  const Episode& dns = result.podcast.episodes[1];
  CHECK(dns.duration_seconds == 2285);
  CHECK(dns.description == "It was DNS. See the notes.");
  REQUIRE(dns.links.size() == 1);
  CHECK(dns.links[0].url == "https://packets.example.org/show/episodes/notes/dns");
  CHECK(fetcher.requests.empty());
}

TEST_CASE("The deep link template option is copied to the podcast") {
  testing::FakeFetcher fetcher;
  FeedOptions options;
  options.deep_link_template = "{url}?t={seconds}";
  options.fetch_transcripts = false;
  FeedParseResult result = parse_rss(testing::read_fixture("other-podcast.xml"), "feed.rss", fetcher, options);
  CHECK(result.podcast.deep_link_template == "{url}?t={seconds}");
}
