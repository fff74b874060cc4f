// Reads the dates of feeds (RFC 822 in RSS 2.0, and the wrong formats feeds use anyway) into
// ISO 8601 for Episode::published. Thread safety: pure function, safe from any thread.
#pragma once

#include <string>

namespace podseek {

struct FeedDate {
  std::string iso;      // "2025-10-14T08:00:00Z" (converted to UTC), "2025-10-14" without a time, "" if unreadable
  bool rfc822 = false;  // true only when the text was a valid RFC 822 date, as RSS 2.0 requires
};

// Accepts RFC 822 ("Tue, 14 Oct 2025 10:00:00 +0200", zone names GMT/UT/Z/EST…PDT, a "(UTC)"
// comment), and, with rfc822 == false, ISO 8601 ("2025-10-14", "2025-10-14T08:00:00.5Z",
// "2025-10-14 08:00 +0000"), "2025/10/14", "October 14, 2025", "14 Oct 25", month and weekday
// names of other languages ("Di, 14 Okt 2025", "mar., 14 oct. 2025"; date_words.hpp), other zone
// names ("CET", "AEST", "GMT+1"), "10:00 PM", "2025年1月6日", missing zones (read as UTC) and
// wrong weekdays. Refused: impossible days (29 Feb 2025), numeric "06/01/2025" (day or month
// first?) and Unix times.
FeedDate parse_feed_date(const std::string& text);

// The RFC 822 form of a date parse_feed_date reads ("2025-10-14T08:00:00Z" ->
// "Tue, 14 Oct 2025 08:00:00 +0000"); a date without a time is midnight UTC. "" if unreadable.
std::string format_rfc822(const std::string& date);

}  // namespace podseek
