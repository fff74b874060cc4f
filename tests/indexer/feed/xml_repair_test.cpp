// Tests for indexer/feed/xml_repair.cpp, alone and through the RSS reader.
#include "indexer/feed/xml_repair.hpp"

#include <catch2/catch.hpp>

#include "indexer/feed/rss_parser.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("Only ampersands that start no reference are escaped") {
  struct Row {
    const char* text;
    const char* repaired;
    std::size_t count;
  };
  const Row rows[] = {
      {"AT&T", "AT&amp;T", 1},
      {"?a=1&b=2", "?a=1&amp;b=2", 1},
      {"a & b", "a &amp; b", 1},
      {"&amp; &lt; &eacute; &#233; &#xE9; &x_y.z-1;", "&amp; &lt; &eacute; &#233; &#xE9; &x_y.z-1;", 0},
      {"&#; &#x; &#12a;", "&amp;#; &amp;#x; &amp;#12a;", 3},
      {"<![CDATA[AT&T]]> &", "<![CDATA[AT&T]]> &amp;", 1},
      {"<!-- a&b --><?pi a&b?>", "<!-- a&b --><?pi a&b?>", 0},
      {"<![CDATA[never closed &", "<![CDATA[never closed &", 0},
      {"&", "&amp;", 1},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    xml::Repaired repaired = xml::escape_bare_ampersands(row.text);
    CHECK(repaired.text == row.repaired);
    CHECK(repaired.ampersands == row.count);
  }
}

TEST_CASE("A hand-typed feed with bare ampersands keeps the words after them") {
  std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Q&A Hour</title>
<item><title>AT&T and R&D</title><guid>a</guid><link>https://x.example.com/?a=1&b=2</link>
<description><![CDATA[Already fine: x & y]]> and outside AT&T &amp; more</description></item>
</channel></rss>)";
  testing::FakeFetcher fetcher;
  FeedParseResult result = parse_rss(xml, "feed.xml", fetcher);
  CHECK(result.podcast.title == "Q&A Hour");
  REQUIRE(result.podcast.episodes.size() == 1);
  const Episode& ep = result.podcast.episodes[0];
  CHECK(ep.title == "AT&T and R&D");
  CHECK(ep.url == "https://x.example.com/?a=1&b=2");
  CHECK(ep.description == "Already fine: x & y and outside AT&T & more");
  CHECK(result.warnings == std::vector<std::string>{"feed: 5 bare '&'s that start no entity read as text"});
}
