// Date reading for feeds: a token classifier, so that any order of day, month, year, time and
// zone is understood; only the RFC 822 order counts as well-formed.
#include "indexer/feed/feed_date.hpp"

#include <cctype>
#include <cstdio>
#include <optional>
#include <string_view>
#include <vector>

#include "common/ascii_text.hpp"
#include "indexer/feed/date_words.hpp"

namespace podseek {
namespace {

using ascii::lower;

struct Parts {
  int year = -1, month = -1, day = -1;
  int hour = -1, minute = 0, second = 0;
  int offset_minutes = 0;
  bool has_zone = false;
};

const char* const kWeekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

bool all_digits(const std::string& text) {
  if (text.empty()) return false;
  for (unsigned char c : text)
    if (!std::isdigit(c)) return false;
  return true;
}

int index_of_prefix(const std::string& word, const char* const* names, int count) {
  if (word.size() < 3) return -1;
  for (int i = 0; i < count; ++i)
    if (word.compare(0, 3, names[i]) == 0) return i;
  return -1;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(long z, int& y, int& m, int& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

bool parse_time(const std::string& token, Parts& parts) {
  int h = 0, m = 0, s = 0;
  char tail = 0;
  int n = std::sscanf(token.c_str(), "%d:%d:%d%c", &h, &m, &s, &tail);
  if (n < 2 || (n == 4 && tail != '.')) return false;
  if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 60) return false;
  parts.hour = h, parts.minute = m, parts.second = n >= 3 ? s : 0;
  return true;
}

bool parse_offset(const std::string& token, Parts& parts) {
  if (token.size() < 3 || (token[0] != '+' && token[0] != '-')) return false;
  std::string digits;
  for (std::size_t i = 1; i < token.size(); ++i)
    if (token[i] != ':') digits += token[i];
  if (!all_digits(digits) || (digits.size() != 4 && digits.size() != 2)) return false;
  int hours = std::stoi(digits.substr(0, 2)), minutes = digits.size() == 4 ? std::stoi(digits.substr(2)) : 0;
  parts.offset_minutes = (token[0] == '-' ? -1 : 1) * (hours * 60 + minutes);
  parts.has_zone = true;
  return true;
}

// A zone name ("GMT", "CET"), or one followed by an offset ("GMT+1", "UTC+01:00", "GMT-0500").
bool parse_zone_name(const std::string& word, Parts& parts, bool& rfc822) {
  std::size_t sign = word.find_first_of("+-");
  std::optional<date_words::Zone> zone = date_words::zone(word.substr(0, sign));
  if (!zone) return false;
  rfc822 = rfc822 && zone->rfc822 && sign == std::string::npos;
  parts.offset_minutes = zone->offset_minutes;
  parts.has_zone = true;
  if (sign == std::string::npos) return true;
  std::string offset = word.substr(sign);
  // "+1" and "-5": hours alone, one digit.
  if (offset.size() == 2 && ascii::is_digit(offset[1])) offset.insert(1, "0");
  return (zone->offset_minutes == 0) && parse_offset(offset, parts);
}

// "2025-10-14", "2025/10/14", optionally followed by "T08:00:00Z", "T08:00+02:00" or " 08:00 +0000".
bool parse_iso_like(const std::string& text, Parts& parts) {
  int y, mo, d, consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &consumed) != 3 &&
      std::sscanf(text.c_str(), "%4d/%2d/%2d%n", &y, &mo, &d, &consumed) != 3) {
    return false;
  }
  parts.year = y, parts.month = mo - 1, parts.day = d;
  std::string rest = text.substr(consumed);
  if (rest.empty()) return true;
  if (rest[0] != 'T' && rest[0] != ' ') return false;
  rest = rest.substr(1);
  std::size_t zone_at = rest.find_first_of("Zz+- ");
  if (!parse_time(rest.substr(0, zone_at), parts)) return false;
  if (zone_at == std::string::npos) return true;
  std::string zone = ascii::trim(rest.substr(zone_at));
  bool unused = true;
  return parse_offset(zone, parts) || parse_zone_name(lower(zone), parts, unused);
}

// The text without RFC 822 comments: "(UTC)" in "08:00:00 +0000 (UTC)". Not nested.
std::string without_comments(const std::string& text) {
  std::string kept;
  bool in_comment = false;
  for (char c : text) {
    if (c == '(') in_comment = true;
    if (!in_comment) kept += c;
    if (c == ')') in_comment = false;
  }
  return kept;
}

// "2025年1月6日 10:00" (Japanese and Chinese) as "2025-1-6 10:00".
std::string cjk_date_marks_as_iso(const std::string& text) {
  std::string result;
  for (std::size_t at = 0; at < text.size();) {
    std::string_view rest(text.data() + at, text.size() - at);
    if (rest.substr(0, 3) == "\xE5\xB9\xB4" || rest.substr(0, 3) == "\xE6\x9C\x88") {  // 年, 月
      result += '-', at += 3;
    } else if (rest.substr(0, 3) == "\xE6\x97\xA5") {  // 日
      result += ' ', at += 3;
    } else {
      result += text[at++];
    }
  }
  return result;
}

std::vector<std::string> tokens_of(const std::string& text) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : text + " ") {
    if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
      if (!current.empty()) tokens.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  return tokens;
}

// "am"/"pm" after a time of at most 12 hours.
bool apply_meridiem(const std::string& word, Parts& parts) {
  const bool am = word == "am" || word == "a.m", pm = word == "pm" || word == "p.m";
  if ((!am && !pm) || parts.hour < 1 || parts.hour > 12) return false;
  if (am && parts.hour == 12) parts.hour = 0;
  if (pm && parts.hour < 12) parts.hour += 12;
  return true;
}

// Classifies every token; returns false on one it cannot place. `shape` records the kinds in
// order; `rfc822` turns false on a word RFC 822 does not use (a month or zone of another language).
bool parse_tokens(const std::vector<std::string>& tokens, Parts& parts, std::string& shape, bool& rfc822) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string word = lower(tokens[i]);
    if (word.back() == '.') word.pop_back();
    if (word.empty()) continue;
    std::optional<date_words::Month> month = date_words::month(word);
    if (month && parts.month >= 0) {
      // A second month: the first word was a weekday that looks like one ("mar." is Tuesday in French).
      if (shape.empty() || (shape[0] != 'm' && shape[0] != 'M')) return false;
      shape[0] = 'W';
    }
    if (index_of_prefix(word, kWeekdays, 7) >= 0 && ascii::is_alpha(word[0])) {
      shape += word.size() == 3 ? 'w' : 'W';
    } else if (month) {
      parts.month = month->index, shape += word.size() == 3 ? 'm' : 'M';
      rfc822 = rfc822 && month->english;
    } else if (word.find(':') != std::string::npos && parts.hour < 0 && parse_time(word, parts)) {
      shape += 't';
    } else if (parse_offset(word, parts) || parse_zone_name(word, parts, rfc822)) {
      shape += 'z';
    } else if (all_digits(word) && word.size() == 4 && parts.year < 0) {
      parts.year = std::stoi(word), shape += 'Y';
    } else if (all_digits(word) && word.size() <= 2 && parts.day < 0) {
      parts.day = std::stoi(word), shape += 'd';
    } else if (all_digits(word) && word.size() == 2 && parts.year < 0) {
      // RFC 2822's rule for two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999.
      parts.year = std::stoi(word) + (std::stoi(word) < 50 ? 2000 : 1900), shape += 'y';
    } else if (shape.size() > 0 && shape.back() == 't' && apply_meridiem(word, parts)) {
      shape += 'p';
    } else if (i == 0 && !ascii::is_digit(word[0])) {
      shape += 'W';  // a weekday in another language ("Di", "mar", "lun"); a date still needs its month
    } else {
      return false;
    }
  }
  return true;
}

bool valid(const Parts& p) {
  if (p.year < 1900 || p.year > 2200 || p.month < 0 || p.month > 11 || p.day < 1) return false;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (p.year % 4 == 0 && p.year % 100 != 0) || p.year % 400 == 0;
  return p.day <= kDays[p.month] && (p.month != 1 || p.day <= 28 || leap);
}

std::string format(const Parts& p) {
  char buffer[64];
  if (p.hour < 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", p.year, p.month + 1, p.day);
    return buffer;
  }
  long seconds = days_from_civil(p.year, p.month + 1, p.day) * 86400L + p.hour * 3600L + p.minute * 60L + p.second -
                 p.offset_minutes * 60L;
  long days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  long rest = seconds - days * 86400;
  int y, m, d;
  civil_from_days(days, y, m, d);
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02ld:%02ld:%02ldZ", y, m, d, rest / 3600, (rest / 60) % 60,
                rest % 60);
  return buffer;
}

}  // namespace

FeedDate parse_feed_date(const std::string& text) {
  std::vector<std::string> tokens = tokens_of(without_comments(cjk_date_marks_as_iso(text)));
  if (tokens.empty()) return {};
  Parts parts;
  std::string shape;
  bool english = true;
  std::string joined = tokens[0];
  for (std::size_t i = 1; i < tokens.size() && i < 3; ++i) joined += " " + tokens[i];
  bool read = tokens.size() <= 3 && parse_iso_like(joined, parts);
  if (!read) {
    parts = Parts{};
    read = parse_tokens(tokens, parts, shape, english);
  }
  if (!read || !valid(parts)) return {};
  // RSS 2.0 allows two-digit years in its RFC 822 dates.
  bool rfc822 = english && (shape == "dmYtz" || shape == "wdmYtz" || shape == "dmytz" || shape == "wdmytz") &&
                (shape[0] != 'w' || text.find(',') != std::string::npos);
  return {format(parts), rfc822};
}

}  // namespace podseek

namespace podseek {

std::string format_rfc822(const std::string& date) {
  std::string iso = parse_feed_date(date).iso;
  int y = 0, m = 0, d = 0, hh = 0, mm = 0, ss = 0;
  if (iso.empty() || std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return "";
  if (iso.size() > 10) std::sscanf(iso.c_str() + 11, "%d:%d:%d", &hh, &mm, &ss);
  static const char* const kDayNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  long days = days_from_civil(y, m, d);
  int weekday = static_cast<int>(((days % 7) + 7 + 4) % 7);  // 1970-01-01 was a Thursday
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDayNames[weekday], d,
                kMonthNames[m - 1], y, hh, mm, ss);
  return buffer;
}

}  // namespace podseek
