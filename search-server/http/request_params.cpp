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

// A text parameter ("" when absent). RequestGuard has checked that it is UTF-8.
Expected<std::string> text_param(const httplib::Request& request, const char* name) {
  return request.get_param_value(name);
}

Expected<std::vector<std::string>> text_values(const httplib::Request& request, const std::string& name) {
  return all_values(request, name);
}

// A parameter that may be left out or sent empty (as a blank form field): nullopt then.
std::optional<std::string> optional_text(const httplib::Request& request, const char* name) {
  std::string text = request.get_param_value(name);
  if (text.empty()) return std::nullopt;
  return text;
}

// The filters beyond the facets: published dates (checked by the core) and durations in minutes.
std::optional<Error> read_range_filters(const httplib::Request& http, SearchRequest& request) {
  request.published_after = optional_text(http, "published_after");
  request.published_before = optional_text(http, "published_before");
  for (auto [name, field] : {std::pair{"min_duration", &request.min_duration_minutes},
                             std::pair{"max_duration", &request.max_duration_minutes}}) {
    if (!optional_text(http, name)) continue;
    auto minutes = int_param(http, name, 0);
    if (!minutes) return minutes.error();
    *field = minutes.value();
  }
  return std::nullopt;
}

}  // namespace

Expected<int> int_param(const httplib::Request& request, const std::string& name, int fallback) {
  if (!request.has_param(name.c_str())) return fallback;
  std::string text = request.get_param_value(name.c_str());
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return bad(name + " must be a whole number, not \"" + text.substr(0, 40) + "\"");
  }
  return value;
}

Expected<PagingParams> paging_params_from(const httplib::Request& http) {
  PagingParams paging;
  auto page = int_param(http, "page", paging.page);
  if (!page) return page.error();
  auto per_page = int_param(http, "per_page", paging.per_page);
  if (!per_page) return per_page.error();
  return PagingParams{page.value(), per_page.value()};
}

Expected<SuggestParams> suggest_params_from(const httplib::Request& http) {
  SuggestParams params;
  auto query = text_param(http, "q");
  if (!query) return query.error();
  auto limit = int_param(http, "limit", params.limit);
  if (!limit) return limit.error();
  return SuggestParams{query.value(), limit.value()};
}

Expected<SearchRequest> search_request_from(const httplib::Request& http) {
  SearchRequest request;
  auto query = text_param(http, "q");
  if (!query) return query.error();
  request.query = query.value();
  for (auto [name, values] : {std::pair{"guest", &request.guests}, std::pair{"topic", &request.topics},
                              std::pair{"podcast", &request.podcasts}, std::pair{"language", &request.languages},
                              std::pair{"category", &request.categories}}) {
    auto read = text_values(http, name);
    if (!read) return read.error();
    *values = read.value();
  }
  auto paging = paging_params_from(http);
  if (!paging) return paging.error();
  request.page = paging.value().page;
  request.per_page = paging.value().per_page;
  auto facet_limit = int_param(http, "facet_limit", request.facet_limit);
  if (!facet_limit) return facet_limit.error();
  request.facet_limit = facet_limit.value();
  request.lang = http.get_param_value("lang");  // checked by the core (check_query_language)
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
    else if (sort == "duration") request.sort = SortOrder::kDuration;
    else return bad("sort must be relevance, newest, oldest or duration");
  }
  if (auto error = read_range_filters(http, request)) return *error;
  return request;
}

}  // namespace podseek
