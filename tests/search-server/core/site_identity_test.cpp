// Tests for search-server/core/site_identity.cpp: the site's title and example queries, drawn from
// whatever podcast the index holds by one rule.
#include "search-server/core/site_identity.hpp"

#include <catch2/catch.hpp>

#include "indexer/index/index_writer.hpp"
#include "search-server/core/searcher.hpp"
#include "tests/support/netstack_index.hpp"

using namespace podseek;

namespace {

// An index of one made-up podcast about gardening: nothing in it comes from netstack.fm.
struct GardenIndex {
  testing::TempDir dir;
  std::string path() const { return dir.file("index"); }
  explicit GardenIndex(std::vector<Podcast> podcasts) {
    IndexWriter writer(path(), TopicTagger());
    for (const auto& podcast : podcasts) writer.add_podcast(podcast, false);
    writer.commit();
  }
};

Episode episode(int number, std::string title, std::vector<std::string> guests) {
  Episode e;
  e.guid = "garden-" + std::to_string(number);
  e.number = number;
  e.title = std::move(title);
  e.published = "2025-0" + std::to_string(number) + "-01";
  e.guests = std::move(guests);
  e.description = "In this episode we dig into the soil.";
  return e;
}

Podcast garden() {
  Podcast p;
  p.title = "Soil Matters";
  p.url = "https://soil.example/";
  p.episodes = {episode(1, "Compost episode for beginners", {"Ada Green"}),
                episode(2, "Compost and worms", {"Ada Green"}),
                episode(3, "Tomatoes in pots", {"Ben Root"}),
                episode(4, "Worms, tomatoes and the episode of the year", {"Ada Green"}),
                episode(5, "Winter episode", {}),
                episode(6, "Seeds episode", {})};
  return p;
}

}  // namespace

TEST_CASE("The site is named after the index's one podcast; several podcasts keep the product name") {
  GardenIndex one({garden()});
  Xapian::Database db(one.path());
  SiteDefaults defaults = site_defaults(db);
  CHECK(defaults.title == "Soil Matters");
  CHECK(defaults.podcasts == std::vector<std::string>{"Soil Matters"});

  Podcast other = garden();
  other.title = "Leaf Talk";
  for (auto& e : other.episodes) e.guid = "leaf-" + e.guid;
  GardenIndex two({garden(), other});
  Xapian::Database both(two.path());
  CHECK(site_defaults(both).title == "podseek");
  CHECK(site_defaults(both).podcasts == std::vector<std::string>{"Leaf Talk", "Soil Matters"});
}

TEST_CASE("Example title words are frequent but not in most episodes, and never stop words or numbers") {
  GardenIndex index({garden()});
  Xapian::Database db(index.path());
  // "episode" is in 4 of 6 titles: more than half, so it tells nothing apart. "and", "the", "of"
  // are stop words; "for", "in" too short or stop words; words of one title are too rare.
  CHECK(frequent_title_words(db, 10) == std::vector<std::string>{"tomatoes", "compost", "worms"});
}

TEST_CASE("Examples: the frequent title words, the guest heard most often, and each finds episodes") {
  GardenIndex index({garden()});
  Xapian::Database db(index.path());
  SiteDefaults defaults = site_defaults(db);
  CHECK(defaults.examples == std::vector<std::string>{"tomatoes", "compost", "guest:\"Ada Green\"", "worms"});
  IndexReader reader(index.path());
  Searcher searcher(reader, SynonymTable());
  for (const auto& example : defaults.examples) {
    INFO(example);
    auto response = searcher.search({.query = example});
    REQUIRE(response.ok());
    CHECK(response.value().total > 0);
  }
}

TEST_CASE("On the netstack.fm corpus the examples come from the same rule and all find episodes") {
  testing::NetstackIndex index;
  IndexReader reader(index.path());
  auto defaults = read_site_defaults(reader);
  REQUIRE(defaults.ok());
  CHECK(defaults.value().title == "netstack.fm");
  const auto& examples = defaults.value().examples;
  INFO("examples: " << Catch::Detail::stringify(examples));
  CHECK(examples.size() == kMaxSiteExamples);
  Searcher searcher(reader, SynonymTable());
  for (const auto& example : examples) {
    INFO(example);
    CHECK(example.find("netstack") == std::string::npos);
    auto response = searcher.search({.query = example});
    REQUIRE(response.ok());
    CHECK(response.value().total > 0);
  }
}

TEST_CASE("An index that cannot be read gives no site defaults, as an error") {
  IndexReader reader("/nonexistent/podseek-index");
  auto defaults = read_site_defaults(reader);
  REQUIRE_FALSE(defaults.ok());
  CHECK(defaults.error().code == ErrorCode::kUnavailable);
}

TEST_CASE("A word the titles write as a name comes first, as written") {
  Podcast p;
  p.title = "Bright Ideas";
  p.episodes = {episode(1, "Why LED lamps", {}), episode(2, "LED versus the sun", {}),
                episode(3, "Soil basics", {}), episode(4, "Water basics", {})};
  GardenIndex index({p});
  Xapian::Database db(index.path());
  CHECK(frequent_title_words(db, 10) == std::vector<std::string>{"LED", "basics"});
}

TEST_CASE("The site defaults are kept per index revision and follow a new one") {
  GardenIndex index({garden()});
  IndexReader reader(index.path());
  RevisionCache<SiteDefaults> cache;
  auto first = read_site_defaults(reader, cache);
  REQUIRE(first.ok());
  CHECK(first.value().title == "Soil Matters");
  {
    Podcast other = garden();
    other.title = "Leaf Talk";
    for (auto& e : other.episodes) e.guid = "leaf-" + e.guid;
    IndexWriter writer(index.path(), TopicTagger());
    writer.add_podcast(other, false);
    writer.commit();
  }
  auto after = read_site_defaults(reader, cache);
  REQUIRE(after.ok());
  CHECK(after.value().title == "podseek");
  CHECK(after.value().podcasts == std::vector<std::string>{"Leaf Talk", "Soil Matters"});
}

TEST_CASE("The guest example counts a name however it is written, and shows it as its newest episode does") {
  Podcast p = garden();
  p.episodes[4].guests = {"BEN ROOT"};
  p.episodes[5].guests = {"Ben Root"};  // the newest
  GardenIndex index({p});
  Xapian::Database db(index.path());
  const auto examples = site_defaults(db).examples;
  // Ben Root is in three episodes like Ada Green (once written "BEN ROOT"); the shorter name wins the tie.
  CHECK(std::find(examples.begin(), examples.end(), "guest:\"Ben Root\"") != examples.end());
  CHECK(std::find(examples.begin(), examples.end(), "guest:\"Ada Green\"") == examples.end());
}
