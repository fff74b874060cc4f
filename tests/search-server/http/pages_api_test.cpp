// HTTP tests of what the pages of one podcast, guest and episode need (docs/API.md): /api/podcasts,
// /api/podcasts/{id}, /api/guests/{name}, previous/next of /api/episodes/{id}, and the page paths
// themselves, which answer 404 (with the site's own page) for what the index does not have.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/netstack_index.hpp"
#include "tests/support/api_get.hpp"
#include "tests/support/running_server.hpp"

using namespace podseek;
using nlohmann::json;

namespace {

struct Fixture {
  testing::NetstackIndex index;
  testing::RunningServer server{ServerOptions{.db_path = index.path(), .web_dir = testing::repo_file("web")}};

  std::pair<int, json> get(const std::string& path) { return testing::api_get(server, path); }

  int page_status(const std::string& path) {
    auto result = server.client().Get(path);
    REQUIRE(result);
    INFO(path);
    CHECK(result->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(result->body.find("/js/app.js") != std::string::npos);
    return result->status;
  }
};

}  // namespace

TEST_CASE("GET /api/podcasts lists each podcast with its id and episode count") {
  Fixture f;
  auto [status, body] = f.get("/api/podcasts");
  REQUIRE(status == 200);
  REQUIRE(body["podcasts"].size() == 1);
  const json& netstack = body["podcasts"][0];
  CHECK(netstack["id"] == "netstack.fm");
  CHECK(netstack["title"] == "netstack.fm");
  CHECK(netstack["episode_count"] == 11);
  CHECK(netstack["url"] == "https://netstack.fm/");
  CHECK(netstack["categories"].is_array());
  CHECK(netstack.contains("image_url"));
}

TEST_CASE("GET /api/podcasts/{id} pages its episodes newest first and names its hosts") {
  Fixture f;
  auto [status, body] = f.get("/api/podcasts/netstack.fm?per_page=4&page=3");
  REQUIRE(status == 200);
  CHECK(body["podcast"]["title"] == "netstack.fm");
  REQUIRE_FALSE(body["podcast"]["hosts"].empty());
  CHECK(body["podcast"]["hosts"][0] == "Glen");  // the host of most episodes comes first
  CHECK(body["total"] == 11);
  CHECK(body["page"] == 3);
  CHECK(body["per_page"] == 4);
  REQUIRE(body["episodes"].size() == 3);
  CHECK(body["episodes"][0]["episode"] == 3);
  CHECK(body["episodes"][0]["podcast_id"] == "netstack.fm");
  CHECK(body["episodes"][0].contains("enclosure_url"));
}

TEST_CASE("Podcast and guest pages answer 404 for what is not there and 400 for bad paging") {
  Fixture f;
  auto [s1, missing] = f.get("/api/podcasts/nothing-here");
  CHECK(s1 == 404);
  CHECK(missing["error"]["code"] == "not_found");
  auto [s2, guest] = f.get("/api/guests/Nobody%20Atall");
  CHECK(s2 == 404);
  CHECK(guest["error"]["message"] == "no guest Nobody Atall");
  auto [s3, paging] = f.get("/api/podcasts/netstack.fm?per_page=0");
  CHECK(s3 == 400);
  CHECK(paging["error"]["message"].get<std::string>().find("per_page") != std::string::npos);
  auto [s4, guest_paging] = f.get("/api/guests/Max%20Inden?page=x");
  CHECK(s4 == 400);
  CHECK(guest_paging["error"]["message"].get<std::string>().find("page") != std::string::npos);
}

TEST_CASE("GET /api/guests/{name} gives the guest's episodes and where their name is said") {
  Fixture f;
  auto [status, body] = f.get("/api/guests/max%20inden");
  REQUIRE(status == 200);
  CHECK(body["name"] == "Max Inden");
  CHECK(body["total"] == 1);
  REQUIRE(body["episodes"].size() == 1);
  CHECK(body["episodes"][0]["id"] == "netstack.fm/11");
  CHECK(body["spoken"] == json::array());  // the corpus has no transcripts
  bool introduction = false;
  for (const auto& moment : body["named"]) {
    CHECK(moment["text_html"].get<std::string>().find("<mark>Max</mark>") != std::string::npos);
    CHECK(moment["deep_link"].get<std::string>().starts_with("https://netstack.fm/?t="));
    CHECK(moment["enclosure_url"].is_null());
    if (moment["kind"] == "chapter" && moment["start"] == "00:38") introduction = moment["episode_id"] == "netstack.fm/11";
  }
  CHECK(introduction);  // "Introduction to Max Inden"
}

TEST_CASE("An episode in full links the episodes before and after it") {
  Fixture f;
  auto [status, body] = f.get("/api/episodes/8");
  REQUIRE(status == 200);
  CHECK(body["previous"]["id"] == "netstack.fm/7");
  CHECK(body["previous"]["episode"] == 7);
  CHECK(body["next"]["id"] == "netstack.fm/9");
  CHECK_FALSE(body["next"]["title"].get<std::string>().empty());
  auto [s2, newest] = f.get("/api/episodes/11");
  CHECK(newest["next"].is_null());
}

TEST_CASE("Page paths answer 200 for what the index has and 404, with the same page, for the rest") {
  Fixture f;
  CHECK(f.page_status("/episodes/11") == 200);
  CHECK(f.page_status("/episodes/netstack.fm%2F11") == 200);
  CHECK(f.page_status("/podcasts/netstack.fm") == 200);
  CHECK(f.page_status("/podcasts") == 200);
  CHECK(f.page_status("/guests/Max%20Inden") == 200);
  CHECK(f.page_status("/episodes/999") == 404);
  CHECK(f.page_status("/episodes/netstack.fm%2F999") == 404);
  CHECK(f.page_status("/podcasts/nothing-here") == 404);
  CHECK(f.page_status("/guests/Nobody%20Atall") == 404);
  CHECK(f.page_status("/episodes/11/chapters") == 404);
}
