// The OpenSearch 1.1 description (GET /opensearch.xml) that lets browsers add the site's search:
// the page's search URL (when the web page is served) and the JSON API's. Built with libxml2's
// writer, so every value is escaped.
// Thread safety: free functions without state.
#pragma once

#include <string>
#include <string_view>

#include "common/status.hpp"

namespace podseek {

inline constexpr std::string_view kOpenSearchContentType = "application/opensearchdescription+xml";

// The origin the description's templates start with: public_url when set (already checked by
// parse_origin), else "http://" + the request's Host header. InvalidArgument when there is no
// public_url and the Host header is missing or not a host[:port].
Expected<std::string> opensearch_base_url(std::string_view public_url, std::string_view host_header);

// The description document. base_url: an origin without a trailing slash. with_page: the web page
// is served, so "/?q={searchTerms}" is offered as the text/html search.
std::string opensearch_description(std::string_view base_url, bool with_page);

}  // namespace podseek
