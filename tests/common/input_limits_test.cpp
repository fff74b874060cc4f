// Tests for common/input_limits.cpp and its use by corpus JSON (common/corpus_json.cpp): every
// field and list over its limit is cut with a warning naming file, episode and field, or refused.
#include "common/input_limits.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "common/corpus_json.hpp"
#include "common/status.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;
using podseek::testing::TempDir;

namespace {

nlohmann::json corpus_with(const nlohmann::json& episode) {
  nlohmann::json j = {{"format", kCorpusFormat}, {"podcast", {{"title", "Big"}}}, {"episodes", nlohmann::json::array()}};
  j["episodes"].push_back(episode);
  return j;
}

bool has_warning(const std::vector<std::string>& warnings, const std::string& text) {
  for (const std::string& warning : warnings) {
    if (warning == text) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("A 50 MB description in a corpus file is cut to the feed limit with a warning naming it") {
  TempDir dir;
  const std::size_t size = 50u * 1024 * 1024;
  const std::string path = dir.file("big.json");
  {
    std::ofstream out(path, std::ios::binary);
    out << R"({"format": "podseek-corpus/1", "podcast": {"title": "Big"}, "episodes": [)"
        << R"({"guid": "huge", "title": "Huge", "description": ")" << std::string(size, 'x') << R"("},)"
        << R"({"guid": "small", "title": "Small", "description": "fine"}]})";
  }
  std::vector<std::string> warnings;
  Podcast podcast = load_corpus_file(path, warnings);
  REQUIRE(podcast.episodes.size() == 2);
  CHECK(podcast.episodes[0].description.size() == InputLimits::kMaxTextBytes);
  CHECK(podcast.episodes[1].description == "fine");
  CHECK(warnings == std::vector<std::string>{path + ": $.episodes[0].description (episode \"huge\"): " +
                                             std::to_string(size) + " bytes cut to 65536"});
}

TEST_CASE("Without a list for warnings a field over its limit is refused, naming it") {
  nlohmann::json j = corpus_with({{"guid", "g"}, {"title", std::string(InputLimits::kMaxTitleBytes + 1, 't')}});
  CHECK_THROWS_WITH(podcast_from_json(j, "c.json"),
                    "c.json: $.episodes[0].title (episode \"g\"): 1025 bytes is over the limit of 1024 bytes");
}

TEST_CASE("Lists over their limits keep their first entries, each cut a warning") {
  nlohmann::json guests = nlohmann::json::array(), chapters = nlohmann::json::array();
  for (std::size_t i = 0; i < InputLimits::kMaxPeople + 5; ++i) guests.push_back("Guest " + std::to_string(i));
  for (std::size_t i = 0; i < InputLimits::kMaxChapters + 1; ++i) {
    chapters.push_back({{"start_seconds", static_cast<int>(i)}, {"title", "c"}});
  }
  nlohmann::json j = corpus_with({{"guid", "g"}, {"title", "T"}, {"guests", guests}, {"chapters", chapters}});
  std::vector<std::string> warnings;
  Podcast podcast = podcast_from_json(j, "c.json", warnings);
  CHECK(podcast.episodes[0].guests.size() == InputLimits::kMaxPeople);
  CHECK(podcast.episodes[0].guests.back() == "Guest " + std::to_string(InputLimits::kMaxPeople - 1));
  CHECK(podcast.episodes[0].chapters.size() == InputLimits::kMaxChapters);
  CHECK(has_warning(warnings, "c.json: $.episodes[0].guests (episode \"g\"): 205 entries; only the first 200 are kept"));
  CHECK(has_warning(warnings, "c.json: $.episodes[0].chapters (episode \"g\"): 2001 entries; only the first 2000 are kept"));
  CHECK(warnings.size() == 2);
}

TEST_CASE("A transcript over its total size keeps the segments before the limit") {
  Podcast podcast{.title = "P"};
  Episode episode{.guid = "g", .title = "T"};
  const std::size_t segments = InputLimits::kMaxTranscriptBytes / InputLimits::kMaxTextBytes + 3;
  for (std::size_t i = 0; i < segments; ++i) {
    episode.transcript.push_back({static_cast<int>(i), "", std::string(InputLimits::kMaxTextBytes, 'w')});
  }
  podcast.episodes.push_back(episode);
  std::vector<std::string> warnings;
  apply_input_limits(podcast, "feed.xml", &warnings);
  CHECK(podcast.episodes[0].transcript.size() == InputLimits::kMaxTranscriptBytes / InputLimits::kMaxTextBytes);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].rfind("feed.xml: $.episodes[0].transcript (episode \"g\") (over 4194304 bytes of text): ", 0) == 0);
}

TEST_CASE("A corpus file over the file limit is refused before it is read") {
  TempDir dir;
  const std::string path = dir.file("sparse.json");
  std::ofstream(path) << "{}";
  std::filesystem::resize_file(path, InputLimits::kMaxCorpusFileBytes + 1);  // sparse: no disk used
  CHECK_THROWS_WITH(load_corpus_file(path), path + ": " + std::to_string(InputLimits::kMaxCorpusFileBytes + 1) +
                                                " bytes is over the limit of 536870912 bytes for a corpus file");
}

TEST_CASE("Cutting keeps whole UTF-8 characters") {
  std::string text = "a\xC3\xA9";  // "aé"
  CHECK(cut_utf8(text, 2));
  CHECK(text == "a");
  std::string short_text = "ok";
  CHECK_FALSE(cut_utf8(short_text, 2));
}
