// Every bound and default of a request to the search core, stated once, and the one check of each.
// The core checks every request it is given (so a caller other than HTTP is held to the same
// bounds); the HTTP layer only reads parameters and reports these errors as 400s.
// Thread safety: constants and pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "common/status.hpp"

namespace podseek {

struct SearchLimits {
  static constexpr std::size_t kMaxQueryBytes = 1024;  // q, and each facet filter value
  static constexpr int kDefaultPerPage = 10;
  static constexpr int kMaxPerPage = 50;
  static constexpr int kMaxPage = 10000;
  // Values listed per facet: a directory has tens of thousands of guests, a page shows a few.
  static constexpr int kDefaultFacetValues = 25;
  static constexpr int kMaxFacetValues = 500;
  // min_duration / max_duration, in minutes: 0 up to 100,000 (over 69 days, beyond any episode).
  static constexpr int kMaxDurationMinutes = 100000;
};

struct SuggestLimits {
  static constexpr int kDefaultLimit = 8;
  static constexpr int kMaxLimit = 20;
  static constexpr int kMaxTermsScanned = 2000;  // how far a prefix may expand in the term list
  static constexpr int kMaxEpisodesRead = 50;    // episodes read for guest names and for titles
  static constexpr int kMaxNamesListed = 2000;   // topics, and categories, kept per index revision
};

struct RelatedLimits {
  static constexpr int kDefaultLimit = 5;   // related episodes listed
  static constexpr int kMaxLimit = 20;
  static constexpr int kExpandTerms = 25;   // terms of the episode's expand set searched for
  static constexpr int kReasonsPerEpisode = 5;
};

// Each returns the InvalidArgument error naming the parameter, or nothing when the value is in bounds.
std::optional<Error> check_query(const std::string& name, const std::string& text);  // at most kMaxQueryBytes
std::optional<Error> check_paging(int page, int per_page);
std::optional<Error> check_facet_limit(int facet_limit);
std::optional<Error> check_suggest_limit(int limit);
std::optional<Error> check_related_limit(int limit);
// published_after / published_before: each a real day written YYYY-MM-DD, and after <= before.
std::optional<Error> check_date_range(const std::optional<std::string>& after, const std::optional<std::string>& before);
// min_duration / max_duration: each 0 to kMaxDurationMinutes, and min <= max.
std::optional<Error> check_duration_range(const std::optional<int>& min_minutes, const std::optional<int>& max_minutes);
// Each language filter must be a language code (language_code.hpp): "de", "en-US".
std::optional<Error> check_language_codes(const std::vector<std::string>& languages);

}  // namespace podseek
