// Reading the parameters of API requests into the core's typed requests. This layer checks only
// that a value can be read (a whole number, one of the words allowed); UTF-8 is checked for every
// parameter at once by RequestGuard before routing (request_guard.hpp); the bounds of
// every value are the core's, checked once there (search-server/core/request_limits.hpp).
// Every problem names its parameter.
// Thread safety: pure functions.
#pragma once

#include <httplib.h>

#include <string>

#include "common/status.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek {

struct SuggestParams {
  std::string query;
  int limit = SuggestLimits::kDefaultLimit;
};

struct PagingParams {
  int page = 1;
  int per_page = SearchLimits::kDefaultPerPage;
};

Expected<SearchRequest> search_request_from(const httplib::Request& request);
Expected<SuggestParams> suggest_params_from(const httplib::Request& request);
Expected<PagingParams> paging_params_from(const httplib::Request& request);

// A whole-number parameter, or the fallback when absent.
Expected<int> int_param(const httplib::Request& request, const std::string& name, int fallback);

}  // namespace podseek
