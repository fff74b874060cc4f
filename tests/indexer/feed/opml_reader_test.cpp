// Tests for indexer/feed/opml_reader.cpp.
#include "indexer/feed/opml_reader.hpp"

#include <catch2/catch.hpp>

#include "common/status.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("OPML feeds are read from nested outlines, each once, relative URLs resolved") {
  OpmlRead read = parse_opml(testing::read_fixture("opml/subscriptions.opml"), "/lists/opml/subs.opml");
  REQUIRE(read.feeds.size() == 4);
  CHECK(read.feeds[0].url == "/lists/netstack.xml");
  CHECK(read.feeds[0].title == "netstack.fm");
  CHECK(read.feeds[1].url == "/lists/other-podcast.xml");
  CHECK(read.feeds[1].title == "Other");
  CHECK(read.feeds[3].url == "/lists/no-such-feed.xml");
  CHECK(read.warnings == std::vector<std::string>{"outline 8 (\"No URL\"): no xmlUrl; skipped"});
}

TEST_CASE("OPML is told from feeds by its root element") {
  CHECK(looks_like_opml("<?xml version=\"1.0\"?>\n<!-- x -->\n<opml version=\"2.0\">"));
  CHECK_FALSE(looks_like_opml("<?xml version=\"1.0\"?><rss>"));
}

TEST_CASE("Text that is not OPML is an input error naming it") {
  CHECK_THROWS_WITH(parse_opml("<rss/>", "s.opml"), "s.opml: not OPML: the root element is not <opml>");
  CHECK_THROWS_WITH(parse_opml("<opml/>", "s.opml"), "s.opml: not OPML: <opml> has no <body>");
  CHECK_THROWS_AS(parse_opml("", "s.opml"), InputError);
}

TEST_CASE("OPML limits: outlines nested too deep and too many outlines give warnings, not recursion") {
  std::string deep = "<opml><body>";
  for (int i = 0; i < 200; ++i) deep += "<outline text=\"f\">";
  deep += "<outline xmlUrl=\"https://deep.example/feed\"/>";
  for (int i = 0; i < 200; ++i) deep += "</outline>";
  deep += "<outline xmlUrl=\"https://after.example/feed\"/></body></opml>";
  OpmlRead read = parse_opml(deep, "s.opml");
  REQUIRE(read.feeds.size() == 1);
  CHECK(read.feeds[0].url == "https://after.example/feed");
  CHECK(read.warnings.back() == "outlines nested deeper than 64 levels; skipped");

  std::string many = "<opml><body>";
  for (std::size_t i = 0; i <= OpmlLimits::kMaxOutlines; ++i) many += "<outline xmlUrl=\"https://x.example/" + std::to_string(i) + "\"/>";
  OpmlRead capped = parse_opml(many + "</body></opml>", "s.opml");
  CHECK(capped.feeds.size() == OpmlLimits::kMaxOutlines);
  CHECK(capped.warnings.back() == "more than 10000 outlines; the rest dropped");
}
