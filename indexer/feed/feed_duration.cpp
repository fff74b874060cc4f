// itunes:duration forms (see feed_duration.hpp): a loop over number-and-unit pairs, no regex.
#include "indexer/feed/feed_duration.hpp"

#include <cstddef>
#include <string_view>

#include "common/ascii_text.hpp"
#include "common/episode.hpp"

namespace podseek {
namespace {

constexpr long kMaxSeconds = 9999L * 3600;

// Seconds per unit word, 0 for a word that is no unit.
long unit_seconds(std::string_view unit) {
  for (std::string_view hours : {"h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden"})
    if (unit == hours) return 3600;
  for (std::string_view minutes : {"m", "min", "mins", "minute", "minutes", "minuten"})
    if (unit == minutes) return 60;
  for (std::string_view seconds : {"s", "sec", "secs", "second", "seconds", "sek", "sekunden"})
    if (unit == seconds) return 1;
  return 0;
}

// "PT1H2M3S", "P0DT1H", "1h 2m 3s", "45 min", "1 hr, 5 mins": numbers each followed by a unit.
std::optional<int> read_units(std::string text) {
  text = ascii::lower(text);
  const bool iso = text.size() > 1 && text[0] == 'p';  // ISO 8601: one-letter units, 't' before the time
  if (iso) text = text.substr(1);
  long total = 0;
  std::size_t at = 0, pairs = 0;
  while (at < text.size()) {
    while (at < text.size() && (text[at] == ' ' || text[at] == ',' || (iso && text[at] == 't'))) ++at;
    if (at == text.size()) break;
    long number = 0;
    std::size_t digits = 0;
    for (; at < text.size() && ascii::is_digit(text[at]) && digits < 7; ++at, ++digits) number = number * 10 + (text[at] - '0');
    if (at < text.size() && text[at] == '.') {  // a fraction of the unit is dropped
      while (++at < text.size() && ascii::is_digit(text[at])) {
      }
    }
    while (!iso && at < text.size() && text[at] == ' ') ++at;
    std::size_t unit_at = at;
    while (at < text.size() && ascii::is_alpha(text[at]) && !(iso && at > unit_at)) ++at;
    std::string_view unit(text.data() + unit_at, at - unit_at);
    long seconds = iso && unit == "d" ? 86400 : unit_seconds(unit);
    if (digits == 0 || seconds == 0) return std::nullopt;
    total += number * seconds;
    if (total > kMaxSeconds) return std::nullopt;
    ++pairs;
  }
  if (pairs == 0) return std::nullopt;
  return static_cast<int>(total);
}

}  // namespace

std::optional<int> parse_feed_duration(const std::string& raw) {
  std::string text = ascii::trim(raw);
  if (text.empty()) return std::nullopt;
  if (ascii::is_digit(text[0])) {
    // "3725", "3725.5", "62:03", "1:02:03.500": a fraction after the last field is dropped.
    std::size_t dot = text.find('.');
    std::string whole = text.substr(0, dot);
    bool fraction_digits = dot == std::string::npos || (dot + 1 < text.size() &&
        text.find_first_not_of("0123456789", dot + 1) == std::string::npos);
    if (fraction_digits) {
      std::optional<int> seconds = parse_timestamp(whole);
      if (seconds) return *seconds <= kMaxSeconds ? seconds : std::nullopt;
    }
  }
  return read_units(text);
}

}  // namespace podseek
