// Tests for indexer/feed/xml_encoding.cpp through the RSS reader: feeds whose encoding
// declaration is wrong or hidden are read as the text they hold, with a warning saying how,
// and every string read is UTF-8 (the index refuses anything else).
#include "indexer/feed/xml_encoding.hpp"

#include <catch2/catch.hpp>

#include "common/utf8_text.hpp"
#include "indexer/feed/rss_parser.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"

using namespace podseek;

TEST_CASE("Feeds with a wrong or hidden encoding declaration are read as the text they hold") {
  struct Row {
    const char* fixture;
    const char* podcast_title;
    const char* episode_title;
    std::vector<std::string> warnings;
  };
  const Row rows[] = {
      {"encoding/latin1.xml", "Kaffeehaus Gespr\xC3\xA4" "che", "Folge 1: Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln", {}},
      {"encoding/cp1252-declared-latin1.xml", "The \xE2\x80\x9CLate\xE2\x80\x9D Show",
       "Don\xE2\x80\x99t panic \xE2\x80\x93 it\xE2\x80\x99s \xE2\x82\xAC" "5",
       {"feed: declares encoding ISO-8859-1 but uses windows-1252 characters (bytes 0x80-0x9F); read as windows-1252"}},
      {"encoding/utf8-declared-latin1.xml", "Caf\xC3\xA9 Cr\xC3\xA8me",
       "\xC3\x89pisode 1 : l\xE2\x80\x99\xC3\xA9t\xC3\xA9 \xC3\xA0 Z\xC3\xBCrich",
       {"feed: declares encoding ISO-8859-1 but its bytes are UTF-8; read as UTF-8"}},
      {"encoding/latin1-undeclared.xml", "Kaffeehaus Gespr\xC3\xA4" "che", "Folge 1: Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln",
       {"feed: is not UTF-8, as XML assumes without a declaration (its bytes are not well-formed UTF-8); read as "
        "windows-1252"}},
      {"encoding/latin1-after-newline.xml", "Kaffeehaus Gespr\xC3\xA4" "che",
       "Folge 1: Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln",
       {"feed: white space before the XML declaration (1 byte); ignored"}},
      {"encoding/bom-then-newline.xml", "Caf\xC3\xA9 Cr\xC3\xA8me", "\xC3\x89pisode 1 : l\xE2\x80\x99\xC3\xA9t\xC3\xA9",
       {"feed: white space before the XML declaration (2 bytes); ignored"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.fixture);
    testing::FakeFetcher fetcher;
    FeedParseResult result = parse_rss(testing::read_fixture(row.fixture), row.fixture, fetcher);
    CHECK(result.warnings == row.warnings);
    CHECK(result.podcast.title == row.podcast_title);
    REQUIRE(result.podcast.episodes.size() == 1);
    const Episode& episode = result.podcast.episodes[0];
    CHECK(episode.title == row.episode_title);
    CHECK(episode.published == "2025-01-06T09:00:00Z");
    CHECK(is_valid_utf8(episode.description));
    CHECK_FALSE(episode.description.empty());
  }
}

TEST_CASE("Bytes that are no encoding at all still come out as UTF-8") {
  // 0x81 is undefined in windows-1252: ISO-8859-1 takes every byte.
  std::string xml = "<rss><channel><title>T\x81\xFF</title><item><title>A\x90\xE9</title><guid>a</guid></item></channel></rss>";
  testing::FakeFetcher fetcher;
  FeedParseResult result = parse_rss(xml, "bytes.xml", fetcher);
  CHECK(is_valid_utf8(result.podcast.title));
  CHECK(result.podcast.episodes.at(0).title == "A\xC2\x90\xC3\xA9");
  CHECK(result.warnings.back().find("read as ISO-8859-1") != std::string::npos);
}

TEST_CASE("Only white space directly before a declaration is taken away") {
  using xml::space_before_declaration;
  CHECK(space_before_declaration("\n<?xml version=\"1.0\"?><rss/>") == 1);
  CHECK(space_before_declaration("\xEF\xBB\xBF \r\n<?xml version=\"1.0\"?>") == 3);
  CHECK(space_before_declaration("<?xml version=\"1.0\"?>") == 0);
  CHECK(space_before_declaration("\n<rss/>") == 0);
  CHECK(space_before_declaration("") == 0);
}

TEST_CASE("A correct declaration is never overridden") {
  using xml::choose_encoding;
  CHECK(choose_encoding("caf\xC3\xA9", "UTF-8").encoding.empty());
  CHECK(choose_encoding("caf\xE9", "ISO-8859-1").encoding.empty());
  CHECK(choose_encoding("plain ascii", "ISO-8859-1").encoding.empty());
  CHECK(choose_encoding("\xFF\xFE<\0r\0", nullptr).encoding.empty());  // UTF-16 with a byte order mark
  CHECK(choose_encoding("caf\xE9", "windows-1252").encoding.empty());
}
