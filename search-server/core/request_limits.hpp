// Every bound and default of a request to the search core, stated once, and the one check of each.
// The core checks every request it is given (so a caller other than HTTP is held to the same
// bounds); the HTTP layer only reads parameters and reports these errors as 400s.
// Thread safety: constants and pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

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
};

struct SuggestLimits {
  static constexpr int kDefaultLimit = 8;
  static constexpr int kMaxLimit = 20;
  static constexpr int kMaxTermsScanned = 2000;  // how far a prefix may expand in the term list
};

// Each returns the InvalidArgument error naming the parameter, or nothing when the value is in bounds.
std::optional<Error> check_query(const std::string& name, const std::string& text);  // at most kMaxQueryBytes
std::optional<Error> check_paging(int page, int per_page);
std::optional<Error> check_facet_limit(int facet_limit);
std::optional<Error> check_suggest_limit(int limit);

}  // namespace podseek
