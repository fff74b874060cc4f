// Reads the dates of feeds (RFC 822 in RSS 2.0, and the wrong formats feeds use anyway) into
// ISO 8601 for Episode::published. Thread safety: pure function, safe from any thread.
#pragma once

#include <string>

namespace podseek {

struct FeedDate {
  std::string iso;      // "2025-10-14T08:00:00Z" (converted to UTC), "2025-10-14" without a time, "" if unreadable
  bool rfc822 = false;  // true only when the text was a valid RFC 822 date, as RSS 2.0 requires
};

// Accepts RFC 822 ("Tue, 14 Oct 2025 10:00:00 +0200", zone names GMT/UT/Z/EST…PDT), and, with
// rfc822 == false, ISO 8601 ("2025-10-14", "2025-10-14T08:00:00Z", "2025-10-14 08:00"),
// "2025/10/14", "October 14, 2025", "14 Oct 25", missing zones (read as UTC) and wrong weekdays.
FeedDate parse_feed_date(const std::string& text);

// The RFC 822 form of a date parse_feed_date reads ("2025-10-14T08:00:00Z" ->
// "Tue, 14 Oct 2025 08:00:00 +0000"); a date without a time is midnight UTC. "" if unreadable.
std::string format_rfc822(const std::string& date);

}  // namespace podseek
