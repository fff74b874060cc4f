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
      {"Thu, 14 Oct 99 08:00:00 GMT", "1999-10-14T08:00:00Z"},
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

TEST_CASE("RFC 822 dates with every zone RFC 822 names, and a comment, are well-formed") {
  struct Row {
    const char* text;
    const char* iso;
  };
  const Row rows[] = {
      {"Mon, 06 Jan 2025 10:00:00 EST", "2025-01-06T15:00:00Z"},
      {"6 Jan 2025 10:00:00 PDT", "2025-01-06T17:00:00Z"},
      {"Mon, 06 Jan 2025 10:00:00 UT", "2025-01-06T10:00:00Z"},
      {"Mon, 06 Jan 2025 10:00:00 -0000", "2025-01-06T10:00:00Z"},
      {"Mon, 06 Jan 2025 10:00:00 Z", "2025-01-06T10:00:00Z"},
      {"Tue, 14 Oct 2025 08:00:00 +0000 (UTC)", "2025-10-14T08:00:00Z"},
      {"Tue, 14 Oct 2025 08:00:00 +0530", "2025-10-14T02:30:00Z"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    FeedDate date = parse_feed_date(row.text);
    CHECK(date.iso == row.iso);
    CHECK(date.rfc822);
  }
}

TEST_CASE("Dates in other languages, zones and clock styles are read but flagged as not RFC 822") {
  struct Row {
    const char* text;
    const char* iso;
  };
  const Row rows[] = {
      // Localised month and weekday names (Podigee, Ausha, Spreaker, hand-made CMS feeds).
      {"Di, 14 Okt 2025 08:00:00 +0200", "2025-10-14T06:00:00Z"},
      {"Mi, 12 M\xC3\xA4r 2025 08:00:00 +0100", "2025-03-12T07:00:00Z"},
      {"mar., 14 oct. 2025 08:00:00 +0200", "2025-10-14T06:00:00Z"},  // "mar." is Tuesday here
      {"ven., 14 f\xC3\xA9vr. 2025 08:00:00 +0100", "2025-02-14T07:00:00Z"},
      {"jeu., 14 ao\xC3\xBBt 2025 08:00:00 +0200", "2025-08-14T06:00:00Z"},
      {"lun, 15 dic 2025 08:00:00 +0100", "2025-12-15T07:00:00Z"},
      {"wo, 1 mei 2024 08:00:00 +0200", "2024-05-01T06:00:00Z"},
      {"6 stycznia 2025 10:00", "2025-01-06T10:00:00Z"},
      {"2025\xE5\xB9\xB4" "1\xE6\x9C\x88" "6\xE6\x97\xA5", "2025-01-06"},  // 2025年1月6日
      // Zones RFC 822 does not name, and zone names with an offset.
      {"Mon, 06 Jan 2025 10:00:00 CET", "2025-01-06T09:00:00Z"},
      {"Mon, 06 Jan 2025 10:00:00 AEST", "2025-01-06T00:00:00Z"},
      {"Mon, 06 Jan 2025 10:00:00 JST", "2025-01-06T01:00:00Z"},
      {"Mon, 06 Jan 2025 10:00:00 GMT+1", "2025-01-06T09:00:00Z"},
      {"Mon, 06 Jan 2025 10:00:00 UTC+01:00", "2025-01-06T09:00:00Z"},
      {"Mon, 06 Jan 2025 10:00:00 GMT-0500", "2025-01-06T15:00:00Z"},
      // ISO 8601 with fractions and a space before the zone; twelve-hour clocks.
      {"2025-01-06T10:00:00.123+01:00", "2025-01-06T09:00:00Z"},
      {"2025-01-06 10:00:00 +0000", "2025-01-06T10:00:00Z"},
      {"2025-01-06 10:00:00 UTC", "2025-01-06T10:00:00Z"},
      {"Monday, January 6, 2025 10:00 AM", "2025-01-06T10:00:00Z"},
      {"Jan 6, 2025 10:00:00 PM EST", "2025-01-07T03:00:00Z"},
      {"Jan 6, 2025 12:30 AM", "2025-01-06T00:30:00Z"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    FeedDate date = parse_feed_date(row.text);
    CHECK(date.iso == row.iso);
    CHECK_FALSE(date.rfc822);
  }
}

TEST_CASE("Text that is not a date gives no date") {
  for (const char* text : {"", "yesterday", "31 Feb 2025", "2025-13-01", "Tue, 14 Foo 2025", "25:00 14 Oct 2025",
                           "Sat, 29 Feb 2025 10:00:00 GMT", "1736157600", "06/01/2025", "garbage 123",
                           "Jan 6, 2025 13:00 PM", "Mon, 06 Jan 2025 10:00:00 XYZ"}) {
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
