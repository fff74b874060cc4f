// The checks of request_limits.hpp.
#include "search-server/core/request_limits.hpp"

namespace podseek {
namespace {

std::optional<Error> check_range(const char* name, int value, int min, int max) {
  if (value >= min && value <= max) return std::nullopt;
  return Error{ErrorCode::kInvalidArgument,
               std::string(name) + " must be between " + std::to_string(min) + " and " + std::to_string(max)};
}

}  // namespace

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

std::optional<Error> check_suggest_limit(int limit) { return check_range("limit", limit, 1, SuggestLimits::kMaxLimit); }

}  // namespace podseek
