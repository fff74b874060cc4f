// GET /api/site through the real server: the site's identity from options, else from the index.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "search-server/http/site_api.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/support/api_get.hpp"
#include "tests/support/running_server.hpp"

using namespace podseek;
using nlohmann::json;

namespace {

json site_of(const ServerOptions& options) {
  testing::RunningServer server{options};
  auto [status, body] = testing::api_get(server, "/api/site");
  CHECK(status == 200);
  return body;
}

}  // namespace

TEST_CASE("Without site options the page is named and given examples by the index") {
  testing::NetstackIndex index;
  json site = site_of(ServerOptions{.db_path = index.path()});
  CHECK(site["title"] == "netstack.fm");
  CHECK(site["accent"] == "#6d28d9");
  CHECK(site["logo"].is_null());
  CHECK(site["podcasts"] == json::array({"netstack.fm"}));
  CHECK(site["from"] == json({{"title", "index"}, {"examples", "index"}}));
  REQUIRE(site["examples"].size() == kMaxSiteExamples);
  for (const auto& example : site["examples"]) CHECK_FALSE(example.get<std::string>().empty());
}

TEST_CASE("Site options override what the index would say") {
  testing::NetstackIndex index;
  ServerOptions options{.db_path = index.path()};
  options.site_title = "Example Radio";
  options.site_accent = "#0b6e4f";
  options.site_logo = "/logo.svg";
  options.site_examples = {"route leak", "DNS"};
  json site = site_of(options);
  CHECK(site["title"] == "Example Radio");
  CHECK(site["accent"] == "#0b6e4f");
  CHECK(site["logo"] == "/logo.svg");
  CHECK(site["examples"] == json::array({"route leak", "DNS"}));
  CHECK(site["from"] == json({{"title", "options"}, {"examples", "options"}}));
  CHECK(site["podcasts"] == json::array({"netstack.fm"}));
}
