// Tests for indexer/feed/feed_date.cpp.
#include "indexer/feed/feed_date.hpp"

#include <catch2/catch.hpp>

using namespace podseek;

TEST_CASE("RFC 822 dates are read into UTC ISO 8601") {
  struct Row {
    const char* text;
    const char* iso;
  };
  const Row rows[] = {
      {"Tue, 14 Oct 2025 08:00:00 +0000", "2025-10-14T08:00:00Z"},
      {"Tue, 14 Oct 2025 10:00:00 +0200", "2025-10-14T08:00:00Z"},
      {"Wed, 02 Jul 2025 17:30:00 -0400", "2025-07-02T21:30:00Z"},
      {"Wed, 18 Jun 2025 17:30:00 EDT", "2025-06-18T21:30:00Z"},
      {"Tue, 30 Sep 2025 08:00:00 GMT", "2025-09-30T08:00:00Z"},
      {"Wed, 31 Dec 2025 23:30:00 -0100", "2026-01-01T00:30:00Z"},
      {"14 Oct 2025 08:00 GMT", "2025-10-14T08:00:00Z"},
      {"14 Oct 25 08:00:00 +0000", "2025-10-14T08:00:00Z"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    FeedDate date = parse_feed_date(row.text);
    CHECK(date.iso == row.iso);
    CHECK(date.rfc822);
  }
}

TEST_CASE("Common wrong date formats are read but flagged as not RFC 822") {
  struct Row {
    const char* text;
    const char* iso;
  };
  const Row rows[] = {
      {"2025-10-14", "2025-10-14"},
      {"2025-10-14T08:00:00Z", "2025-10-14T08:00:00Z"},
      {"2025-02-03T10:00:00+01:00", "2025-02-03T09:00:00Z"},
      {"2025-10-14 08:00", "2025-10-14T08:00:00Z"},
      {"2025/10/14", "2025-10-14"},
      {"October 14, 2025", "2025-10-14"},
      {"Tue, 14 Oct 2025 08:00:00", "2025-10-14T08:00:00Z"},
      {"Tuesday, 14 October 2025 08:00:00 GMT", "2025-10-14T08:00:00Z"},
      {"Tue 14 Oct 2025 08:00:00 +0000", "2025-10-14T08:00:00Z"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    FeedDate date = parse_feed_date(row.text);
    CHECK(date.iso == row.iso);
    CHECK_FALSE(date.rfc822);
  }
}

TEST_CASE("Text that is not a date gives no date") {
  for (const char* text : {"", "yesterday", "31 Feb 2025", "2025-13-01", "Tue, 14 Foo 2025", "25:00 14 Oct 2025"}) {
    CAPTURE(text);
    CHECK(parse_feed_date(text).iso.empty());
  }
}

TEST_CASE("Dates are written back in RFC 822, in UTC") {
  CHECK(format_rfc822("2025-10-14T08:00:00Z") == "Tue, 14 Oct 2025 08:00:00 +0000");
  CHECK(format_rfc822("2025-10-14") == "Tue, 14 Oct 2025 00:00:00 +0000");
  CHECK(format_rfc822("1970-01-01T00:00:00Z") == "Thu, 01 Jan 1970 00:00:00 +0000");
  CHECK(format_rfc822("2024-02-29T23:59:59+01:00") == "Thu, 29 Feb 2024 22:59:59 +0000");
  CHECK(format_rfc822("") == "");
  CHECK(parse_feed_date(format_rfc822("2025-10-14T08:00:00Z")).iso == "2025-10-14T08:00:00Z");
}
