// Tests for indexer/corpus_overlay.cpp, including the real data/netstack-overlay.json.
#include "indexer/page/corpus_overlay.hpp"

#include <catch2/catch.hpp>
#include <map>

#include "common/corpus_json.hpp"
#include "common/status.hpp"
#include "indexer/page/episode_page_importer.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;
using podseek::testing::TempDir;

namespace {

Podcast two_episodes() {
  Podcast p{.title = "show"};
  p.episodes = {Episode{.number = 2, .title = "Two", .url = "https://x/#2"}, Episode{.number = 1}};
  return p;
}

std::string rejection(const std::string& overlay_text) {
  TempDir dir;
  const std::string path = dir.write("overlay.json", overlay_text);
  Podcast p = two_episodes();
  try {
    apply_overlay_file(p, path);
  } catch (const InputError& e) {
    return std::string(e.what()).substr(path.size());
  }
  return "";
}

}  // namespace

TEST_CASE("Overlay fields replace the imported ones for the episode with that number") {
  Podcast p = two_episodes();
  apply_overlay(p, nlohmann::json::parse(R"({"format": "podseek-overlay/1",
      "podcast": {"url": "https://show/", "deep_link_template": "{url}?t={seconds}"},
      "episodes": [{"number": 1, "title": "First", "guid": "g1", "guests": [], "hosts": ["Glen", "Ann"]},
                   {"number": 2, "url": "https://x/#two", "guests": ["Max"], "duration_seconds": 60}]})"),
                "o.json");
  CHECK(p.url == "https://show/");
  CHECK(p.deep_link_template == "{url}?t={seconds}");
  CHECK(p.episodes[1].title == "First");
  CHECK(p.episodes[1].hosts == std::vector<std::string>{"Glen", "Ann"});
  CHECK(p.episodes[0].title == "Two");
  CHECK(p.episodes[0].url == "https://x/#two");
  CHECK(p.episodes[0].guests == std::vector<std::string>{"Max"});
  CHECK(p.episodes[0].duration_seconds == 60);
}

TEST_CASE("Bad overlays are input errors naming the file and the JSON path") {
  struct Case {
    const char* what;
    const char* text;
    const char* message;
  };
  const std::vector<Case> cases = {
      {"wrong format", R"({"format": "x"})", ": $.format: expected \"podseek-overlay/1\""},
      {"unknown episode", R"({"format": "podseek-overlay/1", "episodes": [{"number": 9}]})",
       ": $.episodes[0].number: no episode 9 in the imported podcast"},
      {"no number", R"({"format": "podseek-overlay/1", "episodes": [{"title": "x"}]})",
       ": $.episodes[0].number: missing"},
      {"typo in a field", R"({"format": "podseek-overlay/1", "episodes": [{"number": 1, "guest": ["x"]}]})",
       ": $.episodes[0].guest: unknown field"},
      {"wrong type", R"({"format": "podseek-overlay/1", "episodes": [{"number": 2}, {"number": 1, "hosts": "Glen"}]})",
       ": $.episodes[1].hosts: expected an array, found the string \"Glen\""},
      {"podcast typo", R"({"format": "podseek-overlay/1", "podcast": {"deeplink": ""}})",
       ": $.podcast.deeplink: unknown field"},
      {"syntax error", "{\"format\": }", ": line 1, column 12: invalid JSON: syntax error"},
  };
  for (const Case& c : cases) {
    SECTION(c.what) { CHECK_THAT(rejection(c.text), Catch::Matchers::StartsWith(c.message)); }
  }
}

TEST_CASE("The netstack overlay over the page gives a valid corpus with guests, hosts and fixes") {
  const std::string root = PODSEEK_SOURCE_DIR;
  Podcast p = import_episode_page_file(root + "/data/netstack-fm-episodes-page.txt");
  apply_overlay_file(p, root + "/data/netstack-overlay.json");
  CHECK_NOTHROW(validate_podcast(p, "netstack"));
  CHECK(p.url == "https://netstack.fm/");
  CHECK(p.deep_link_template == "https://netstack.fm/?t={seconds}#episode-{episode}");
  const std::map<int, std::vector<std::string>> guests = {
      {11, {"Max Inden"}}, {10, {"Joshua Liebow-Feeser"}}, {9, {"Lucio Franco"}}, {8, {"Bruno Dal Bo Silva"}},
      {7, {"Dirkjan Ochtman"}}, {6, {"Daniel Stenberg"}}, {5, {"Carl Lerche"}}, {4, {"Delaney"}},
      {3, {"Chris Batterbee"}}, {2, {"Sean McArthur"}}, {1, {}}};
  for (const Episode& ep : p.episodes) {
    INFO("episode " << *ep.number);
    CHECK(ep.guests == guests.at(*ep.number));
    CHECK(ep.guid == "netstack.fm-episode-" + std::to_string(*ep.number));
    CHECK(ep.url == "https://netstack.fm/#episode-" + std::to_string(*ep.number));
    if (*ep.number == 1) {
      CHECK(ep.hosts == std::vector<std::string>{"Elizabeth", "Glen"});
      CHECK_FALSE(ep.title.empty());
    } else {
      CHECK(ep.hosts == std::vector<std::string>{"Glen"});
    }
  }
}

TEST_CASE("The committed netstack corpus is what the page and overlay produce") {
  const std::string root = PODSEEK_SOURCE_DIR;
  Podcast p = import_episode_page_file(root + "/data/netstack-fm-episodes-page.txt");
  apply_overlay_file(p, root + "/data/netstack-overlay.json");
  CHECK(podcast_to_json(load_corpus_file(root + "/data/netstack.json")) == podcast_to_json(p));
}
