// Parameter parsing for the API (see request_params.hpp).
#include "search-server/http/request_params.hpp"

#include <charconv>

namespace podseek {
namespace {

Error bad(const std::string& message) { return Error{ErrorCode::kInvalidArgument, message}; }

std::vector<std::string> all_values(const httplib::Request& request, const std::string& name) {
  std::vector<std::string> values;
  auto range = request.params.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) {
    if (!it->second.empty()) values.push_back(it->second);
  }
  return values;
}

}  // namespace

Expected<int> int_param(const httplib::Request& request, const std::string& name, int fallback, int min, int max) {
  if (!request.has_param(name.c_str())) return fallback;
  std::string text = request.get_param_value(name.c_str());
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return bad(name + " must be a whole number, not \"" + text.substr(0, 40) + "\"");
  }
  if (value < min || value > max) {
    return bad(name + " must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  return value;
}

Expected<SearchRequest> search_request_from(const httplib::Request& http) {
  SearchRequest request;
  request.query = http.get_param_value("q");
  if (request.query.size() > SearchLimits::kMaxQueryBytes) {
    return bad("q must be at most " + std::to_string(SearchLimits::kMaxQueryBytes) + " bytes");
  }
  request.guests = all_values(http, "guest");
  request.topics = all_values(http, "topic");
  request.podcasts = all_values(http, "podcast");
  for (const auto* values : {&request.guests, &request.topics, &request.podcasts}) {
    for (const auto& value : *values) {
      if (value.size() > SearchLimits::kMaxQueryBytes) {
        return bad("facet filters must be at most " + std::to_string(SearchLimits::kMaxQueryBytes) + " bytes");
      }
    }
  }
  auto page = int_param(http, "page", 1, 1, SearchLimits::kMaxPage);
  if (!page) return page.error();
  auto per_page = int_param(http, "per_page", 10, 1, SearchLimits::kMaxPerPage);
  if (!per_page) return per_page.error();
  request.page = page.value();
  request.per_page = per_page.value();
  auto facet_limit =
      int_param(http, "facet_limit", SearchLimits::kDefaultFacetValues, 1, SearchLimits::kMaxFacetValues);
  if (!facet_limit) return facet_limit.error();
  request.facet_limit = facet_limit.value();
  if (http.has_param("partial")) {
    std::string partial = http.get_param_value("partial");
    if (partial != "0" && partial != "1") return bad("partial must be 0 or 1");
    request.partial = partial == "1";
  }
  if (http.has_param("sort")) {
    std::string sort = http.get_param_value("sort");
    if (sort == "relevance") request.sort = SortOrder::kRelevance;
    else if (sort == "newest") request.sort = SortOrder::kNewest;
    else if (sort == "oldest") request.sort = SortOrder::kOldest;
    else return bad("sort must be relevance, newest or oldest");
  }
  return request;
}

}  // namespace podseek
