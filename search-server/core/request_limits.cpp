// The checks of request_limits.hpp.
#include "search-server/core/request_limits.hpp"

#include "common/ascii_text.hpp"
#include "common/language_code.hpp"

namespace podseek {
namespace {

std::optional<Error> check_range(const char* name, int value, int min, int max) {
  if (value >= min && value <= max) return std::nullopt;
  return Error{ErrorCode::kInvalidArgument,
               std::string(name) + " must be between " + std::to_string(min) + " and " + std::to_string(max)};
}

Error invalid(std::string message) { return Error{ErrorCode::kInvalidArgument, std::move(message)}; }

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int two_digits(const std::string& text, std::size_t at) { return (text[at] - '0') * 10 + (text[at + 1] - '0'); }

// True for "YYYY-MM-DD" naming a day of the Gregorian calendar (years 0001 to 9999).
bool is_calendar_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!ascii::is_digit(text[i])) return false;
  }
  int year = two_digits(text, 0) * 100 + two_digits(text, 2), month = two_digits(text, 5), day = two_digits(text, 8);
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year == 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
}

std::optional<Error> check_date(const char* name, const std::optional<std::string>& date) {
  if (!date || is_calendar_date(*date)) return std::nullopt;
  return invalid(std::string(name) + " must be a date written YYYY-MM-DD, not \"" + date->substr(0, 40) + "\"");
}

}  // namespace

std::optional<Error> check_date_range(const std::optional<std::string>& after, const std::optional<std::string>& before) {
  if (auto error = check_date("published_after", after)) return error;
  if (auto error = check_date("published_before", before)) return error;
  if (after && before && *after > *before) {
    return invalid("published_after (" + *after + ") must not be later than published_before (" + *before + ")");
  }
  return std::nullopt;
}

std::optional<Error> check_duration_range(const std::optional<int>& min_minutes, const std::optional<int>& max_minutes) {
  const int max = SearchLimits::kMaxDurationMinutes;
  if (min_minutes) {
    if (auto error = check_range("min_duration", *min_minutes, 0, max)) return error;
  }
  if (max_minutes) {
    if (auto error = check_range("max_duration", *max_minutes, 0, max)) return error;
  }
  if (min_minutes && max_minutes && *min_minutes > *max_minutes) {
    return invalid("min_duration (" + std::to_string(*min_minutes) + ") must not be more than max_duration (" +
                   std::to_string(*max_minutes) + ")");
  }
  return std::nullopt;
}

std::optional<Error> check_language_codes(const std::vector<std::string>& languages) {
  for (const std::string& language : languages) {
    if (normalize_language_code(language).empty()) {
      return invalid("language must be a language code such as \"de\" or \"en-US\", not \"" +
                     language.substr(0, 40) + "\"");
    }
  }
  return std::nullopt;
}

std::optional<Error> check_query(const std::string& name, const std::string& text) {
  if (text.size() <= SearchLimits::kMaxQueryBytes) return std::nullopt;
  return Error{ErrorCode::kInvalidArgument,
               name + " must be at most " + std::to_string(SearchLimits::kMaxQueryBytes) + " bytes"};
}

std::optional<Error> check_paging(int page, int per_page) {
  if (auto error = check_range("page", page, 1, SearchLimits::kMaxPage)) return error;
  return check_range("per_page", per_page, 1, SearchLimits::kMaxPerPage);
}

std::optional<Error> check_facet_limit(int facet_limit) {
  return check_range("facet_limit", facet_limit, 1, SearchLimits::kMaxFacetValues);
}

std::optional<Error> check_related_limit(int limit) { return check_range("limit", limit, 1, RelatedLimits::kMaxLimit); }

std::optional<Error> check_suggest_limit(int limit) { return check_range("limit", limit, 1, SuggestLimits::kMaxLimit); }

}  // namespace podseek
