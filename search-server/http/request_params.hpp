// Reading and checking the parameters of API requests; every problem names its parameter.
// Every parameter is already well-formed UTF-8 here: RequestGuard checks them all before routing.
// Thread safety: pure functions.
#pragma once

#include <httplib.h>

#include <string>

#include "common/status.hpp"
#include "search-server/core/search_types.hpp"

namespace podseek {

Expected<SearchRequest> search_request_from(const httplib::Request& request);

// A whole-number parameter within [min, max], or the default when absent.
Expected<int> int_param(const httplib::Request& request, const std::string& name, int fallback, int min, int max);

}  // namespace podseek
