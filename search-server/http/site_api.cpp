// The body of GET /api/site (see site_api.hpp).
#include "search-server/http/site_api.hpp"

namespace podseek {

nlohmann::json site_json(const ServerOptions& options, const SiteDefaults& defaults) {
  const bool title_given = !options.site_title.empty();
  const bool examples_given = !options.site_examples.empty();
  nlohmann::json body = {
      {"title", title_given ? options.site_title : defaults.title},
      {"accent", options.site_accent.empty() ? std::string(kDefaultSiteAccent) : options.site_accent},
      {"logo", options.site_logo.empty() ? nlohmann::json(nullptr) : nlohmann::json(options.site_logo)},
      {"examples", examples_given ? options.site_examples : defaults.examples},
      {"podcasts", defaults.podcasts},
      {"from", {{"title", title_given ? "options" : "index"}, {"examples", examples_given ? "options" : "index"}}},
  };
  return body;
}

}  // namespace podseek
