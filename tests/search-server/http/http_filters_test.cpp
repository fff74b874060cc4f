// HTTP tests of the language, category, date and duration parameters of /api/search (on the filter
// fixture corpus) and of /api/episodes/{id}/related (on netstack.fm): values that work, and every
// bad value a 400 that names its parameter.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/filters_index.hpp"
#include "tests/support/api_get.hpp"
#include "tests/support/running_server.hpp"

using namespace podseek;
using nlohmann::json;

namespace {

template <class Index>
struct Fixture {
  Index index;
  testing::RunningServer server{ServerOptions{.db_path = index.path()}};

  std::pair<int, json> get(const std::string& path) { return testing::api_get(server, path); }
  int total(const std::string& query) {
    auto [status, body] = get("/api/search?" + query);
    INFO(query << " -> " << body.dump());
    REQUIRE(status == 200);
    return body["total"].template get<int>();
  }
  std::string bad_request(const std::string& path) {
    auto [status, body] = get(path);
    INFO(path << " -> " << body.dump());
    CHECK(status == 400);
    CHECK(body["error"]["code"] == "bad_request");
    return body["error"]["message"].template get<std::string>();
  }
};

using Filters = Fixture<testing::FiltersIndex>;
using Netstack = Fixture<testing::NetstackIndex>;

int count_of(const json& facet, const std::string& value) {
  for (const auto& entry : facet) {
    if (entry["value"] == value) return entry["count"].get<int>();
  }
  return 0;
}

}  // namespace

TEST_CASE("language and category facets are counted and filter, repeatable and OR-ed") {
  Filters f;
  auto [status, all] = f.get("/api/search");
  REQUIRE(status == 200);
  CHECK(count_of(all["facets"]["language"], "de") == 3);
  CHECK(count_of(all["facets"]["category"], "Technology > Tech News") == 3);
  CHECK(all["facet_values"]["language"] == 5);
  CHECK(all["facet_values"]["category"] == 5);
  CHECK(f.total("language=de-DE") == 3);
  CHECK(f.total("language=de&language=ca") == 5);
  CHECK(f.total("category=Technology%20%3E%20Tech%20News") == 3);
  CHECK(f.total("category=Technology&category=News") == 8);
  CHECK(f.total("category=News&language=en") == 2);
  CHECK(f.total("language=") == 10);  // an empty value chooses nothing
}

TEST_CASE("published_after, published_before, min_duration, max_duration and sort=duration") {
  Filters f;
  CHECK(f.total("published_after=2024-06-30&published_before=2024-06-30") == 2);
  CHECK(f.total("published_after=2024-07-01") == 3);
  CHECK(f.total("published_before=2023-12-31") == 1);
  CHECK(f.total("min_duration=60") == 3);
  CHECK(f.total("max_duration=30") == 2);
  CHECK(f.total("min_duration=45&max_duration=60") == 4);
  CHECK(f.total("published_after=&min_duration=") == 10);  // blank form fields are no filter
  auto [status, sorted] = f.get("/api/search?sort=duration&per_page=3");
  REQUIRE(status == 200);
  REQUIRE(sorted["results"].size() == 3);
  CHECK(sorted["results"][0]["duration_seconds"] == 5400);
  CHECK(sorted["results"][1]["duration_seconds"] == 4200);
}

TEST_CASE("Every bad filter value is a 400 that names the parameter") {
  Filters f;
  const std::pair<const char*, const char*> cases[] = {
      {"published_after=2024-02-30", "published_after must be a date written YYYY-MM-DD, not \"2024-02-30\""},
      {"published_before=yesterday", "published_before must be a date written YYYY-MM-DD, not \"yesterday\""},
      {"published_after=2024-7-1", "published_after must be a date written YYYY-MM-DD, not \"2024-7-1\""},
      {"published_after=2024-07-02&published_before=2024-07-01",
       "published_after (2024-07-02) must not be later than published_before (2024-07-01)"},
      {"min_duration=-5", "min_duration must be between 0 and 100000"},
      {"max_duration=100001", "max_duration must be between 0 and 100000"},
      {"min_duration=ten", "min_duration must be a whole number, not \"ten\""},
      {"max_duration=1.5", "max_duration must be a whole number, not \"1.5\""},
      {"min_duration=99999999999", "min_duration must be a whole number, not \"99999999999\""},
      {"min_duration=61&max_duration=60", "min_duration (61) must not be more than max_duration (60)"},
      {"sort=longest", "sort must be relevance, newest, oldest or duration"},
      {"language=English", "language must be a language code such as \"de\" or \"en-US\", not \"English\""},
  };
  for (const auto& [query, message] : cases) {
    INFO(query);
    CHECK(f.bad_request(std::string("/api/search?") + query) == message);
  }
}

TEST_CASE("Related episodes: the episode's neighbours with reasons, never itself; by id or number") {
  Netstack f;
  auto [status, body] = f.get("/api/episodes/netstack.fm%2F11/related?limit=3");
  REQUIRE(status == 200);
  CHECK(body["id"] == "netstack.fm/11");
  CHECK_FALSE(body["terms"].empty());
  REQUIRE(body["related"].size() == 3);
  for (const json& other : body["related"]) {
    CHECK(other["id"] != "netstack.fm/11");
    CHECK_FALSE(other["reasons"].empty());
    CHECK(other["title"].is_string());
    CHECK(other["score"].is_number());
    CHECK(other["shared_topics"].is_array());
  }
  auto [by_number_status, by_number] = f.get("/api/episodes/11/related?limit=3");
  CHECK(by_number_status == 200);
  CHECK(by_number["related"] == body["related"]);
  auto [default_status, default_limit] = f.get("/api/episodes/netstack.fm/11/related");
  CHECK(default_status == 200);
  CHECK(default_limit["related"].size() == RelatedLimits::kDefaultLimit);
  auto [detail_status, detail] = f.get("/api/episodes/netstack.fm/11");  // the episode route is unchanged
  CHECK(detail_status == 200);
  CHECK(detail["id"] == "netstack.fm/11");
}

TEST_CASE("Related episodes of an unknown episode are a 404; a bad limit a 400") {
  Netstack f;
  auto [status, body] = f.get("/api/episodes/netstack.fm%2F99/related");
  CHECK(status == 404);
  CHECK(body["error"]["code"] == "not_found");
  CHECK(f.bad_request("/api/episodes/11/related?limit=0") == "limit must be between 1 and 20");
  CHECK(f.bad_request("/api/episodes/11/related?limit=21") == "limit must be between 1 and 20");
  CHECK(f.bad_request("/api/episodes/11/related?limit=five") == "limit must be a whole number, not \"five\"");
}
