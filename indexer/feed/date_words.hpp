// The words of feed dates: month names and abbreviations in the languages podcasts are published
// in (English, German, French, Spanish, Italian, Dutch, Portuguese, Polish, the Nordic languages),
// and time zone names with their offsets. Internal to feed_date.cpp.
// Thread safety: pure functions over constant tables.
#pragma once

#include <optional>
#include <string>

namespace podseek::date_words {

struct Month {
  int index;     // 0 = January
  bool english;  // an English name or abbreviation, as RFC 822 writes them
};

// The month a lower-case word names ("oct", "october", "okt", "déc", "févr", "mrt"), without a
// trailing '.'; nullopt for any other word.
std::optional<Month> month(const std::string& word);

struct Zone {
  int offset_minutes;  // east of UTC
  bool rfc822;         // one of RFC 822's own: UT, GMT, Z, EST, EDT, CST, CDT, MST, MDT, PST, PDT
};

// The zone a lower-case word names ("gmt", "pdt", "cet", "aest"); nullopt for any other word.
// Ambiguous abbreviations (IST, which is India, Ireland and Israel) are not known.
std::optional<Zone> zone(const std::string& word);

}  // namespace podseek::date_words
