// HTTP tests: the real server on a free port, checked against the API contract (API.md),
// error cases included.
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
  testing::RunningServer server{ServerOptions{.db_path = index.path(),
                                              .synonyms_path = testing::repo_file("data/synonyms.json")}};

  std::pair<int, json> get(const std::string& path) { return testing::api_get(server, path); }

  // Checks that a path is a 4xx/5xx with the error body of the contract, and returns its message.
  std::string error_message(const std::string& path, int status, const std::string& code) {
    auto [got, body] = get(path);
    CHECK(got == status);
    REQUIRE(body.contains("error"));
    CHECK(body["error"]["code"] == code);
    return body["error"]["message"].get<std::string>();
  }
};

std::vector<int> episode_numbers(const json& results) {
  std::vector<int> out;
  for (const auto& result : results) out.push_back(result["episode"].get<int>());
  return out;
}

}  // namespace

TEST_CASE("Searching QUIC returns episodes 11, 7, 8 and 2 with chapter deep links") {
  Fixture f;
  auto [status, body] = f.get("/api/search?q=QUIC");
  REQUIRE(status == 200);
  CHECK(body["query"] == "QUIC");
  CHECK(body["corrected_query"].is_null());
  CHECK(body["suggestion"].is_null());
  CHECK(body["total"] == 4);
  CHECK(body["page"] == 1);
  CHECK(body["per_page"] == 10);
  CHECK(episode_numbers(body["results"]) == std::vector<int>{11, 7, 8, 2});
  const json& first = body["results"][0];
  CHECK(first["id"] == "netstack.fm/11");
  CHECK(first["url"] == "https://netstack.fm/#episode-11");
  CHECK(first["podcast"] == "netstack.fm");
  CHECK(first["guests"] == json::array({"Max Inden"}));
  CHECK(first["transcript"] == json::array());
  REQUIRE(first["chapters"].size() == 3);
  CHECK(first["chapters"][0] == json({{"title", "QUIC and HTTP/3 in Firefox"},
                                      {"title_html", "<mark>QUIC</mark> and HTTP/3 in Firefox"},
                                      {"start", "09:42"},
                                      {"start_seconds", 582},
                                      {"deep_link", "https://netstack.fm/?t=582#episode-11"}}));
  CHECK(body["facets"]["guest"].size() == 4);
  CHECK(body["facets"]["topic"][0]["count"].get<int>() <= 4);
  CHECK(body["took_ms"].is_number());
}

TEST_CASE("Facet filters, paging and sorting travel through the query string") {
  Fixture f;
  auto [status, body] = f.get("/api/search?q=QUIC&guest=Max%20Inden&guest=Sean%20McArthur");
  CHECK(status == 200);
  CHECK(episode_numbers(body["results"]) == std::vector<int>{11, 2});
  auto [s2, oldest] = f.get("/api/search?sort=oldest&per_page=2&page=2");
  CHECK(episode_numbers(oldest["results"]) == std::vector<int>{3, 4});
  auto [s3, typing] = f.get("/api/search?q=webtr&partial=1");
  CHECK(typing["total"] == 2);
  auto [s4, few] = f.get("/api/search?facet_limit=2");
  CHECK(few["facets"]["guest"].size() == 2);
  CHECK(few["facet_values"]["guest"] == 10);
}

TEST_CASE("A bad parameter is a 400 that names it") {
  Fixture f;
  CHECK(f.error_message("/api/search?q=x&per_page=0", 400, "bad_request") == "per_page must be between 1 and 50");
  CHECK(f.error_message("/api/search?page=abc", 400, "bad_request").find("page") == 0);
  CHECK(f.error_message("/api/search?sort=best", 400, "bad_request").find("sort") == 0);
  CHECK(f.error_message("/api/search?partial=yes", 400, "bad_request").find("partial") == 0);
  CHECK(f.error_message("/api/search?facet_limit=501", 400, "bad_request").find("facet_limit") == 0);
  CHECK(f.error_message("/api/search?q=" + std::string(1025, 'a'), 400, "bad_request").find("q ") == 0);
  CHECK(f.error_message("/api/search?q=%FF%FE", 400, "bad_request").find("q ") == 0);
  CHECK(f.error_message("/api/suggest?q=a&limit=21", 400, "bad_request").find("limit") == 0);
  CHECK(f.error_message("/api/episodes?per_page=99", 400, "bad_request").find("per_page") == 0);
}

TEST_CASE("Every endpoint holds text and paging parameters to the same checks") {
  Fixture f;
  const std::string too_long(1025, 'a');
  for (const std::string path : {"/api/search?q=", "/api/suggest?q="}) {
    CAPTURE(path);
    CHECK(f.error_message(path + too_long, 400, "bad_request") == "q must be at most 1024 bytes");
    CHECK(f.error_message(path + "%C3%28", 400, "bad_request") == "q must be UTF-8 text");
  }
  CHECK(f.error_message("/api/search?guest=" + too_long, 400, "bad_request") ==
        "a facet filter must be at most 1024 bytes");
  CHECK(f.error_message("/api/search?topic=%FF", 400, "bad_request") == "topic must be UTF-8 text");
  for (const std::string path : {"/api/search?page=0", "/api/episodes?page=0"}) {
    CAPTURE(path);
    CHECK(f.error_message(path, 400, "bad_request") == "page must be between 1 and 10000");
  }
  CHECK(f.error_message("/api/suggest?q=a&limit=0", 400, "bad_request") == "limit must be between 1 and 20");
  CHECK(f.error_message("/api/nothing-here", 404, "not_found") == "no such path: /api/nothing-here");
}

TEST_CASE("lang= takes a known language code or tag, and anything else is a 400 naming lang") {
  Fixture f;
  for (const std::string lang : {"en", "en-GB", "de", "ja"}) {
    CAPTURE(lang);
    auto [status, body] = f.get("/api/search?q=QUIC&lang=" + lang);
    CHECK(status == 200);
    CHECK(body["total"] == 4);  // the exact form always matches, whatever the language
  }
  for (const std::string bad : {"xx", "klingon", "e", "de%21", "%E6%97%A5"}) {
    CAPTURE(bad);
    CHECK(f.error_message("/api/search?q=QUIC&lang=" + bad, 400, "bad_request").rfind("lang must be", 0) == 0);
  }
  auto [status, body] = f.get("/api/search?q=QUIC&lang=");
  CHECK(status == 200);  // empty: the languages of the episodes searched
}

TEST_CASE("Queries that do not parse are searched as plain words, not refused") {
  Fixture f;
  for (const char* query : {"quic%20AND", "%22unbalanced", "(quic", "OR%20OR", "%29%29%29", "title%3A"}) {
    INFO(query);
    auto [status, body] = f.get(std::string("/api/search?q=") + query);
    CHECK(status == 200);
  }
}

TEST_CASE("Unknown paths and episodes are 404s with a JSON error") {
  Fixture f;
  f.error_message("/api/nothing", 404, "not_found");
  f.error_message("/elsewhere", 404, "not_found");
  f.error_message("/api/episodes/99", 404, "not_found");
}

TEST_CASE("Episodes are listed newest first and shown in full by id or number") {
  Fixture f;
  auto [status, list] = f.get("/api/episodes?per_page=3");
  CHECK(list["total"] == 11);
  CHECK(episode_numbers(list["episodes"]) == std::vector<int>{11, 10, 9});
  auto [s1, by_number] = f.get("/api/episodes/8");
  auto [s2, by_id] = f.get("/api/episodes/netstack.fm%2F8");
  CHECK(by_number == by_id);
  CHECK(by_number["title"] == "Fuchsia's Netstack3 with Bruno Dal Bo Silva");
  CHECK(by_number["hosts"] == json::array({"Glen"}));
  CHECK_FALSE(by_number["description"].get<std::string>().empty());
  CHECK_FALSE(by_number["links"].empty());
  const json& chapters = by_number["chapters"];
  REQUIRE(chapters.size() == 17);
  CHECK(chapters[0]["end_seconds"] == chapters[1]["start_seconds"]);
  CHECK(chapters.back()["end_seconds"].is_null());
  CHECK(chapters[12]["start"] == "1:00:36");
}

TEST_CASE("Guests and topics list their episodes for browsing") {
  Fixture f;
  auto [s1, guests] = f.get("/api/guests");
  bool found = false;
  for (const auto& guest : guests["guests"]) {
    if (guest["name"] == "Max Inden") found = guest["episodes"] == json::array({11});
  }
  CHECK(found);
  auto [s2, topics] = f.get("/api/topics");
  REQUIRE(!topics["topics"].empty());
  CHECK(topics["topics"][0]["name"] == "QUIC & HTTP/3");
  CHECK(topics["topics"][0]["episodes"].size() >= 4);
}

TEST_CASE("Suggestions complete the last word and find guests") {
  Fixture f;
  auto [s1, terms] = f.get("/api/suggest?q=webtr");
  REQUIRE(!terms["suggestions"].empty());
  CHECK(terms["suggestions"][0] == json({{"text", "webtransport"}, {"kind", "term"}}));
  auto [s2, guests] = f.get("/api/suggest?q=stenb");
  bool guest = false;
  for (const auto& s : guests["suggestions"]) guest |= s["kind"] == "guest" && s["text"] == "Daniel Stenberg";
  CHECK(guest);
}

TEST_CASE("Health reports the index's episodes and documents") {
  Fixture f;
  auto [status, body] = f.get("/healthz");
  CHECK(status == 200);
  CHECK(body["status"] == "ok");
  CHECK(body["episodes"] == 11);
  CHECK(body["documents"].get<int>() > 11);
}

TEST_CASE("Health is 503 when the index cannot be read") {
  testing::RunningServer server(ServerOptions{.db_path = "/nonexistent/podseek"});
  auto result = server.client().Get("/healthz");
  REQUIRE(result);
  CHECK(result->status == 503);
  CHECK(json::parse(result->body)["error"]["code"] == "unavailable");
}

TEST_CASE("A running server answers from a new index revision without a restart") {
  Fixture f;
  auto [before_status, before] = f.get("/api/search?q=zigbee");
  CHECK(before["total"] == 0);
  Podcast other{.title = "Other Show"};
  other.episodes.push_back({.guid = "k1", .number = 1, .title = "Zigbee networking"});
  {
    IndexWriter writer(f.index.path(), TopicTagger());
    writer.add_podcast(other, false);
    writer.commit();
  }
  auto [after_status, after] = f.get("/api/search?q=zigbee");
  CHECK(after["total"] == 1);
  CHECK(after["results"][0]["id"] == "other-show/1");
  auto [s, health] = f.get("/healthz");
  CHECK(health["episodes"] == 12);
}
