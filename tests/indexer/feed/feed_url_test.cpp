// Tests for indexer/feed/feed_url.cpp.
#include "indexer/feed/feed_url.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

TEST_CASE("Relative references resolve against URLs and file paths") {
  struct Row {
    const char* base;
    const char* ref;
    const char* expected;
  };
  const Row rows[] = {
      {"https://x.org/feeds/feed.xml", "chapters.json", "https://x.org/feeds/chapters.json"},
      {"https://x.org/feeds/feed.xml", "/media/1.mp3", "https://x.org/media/1.mp3"},
      {"https://x.org/podcast/", "../notes/8", "https://x.org/notes/8"},
      {"https://x.org/feed.xml", "https://y.org/a", "https://y.org/a"},
      {"https://x.org/feed.xml", "  spaced.json  ", "https://x.org/spaced.json"},
      {"tests/fixtures/feed.xml", "ep-1.vtt", "tests/fixtures/ep-1.vtt"},
      {"/srv/feeds/feed.xml", "../t/ep.srt", "/srv/t/ep.srt"},
      {"https://x.org/feed.xml", "", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.base, row.ref);
    CHECK(resolve_url(row.base, row.ref) == row.expected);
  }
}

TEST_CASE("Only http and https URLs count as web URLs") {
  CHECK(is_http_url("https://netstack.fm/feed.xml"));
  CHECK(is_http_url("HTTP://netstack.fm/"));
  CHECK_FALSE(is_http_url("file:///etc/passwd"));
  CHECK_FALSE(is_http_url("data/feed.xml"));
  CHECK_FALSE(is_http_url("httpx://y"));
}
