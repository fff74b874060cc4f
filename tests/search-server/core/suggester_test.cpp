// Tests for search-server/core/suggester.cpp: what type-ahead completes to, and from where.
#include "search-server/core/suggester.hpp"

#include <catch2/catch.hpp>

#include "indexer/index/index_writer.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

// One episode whose show notes, description and title hold URLs and dotted names.
class UrlIndex {
 public:
  UrlIndex() {
    Podcast podcast{.title = "Show"};
    Episode e{.guid = "1", .number = 1, .title = "Tokio.rs turns five: see https://tokiotalk.example/live"};
    e.description = "Read https://tokionotes.example/blog and tokyoite@mail.example for more.";
    e.links = {{"https://tokiolinks.example/page", "Token bucket notes"}};
    e.chapters = {{"Toki Pona, a small language", 0}};
    e.listing.categories = {"Technology > Tooling"};
    e.guests = {"Tokala Smith"};
    podcast.episodes.push_back(e);
    IndexWriter writer(dir_.file("db"), TopicTagger());
    writer.add_podcast(podcast, false);
    writer.commit();
  }
  std::string path() const { return dir_.file("db"); }

 private:
  testing::TempDir dir_;
};

std::vector<std::string> texts(const std::vector<Suggestion>& suggestions, const std::string& kind) {
  std::vector<std::string> out;
  for (const auto& s : suggestions) {
    if (s.kind == kind) out.push_back(s.text);
  }
  return out;
}

}  // namespace

TEST_CASE("Type-ahead never completes to a URL or a piece of one") {
  UrlIndex index;
  IndexReader reader(index.path());
  Suggester suggester(reader);
  auto suggestions = suggester.suggest("tok", 20);
  REQUIRE(suggestions.ok());
  std::vector<std::string> terms = texts(suggestions.value(), "term");
  // From the title's dotted name, the chapter title, the guest and the category (none of the
  // show notes, the description's URL, the e-mail address or the title's URL).
  CHECK(terms == std::vector<std::string>{"tokala", "toki", "tokio"});
  for (const char* fragment : {"tokiors", "tokiotalk", "tokionotes", "tokiolinks", "tokyoite", "token"}) {
    INFO(fragment);
    CHECK(std::find(terms.begin(), terms.end(), fragment) == terms.end());
  }
  auto categories = suggester.suggest("tool", 20);
  REQUIRE(categories.ok());
  CHECK(texts(categories.value(), "term") == std::vector<std::string>{"tooling"});  // from the category
}

TEST_CASE("Type-ahead on netstack.fm completes tok to tokio, not to tokiors") {
  testing::NetstackIndex index;
  IndexReader reader(index.path());
  Suggester suggester(reader);
  auto suggestions = suggester.suggest("tok", 8);
  REQUIRE(suggestions.ok());
  std::vector<std::string> terms = texts(suggestions.value(), "term");
  CHECK(std::find(terms.begin(), terms.end(), "tokio") != terms.end());
  CHECK(std::find(terms.begin(), terms.end(), "tokiors") == terms.end());
}

TEST_CASE("Type-ahead offers categories, the episode's own or else its podcast's, as filters") {
  testing::TempDir dir;
  Podcast podcast{.title = "Radio Zwei"};
  podcast.listing.categories = {"Technology", "Technology > Tech News"};
  Episode inherits{.guid = "1", .number = 1, .title = "Routers"};
  Episode own{.guid = "2", .number = 2, .title = "Plays"};
  own.listing.categories = {"Arts", "Arts > Performing Arts"};
  podcast.episodes = {inherits, own};
  IndexWriter writer(dir.file("db"), TopicTagger());
  writer.add_podcast(podcast, false);
  writer.commit();

  IndexReader reader(dir.file("db"));
  Suggester suggester(reader);
  auto tech = suggester.suggest("tech n", 20);
  REQUIRE(tech.ok());
  // Every typed word starts a word of the category: "tech n" names Tech News only.
  CHECK(texts(tech.value(), "category") == std::vector<std::string>{"Technology > Tech News"});
  auto perf = suggester.suggest("perf", 20);
  REQUIRE(perf.ok());
  CHECK(texts(perf.value(), "category") == std::vector<std::string>{"Arts > Performing Arts"});
  auto arts = suggester.suggest("arts", 20);
  REQUIRE(arts.ok());
  CHECK(texts(arts.value(), "category") == std::vector<std::string>{"Arts", "Arts > Performing Arts"});
  auto none = suggester.suggest("routers", 20);
  REQUIRE(none.ok());
  CHECK(texts(none.value(), "category").empty());
}
