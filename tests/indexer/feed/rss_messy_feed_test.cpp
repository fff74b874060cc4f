// Tests for indexer/feed/rss_parser.cpp on broken feeds: each problem is a warning naming its
// item, the other items are still read, and a file that is not a feed is an InputError.
#include <algorithm>

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"
#include "indexer/feed/rss_parser.hpp"

using namespace podseek;

namespace {

FeedParseResult parse_messy(testing::FakeFetcher& fetcher) {
  fetcher.bodies["https://messy.example.com/podcast/broken.vtt"] = testing::read_fixture("broken/broken.vtt");
  FeedOptions options;
  options.max_description_bytes = 1000;
  return parse_rss(testing::read_fixture("broken/messy.xml"), "https://messy.example.com/podcast/feed.xml", fetcher,
                   options);
}

const Episode* find(const Podcast& podcast, const std::string& guid) {
  for (const Episode& episode : podcast.episodes) {
    if (episode.guid == guid) return &episode;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Each problem of a messy feed is one warning naming its item") {
  testing::FakeFetcher fetcher;
  FeedParseResult result = parse_messy(fetcher);
  const std::string feed = "https://messy.example.com/podcast/";
  const std::vector<std::string> expected = {
      "item 2 (\"No guid but an enclosure\"): no guid; identified by its enclosure URL",
      "item 3 (\"No guid but a link\"): no guid; identified by its link",
      "item 4 (\"Nothing to identify it\"): no guid, enclosure or link to identify it; skipped",
      "item 5 (\"ISO date\"): pubDate \"2025-02-03T10:00:00+01:00\" is not RFC 822; read as 2025-02-03T09:00:00Z",
      "item 6 (\"Not a date\"): pubDate \"yesterday\" is not a date; left empty",
      "item 7 (\"Bold & italic title\"): title contains HTML markup; read as text",
      "item 9 (\"Fine episode, again\"): duplicate guid \"messy-1\"; the earlier item is kept",
      "item 10 (\"Enormous description\"): description of 3299 bytes cut to 1000 bytes of text",
      "item 11 (\"Chapters that 404\"): podcast:chapters not fetched: " + feed + "missing-chapters.json: HTTP 404",
      "item 12 (\"Bad numbers\"): itunes:episode \"ten\" is not a number; ignored",
      "item 12 (\"Bad numbers\"): itunes:duration \"about an hour\" is not seconds, H:MM:SS or PT1H2M3S; ignored",
      "item 13 (\"Broken transcript\"): podcast:transcript ignored: " + feed +
          "broken.vtt: not a WebVTT file (no WEBVTT header)",
  };
  CHECK(result.warnings == expected);
}

TEST_CASE("The other items of a messy feed are still read") {
  testing::FakeFetcher fetcher;
  FeedParseResult result = parse_messy(fetcher);
  CHECK(result.podcast.episodes.size() == 11);
  REQUIRE(find(result.podcast, "messy-1"));
  CHECK(find(result.podcast, "messy-1")->title == "Fine episode");
  CHECK(find(result.podcast, "https://messy.example.com/2.mp3"));
  CHECK_FALSE(find(result.podcast, "https://messy.example.com/2.mp3")->enclosure_length);  // no length given
  CHECK(find(result.podcast, "https://messy.example.com/podcast/3"));
  CHECK(find(result.podcast, "messy-6")->published.empty());
  CHECK(find(result.podcast, "messy-7")->title == "Bold & italic title");
  CHECK(find(result.podcast, "messy-10")->description.size() <= 1000);
  CHECK_FALSE(find(result.podcast, "messy-12")->number);
}

TEST_CASE("Relative URLs in items resolve against the item, channel and feed") {
  testing::FakeFetcher fetcher;
  FeedParseResult result = parse_messy(fetcher);
  const Episode* ep = find(result.podcast, "messy-8");
  REQUIRE(ep);
  CHECK(ep->url == "https://messy.example.com/podcast/episodes/8");
  CHECK(ep->enclosure_url == "https://messy.example.com/media/8.mp3");
  CHECK(ep->image_url == "https://messy.example.com/podcast/img/8.png");
  REQUIRE(ep->links.size() == 1);
  CHECK(ep->links[0].url == "https://messy.example.com/podcast/notes/8");
}

TEST_CASE("Chapters fall back to the description when the chapters file 404s") {
  testing::FakeFetcher fetcher;
  FeedParseResult result = parse_messy(fetcher);
  const Episode* ep = find(result.podcast, "messy-11");
  REQUIRE(ep);
  REQUIRE(ep->chapters.size() == 2);
  CHECK(ep->chapters[1].title == "Middle");
}

TEST_CASE("A remote feed cannot make the reader fetch local files") {
  testing::FakeFetcher fetcher;
  std::string xml = R"(<rss xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>T</title>
    <item><title>A</title><guid>a</guid><pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate>
    <podcast:transcript url="file:///etc/passwd" type="text/vtt"/></item></channel></rss>)";
  FeedParseResult result = parse_rss(xml, "https://x.org/feed.xml", fetcher);
  CHECK(fetcher.requests.empty());
  const std::string expected =
      "item 1 (\"A\"): podcast:transcript file:///etc/passwd is not an http(s) URL; not fetched";
  CHECK(result.warnings == std::vector<std::string>{expected});
}

TEST_CASE("Undeclared namespace prefixes are still understood") {
  testing::FakeFetcher fetcher;
  std::string xml = R"(<rss><channel><title>T</title><item><title>A</title><guid>a</guid>
    <pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate><itunes:episode>4</itunes:episode></item></channel></rss>)";
  FeedParseResult result = parse_rss(xml, "feed.xml", fetcher);
  REQUIRE(result.podcast.episodes.size() == 1);
  CHECK(result.podcast.episodes[0].number == 4);
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0] == "feed: a namespace prefix is not declared (line 2: Namespace prefix itunes on episode is "
                              "not defined); itunes:, podcast: and the other common prefixes are read as their usual namespaces");
}

TEST_CASE("A feed whose only fault is bare ampersands is read whole, with a warning") {
  testing::FakeFetcher fetcher;
  FeedParseResult result = parse_rss(testing::read_fixture("broken/not-well-formed.xml"), "tj.xml", fetcher);
  CHECK(result.warnings == std::vector<std::string>{"feed: 2 bare '&'s that start no entity read as text"});
  CHECK(result.podcast.title == "Tom & Jerry Talk");
  CHECK(result.podcast.episodes.size() == 2);
  CHECK(result.maybe_incomplete.empty());
}

TEST_CASE("A feed that is not well-formed XML is read as far as it can be, with a warning") {
  testing::FakeFetcher fetcher;
  std::string xml = "<rss><channel><title>T</title>\n<item><title>A</title><guid>a</guid></item>\n"
                    "<item><title>B</title><guid>b</guid><description>cut <b>short";
  FeedParseResult result = parse_rss(xml, "cut.xml", fetcher);
  REQUIRE_FALSE(result.warnings.empty());
  CHECK(result.warnings[0].rfind("feed: not well-formed XML, read what could be recovered (line 3: ", 0) == 0);
  CHECK(result.podcast.episodes.size() == 2);
  CHECK(result.maybe_incomplete == "its XML is not well-formed");
}

TEST_CASE("A file that is not a feed is an input error naming the file") {
  struct Row {
    const char* fixture;
    const char* message;
  };
  const Row rows[] = {
      {"broken/not-a-feed.txt", "not an XML document"},
      {"broken/html-page.xml", "not an RSS feed: the root element is <html>, not <rss>"},
      {"broken/no-channel.xml", "not an RSS feed: <rss> has no <channel>"},
      {"broken/atom.xml", "not an RSS feed: the root element is <feed>, not <rss>"},  // parse_feed reads it
      {"broken/no-channel-title.xml", "the channel has no <title>"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.fixture);
    testing::FakeFetcher fetcher;
    try {
      parse_rss(testing::read_fixture(row.fixture), row.fixture, fetcher);
      FAIL("no InputError");
    } catch (const InputError& error) {
      std::string message = error.what();
      CHECK(message.rfind(std::string(row.fixture) + ": ", 0) == 0);
      CHECK(message.find(row.message) != std::string::npos);
    }
  }
  testing::FakeFetcher fetcher;
  CHECK_THROWS_WITH(read_feed("https://x.org/gone.xml", fetcher), "https://x.org/gone.xml: HTTP 404");
}

TEST_CASE("An item without a title is named by its description, or skipped without one") {
  testing::FakeFetcher fetcher;
  FeedParseResult result = parse_rss(testing::read_fixture("broken/no-titles.xml"), "u.xml", fetcher);
  REQUIRE(result.podcast.episodes.size() == 1);
  CHECK(result.podcast.episodes[0].title == "We talk about IPv6 for an hour.");
  CHECK(result.warnings ==
        std::vector<std::string>{"item 1 (\"We talk about IPv6 for an hour.\"): no title; titled by its description",
                                 "item 2 (\"\"): no title and no description to name it by; skipped"});
}

TEST_CASE("A repeated episode number is dropped so that episode ids stay unique") {
  testing::FakeFetcher fetcher;
  std::string xml = R"(<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title>
    <item><title>S1E1</title><guid>a</guid><itunes:episode>1</itunes:episode></item>
    <item><title>S2E1</title><guid>b</guid><itunes:episode>1</itunes:episode></item>
    </channel></rss>)";
  FeedParseResult result = parse_rss(xml, "feed.xml", fetcher);
  CHECK(result.podcast.episodes.at(0).number == 1);
  CHECK_FALSE(result.podcast.episodes.at(1).number);
  CHECK(result.warnings ==
        std::vector<std::string>{"item 2 (\"S2E1\"): itunes:episode 1 repeats an earlier item's; number dropped"});
}

TEST_CASE("An enormous description is cut at a character boundary") {
  testing::FakeFetcher fetcher;
  std::string long_text;
  while (long_text.size() < 200000) long_text += "caf\xC3\xA9 ";
  std::string xml =
      "<rss><channel><title>T</title><item><title>A</title><guid>a</guid>"
      "<pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate><description>" +
      long_text + "</description></item></channel></rss>";
  FeedParseResult result = parse_rss(xml, "feed.xml", fetcher);
  const std::string& text = result.podcast.episodes.at(0).description;
  CHECK(text.size() <= FeedOptions{}.max_description_bytes);
  CHECK(text.size() >= FeedOptions{}.max_description_bytes - 3);
  CHECK((static_cast<unsigned char>(text.back()) & 0xC0) != 0xC0);
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].find("description of") != std::string::npos);
}

TEST_CASE("Numbering that restarts each season is one feed warning; a repeat within a season names its item") {
  testing::FakeFetcher fetcher;
  std::string xml = R"(<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title>
    <item><title>S1E1</title><guid>a</guid><itunes:season>1</itunes:season><itunes:episode>1</itunes:episode></item>
    <item><title>S1E2</title><guid>b</guid><itunes:season>1</itunes:season><itunes:episode>2</itunes:episode></item>
    <item><title>S2E1</title><guid>c</guid><itunes:season>2</itunes:season><itunes:episode>1</itunes:episode></item>
    <item><title>S2E2</title><guid>d</guid><itunes:season>2</itunes:season><itunes:episode>2</itunes:episode></item>
    <item><title>S2E2 again</title><guid>e</guid><itunes:season>2</itunes:season><itunes:episode>2</itunes:episode></item>
    </channel></rss>)";
  FeedParseResult result = parse_rss(xml, "feed.xml", fetcher);
  REQUIRE(result.podcast.episodes.size() == 5);
  CHECK(result.podcast.episodes[0].number == 1);
  CHECK_FALSE(result.podcast.episodes[2].number);
  CHECK(result.podcast.episodes[2].season == 2);
  CHECK(result.warnings ==
        std::vector<std::string>{"item 5 (\"S2E2 again\"): itunes:episode 2 repeats an earlier item's in season 2; number dropped",
                                 "feed: episode numbers restart each season; the 2 items whose number an earlier season "
                                 "has keep their season, not their number (podseek numbers episodes across the podcast)"});
}
