// Tests for indexer/feed/html_entities.cpp through the RSS reader: HTML entities that XML does
// not define are read as their characters, with one warning for the feed.
#include <catch2/catch.hpp>

#include "indexer/feed/rss_parser.hpp"
#include "indexer/feed/xml_doc.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("HTML entities in a feed written by an HTML template are read as their characters") {
  std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Caf&eacute; Radio</title>
<item><title>Caf&eacute; &amp; more&nbsp;here &hellip;</title><guid>a</guid>
<description>Before&nbsp;after &mdash; end. Price &pound;5 &copy; 2025 &#8211; &#x2014;</description></item>
<item><title>Second</title><guid>b</guid><description>caf&eacute; again</description></item>
</channel></rss>)";
  testing::FakeFetcher fetcher;
  FeedParseResult result = parse_rss(xml, "feed.xml", fetcher);
  CHECK(result.podcast.title == "Caf\xC3\xA9 Radio");
  REQUIRE(result.podcast.episodes.size() == 2);
  CHECK(result.podcast.episodes[0].title == "Caf\xC3\xA9 & more\xC2\xA0here \xE2\x80\xA6");
  CHECK(result.podcast.episodes[0].description ==
        "Before\xC2\xA0" "after \xE2\x80\x94 end. Price \xC2\xA3" "5 \xC2\xA9 2025 \xE2\x80\x93 \xE2\x80\x94");
  CHECK(result.podcast.episodes[1].description == "caf\xC3\xA9 again");
  CHECK(result.warnings ==
        std::vector<std::string>{"feed: HTML entities XML does not define (&eacute; and 5 other kinds) read as their characters"});
}

TEST_CASE("An entity neither XML nor HTML defines is still a problem, and a DTD's own entities win") {
  testing::FakeFetcher fetcher;
  FeedParseResult unknown = parse_rss("<rss><channel><title>T &bogus; x</title></channel></rss>", "feed.xml", fetcher);
  CHECK(unknown.podcast.title == "T x");
  REQUIRE_FALSE(unknown.warnings.empty());
  CHECK(unknown.warnings[0].find("Entity 'bogus' not defined") != std::string::npos);
  xml::ParsedXml own = xml::read_xml(R"(<!DOCTYPE rss [<!ENTITY eacute "E">]><rss><channel><title>&eacute;</title></channel></rss>)");
  CHECK(own.problem.empty());
  CHECK(own.notices.empty());
}
