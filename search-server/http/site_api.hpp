// GET /api/site: what the web page calls itself (title, accent colour, logo) and the example
// queries under its search box. Each comes from the server's options (site-title, site-accent,
// site-logo, site-example) or, when not given, from the index (site_identity.hpp).
// Thread safety: pure functions of their arguments.
#pragma once

#include <nlohmann/json.hpp>

#include "search-server/core/site_identity.hpp"
#include "search-server/http/server_options.hpp"

namespace podseek {

inline constexpr std::string_view kDefaultSiteAccent = "#6d28d9";

// {"title", "accent", "logo" (null without one), "examples": [...], "podcasts": [...],
//  "from": {"title": "options"|"index", "examples": "options"|"index"}}
nlohmann::json site_json(const ServerOptions& options, const SiteDefaults& defaults);

}  // namespace podseek
