// Tests for common/corpus_json.cpp: round trip, and every rejection naming file and JSON path.
#include "common/corpus_json.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>

#include "common/status.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;
using podseek::testing::TempDir;

namespace {

Podcast sample_podcast() {
  Podcast p{.title = "netstack.fm", .url = "https://netstack.fm/", .description = "A podcast.",
            .deep_link_template = "https://netstack.fm/?t={seconds}#episode-{episode}"};
  Episode full{.guid = "netstack.fm-episode-11", .number = 11, .title = "Modern networking in Firefox",
               .url = "https://netstack.fm/#episode-11", .published = "2025-10-01",
               .guests = {"Max Inden"}, .hosts = {"Glen"}, .description = "QUIC — “quoted” ünïcode",
               .links = {{"https://max-inden.de/", "Personal website of Max Inden"}},
               .chapters = {{"Intro", 0}, {"QUIC and HTTP/3 in Firefox", 582}, {"Outro", 4004}},
               .transcript = {{0, "Glen", "Welcome."}, {3, "", "Hi."}},
               .enclosure_url = "https://example.com/11.mp3", .enclosure_type = "audio/mpeg",
               .enclosure_length = 65000000, .image_url = "https://example.com/11.png",
               .duration_seconds = 4100};
  Episode bare{.guid = "no-number", .title = "Bare"};
  p.episodes = {full, bare};
  return p;
}

// A valid corpus with one episode, as JSON, for tests to break.
nlohmann::json valid_json() {
  return nlohmann::json::parse(R"({"format": "podseek-corpus/1",
    "podcast": {"title": "netstack.fm"},
    "episodes": [{"number": 1, "guid": "a", "title": "One",
                  "chapters": [{"start": "00:00", "start_seconds": 0, "title": "Intro"},
                               {"start": "05:00", "start_seconds": 300, "title": "Main"}]},
                 {"number": 2, "guid": "b", "title": "Two"}]})");
}

// The message podcast_from_json throws for j ("" when it accepts j).
std::string rejection(const nlohmann::json& j) {
  try {
    podcast_from_json(j, "data/x.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("A saved corpus loads back equal, optional fields included") {
  TempDir dir;
  const Podcast original = sample_podcast();
  const std::string path = dir.file("corpus.json");
  save_corpus_file(original, path);
  const Podcast loaded = load_corpus_file(path);
  CHECK(podcast_to_json(loaded) == podcast_to_json(original));
  REQUIRE(loaded.episodes.size() == 2);
  CHECK(loaded.episodes[0].transcript[1].text == "Hi.");
  CHECK(loaded.episodes[0].duration_seconds == 4100);
  CHECK(loaded.episodes[0].enclosure_type == "audio/mpeg");
  CHECK(loaded.episodes[0].enclosure_length == 65000000);
  CHECK_FALSE(loaded.episodes[1].number);
  CHECK_FALSE(loaded.episodes[1].duration_seconds);
}

TEST_CASE("Saving replaces the file and leaves no temporary file behind") {
  TempDir dir;
  const std::string path = dir.write("corpus.json", "old");
  save_corpus_file(sample_podcast(), path);
  CHECK(load_corpus_file(path).title == "netstack.fm");
  int files = 0;
  for ([[maybe_unused]] auto& entry : std::filesystem::directory_iterator(dir.file(""))) ++files;
  CHECK(files == 1);
}

TEST_CASE("Saved corpora show the display start and write fields in the documented order") {
  const nlohmann::json j = podcast_to_json(sample_podcast());
  CHECK(j["format"] == "podseek-corpus/1");
  CHECK(j["episodes"][0]["chapters"][1]["start"] == "09:42");
  CHECK(j["episodes"][0]["chapters"][2]["start"] == "1:06:44");
  CHECK_FALSE(j["episodes"][1].contains("transcript"));
  TempDir dir;
  save_corpus_file(sample_podcast(), dir.file("c.json"));
  std::ifstream in(dir.file("c.json"));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("\"format\"") < text.find("\"podcast\""));
  CHECK(text.find("\"podcast\"") < text.find("\"episodes\""));
}

TEST_CASE("Start seconds are authoritative over the display start") {
  nlohmann::json j = valid_json();
  j["episodes"][0]["chapters"][1]["start"] = "99:99";
  CHECK(podcast_from_json(j, "x").episodes[0].chapters[1].start_seconds == 300);
}

TEST_CASE("Each rejected corpus names the file, the JSON path and the problem") {
  struct Case {
    const char* what;
    std::function<void(nlohmann::json&)> corrupt;
    const char* message;
  };
  const std::vector<Case> cases = {
      {"unknown format", [](auto& j) { j["format"] = "podseek-corpus/9"; },
       "data/x.json: $.format: unknown format \"podseek-corpus/9\""},
      {"missing format", [](auto& j) { j.erase("format"); }, "data/x.json: $.format: missing"},
      {"missing podcast title", [](auto& j) { j["podcast"].erase("title"); },
       "data/x.json: $.podcast.title: missing or empty title"},
      {"empty episode title", [](auto& j) { j["episodes"][1]["title"] = ""; },
       "data/x.json: $.episodes[1].title: missing or empty title"},
      {"wrong type of title", [](auto& j) { j["episodes"][0]["title"] = 7; },
       "data/x.json: $.episodes[0].title: expected a string, found 7"},
      {"wrong type of number", [](auto& j) { j["episodes"][0]["number"] = "1"; },
       "data/x.json: $.episodes[0].number: expected an integer, found the string \"1\""},
      {"number beyond 64 bits wrapping to -1 (issue 15)",
       [](auto& j) { j["episodes"][0]["number"] = 18446744073709551615ULL; },
       "data/x.json: $.episodes[0].number: expected an integer, found 18446744073709551615"},
      {"number beyond int", [](auto& j) { j["episodes"][0]["number"] = 2147483648LL; },
       "data/x.json: $.episodes[0].number: expected an integer, found 2147483648"},
      {"wrong type of guests", [](auto& j) { j["episodes"][0]["guests"] = {"Max", 3}; },
       "data/x.json: $.episodes[0].guests[1]: expected a string, found 3"},
      {"episodes not an array", [](auto& j) { j["episodes"] = nlohmann::json::object(); },
       "data/x.json: $.episodes: expected an array, found an object"},
      {"duplicate number", [](auto& j) { j["episodes"][1]["number"] = 1; },
       "data/x.json: $.episodes[1].number: duplicate episode number 1 (also at $.episodes[0])"},
      {"duplicate guid", [](auto& j) { j["episodes"][1]["guid"] = "a"; },
       "data/x.json: $.episodes[1].guid: duplicate guid \"a\" (also at $.episodes[0])"},
      {"missing guid", [](auto& j) { j["episodes"][1].erase("guid"); },
       "data/x.json: $.episodes[1].guid: missing or empty guid"},
      {"chapter out of order", [](auto& j) { j["episodes"][0]["chapters"][0]["start_seconds"] = 300; },
       "data/x.json: $.episodes[0].chapters[1].start_seconds: 300 is not after the previous chapter's start (300)"},
      {"enclosure length not a positive number", [](auto& j) { j["episodes"][0]["enclosure_length"] = -1; },
       "data/x.json: $.episodes[0].enclosure_length: must be a positive whole number of bytes, not -1"},
      {"negative start", [](auto& j) { j["episodes"][0]["chapters"][0]["start_seconds"] = -5; },
       "data/x.json: $.episodes[0].chapters[0].start_seconds: -5 is negative"},
      {"missing start", [](auto& j) { j["episodes"][0]["chapters"][1].erase("start_seconds"); },
       "data/x.json: $.episodes[0].chapters[1].start_seconds: missing"},
      {"fractional start", [](auto& j) { j["episodes"][0]["chapters"][1]["start_seconds"] = 1.5; },
       "data/x.json: $.episodes[0].chapters[1].start_seconds: expected an integer, found 1.5"},
  };
  for (const Case& c : cases) {
    SECTION(c.what) {
      nlohmann::json j = valid_json();
      c.corrupt(j);
      CHECK_THAT(rejection(j), Catch::Matchers::StartsWith(c.message));
    }
  }
}

TEST_CASE("A JSON syntax error is reported with file line and column as nlohmann counts them") {
  TempDir dir;
  const std::string path = dir.write("broken.json", "{\n \"format\": \"podseek-corpus/1\",\n \"podcast\": {\"title\" \"x\"}\n}\n");
  try {
    load_corpus_file(path);
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK_THAT(e.what(), Catch::Matchers::StartsWith(path + ": line 3, column 24: invalid JSON: syntax error while parsing object separator"));
  }
}

TEST_CASE("A missing corpus file is an input error naming the file") {
  CHECK_THROWS_WITH(load_corpus_file("/nonexistent/podseek.json"),
                    Catch::Matchers::StartsWith("/nonexistent/podseek.json: cannot read file"));
}

TEST_CASE("validate_podcast rejects what a feed reader could produce") {
  Podcast p = sample_podcast();
  p.episodes[0].chapters[2].start_seconds = 100;
  CHECK_THROWS_WITH(validate_podcast(p, "feed.xml"),
                    Catch::Matchers::StartsWith("feed.xml: $.episodes[0].chapters[2].start_seconds: 100 is not after"));
  p = sample_podcast();
  p.episodes[0].transcript[0].start_seconds = -1;
  CHECK_THROWS_AS(validate_podcast(p, "feed.xml"), InputError);
  CHECK_NOTHROW(validate_podcast(sample_podcast(), "feed.xml"));
}

TEST_CASE("Invalid UTF-8 in a field is saved as a replacement character instead of failing") {
  TempDir dir;
  Podcast p = sample_podcast();
  p.episodes[0].description = "bad \xC3 byte";
  save_corpus_file(p, dir.file("c.json"));
  CHECK(load_corpus_file(dir.file("c.json")).episodes[0].description == "bad \xEF\xBF\xBD byte");
}
