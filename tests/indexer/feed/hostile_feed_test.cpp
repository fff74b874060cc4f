// Feeds built to hurt the reader (issue 15): deep backtracking, entity bombs, external entities.
// Each must be read quickly, in bounded memory, with the rest of the feed intact.
#include <catch2/catch.hpp>
#include <string>

#include "indexer/feed/html_text.hpp"
#include "indexer/feed/rss_parser.hpp"
#include "indexer/feed/xml_doc.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

namespace {

std::string feed_with_items(const std::string& doctype, const std::string& items) {
  return "<?xml version=\"1.0\"?>" + doctype +
         "<rss version=\"2.0\" xmlns:podcast=\"https://podcastindex.org/namespace/1.0\"><channel>"
         "<title>Hostile</title>" +
         items + "</channel></rss>";
}

std::string item(const std::string& guid, const std::string& title, const std::string& extra = "") {
  return "<item><guid>" + guid + "</guid><title>" + title + "</title>" + extra + "</item>";
}

FeedParseResult parse(const std::string& xml) {
  testing::FakeFetcher fetcher;
  return parse_rss(xml, "https://hostile.example.com/feed.xml", fetcher);
}

}  // namespace

TEST_CASE("A title of '<' and 50,000 spaces is one line of text, not a stack overflow") {
  const std::string spaces(50000, ' ');
  CHECK(html_to_line("<" + spaces + "x") == "< x");
  CHECK(html_to_line("<" + spaces + "/" + spaces + "b") == "< / b");
  CHECK(html_to_line("<" + spaces + "b>bold") == "< b>bold");
}

TEST_CASE("A feed whose title and podcast:person are '&lt;' and 50,000 spaces is read") {
  const std::string hostile = "&lt;" + std::string(50000, ' ') + "a";
  FeedParseResult result = parse(feed_with_items(
      "", item("one", hostile, "<podcast:person role=\"guest\">" + hostile + "</podcast:person>") +
              item("two", "Still here")));
  REQUIRE(result.podcast.episodes.size() == 2);
  CHECK(result.podcast.episodes[0].title.size() <= FeedOptions{}.max_title_bytes);
  CHECK(result.podcast.episodes[0].title.rfind("<", 0) == 0);
  REQUIRE(result.podcast.episodes[0].guests.size() == 1);
  CHECK(result.podcast.episodes[0].guests[0] == "< a");
  CHECK(result.podcast.episodes[1].title == "Still here");
}

TEST_CASE("One 50 KB entity used 5,000 times is expanded only up to the budget, with a warning") {
  const std::string doctype = "<!DOCTYPE rss [<!ENTITY big \"" + std::string(50000, 'x') + "\">]>";
  std::string items;
  for (int i = 0; i < 1000; ++i) items += item("g" + std::to_string(i), "&big;&big;&big;&big;&big;");
  xml::ParsedXml parsed = xml::read_xml(feed_with_items(doctype, items));
  REQUIRE(parsed.doc != nullptr);
  CHECK(parsed.problem.empty());
  CHECK(parsed.notices == std::vector<std::string>{"entity expansion over 1048576 bytes; the entity references past it were dropped"});
  std::size_t total = 0;
  xmlNode* channel = xml::child(xmlDocGetRootElement(parsed.doc.get()), xml::rss("channel"));
  for (xmlNode* node : xml::children(channel, xml::rss("item"))) total += xml::text(node).size();
  CHECK(total <= xml::kMaxEntityExpansionBytes + 50000);
  CHECK(total >= 50000);  // the first uses are still there
}

TEST_CASE("The feed's warnings say that entity references were dropped") {
  const std::string doctype = "<!DOCTYPE rss [<!ENTITY big \"" + std::string(50000, 'x') + "\">]>";
  std::string items;
  for (int i = 0; i < 30; ++i) items += item("g" + std::to_string(i), "T&big;");
  FeedParseResult result = parse(feed_with_items(doctype, items));
  CHECK(result.podcast.episodes.size() == 30);
  REQUIRE_FALSE(result.warnings.empty());
  CHECK(result.warnings[0] == "feed: entity expansion over 1048576 bytes; the entity references past it were dropped");
}

TEST_CASE("Small entities of a DTD are still expanded") {
  xml::ParsedXml parsed = xml::read_xml(
      feed_with_items("<!DOCTYPE rss [<!ENTITY nbsp \"&#160;\"><!ENTITY show \"The Show\">]>",
                      item("one", "&show;&nbsp;1")));
  CHECK(parsed.problem.empty());
  xmlNode* channel = xml::child(xmlDocGetRootElement(parsed.doc.get()), xml::rss("channel"));
  CHECK(xml::text(xml::child(xml::child(channel, xml::rss("item")), xml::rss("title"))) == "The Show\xC2\xA0" "1");
}

TEST_CASE("Nested entities (billion laughs) are bounded") {
  std::string doctype = "<!DOCTYPE rss [<!ENTITY l0 \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    std::string prev = "&l" + std::to_string(i - 1) + ";";
    std::string value;
    for (int k = 0; k < 10; ++k) value += prev;
    doctype += "<!ENTITY l" + std::to_string(i) + " \"" + value + "\">";
  }
  doctype += "]>";
  xml::ParsedXml parsed = xml::read_xml(feed_with_items(doctype, item("one", "&l9;")));
  CHECK_FALSE((parsed.problem.empty() && parsed.notices.empty()));
  if (parsed.doc != nullptr) {
    xmlNode* channel = xml::child(xmlDocGetRootElement(parsed.doc.get()), xml::rss("channel"));
    CHECK(xml::text(channel).size() <= xml::kMaxEntityExpansionBytes);
  }
}

TEST_CASE("External entities are never read (XXE)") {
  xml::ParsedXml parsed = xml::read_xml(
      feed_with_items("<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>", item("one", "a&secret;b")));
  REQUIRE(parsed.doc != nullptr);
  xmlNode* channel = xml::child(xmlDocGetRootElement(parsed.doc.get()), xml::rss("channel"));
  CHECK(xml::text(xml::child(xml::child(channel, xml::rss("item")), xml::rss("title"))) == "ab");
}
