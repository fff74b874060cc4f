// End-to-end tests of analysis per language: the multilingual fixture corpus
// (tests/fixtures/languages) indexed together, searched through the Searcher.
#include <catch2/catch.hpp>

#include "common/corpus_json.hpp"
#include "indexer/index/index_writer.hpp"
#include "search-server/core/searcher.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

constexpr const char* kFixtures[] = {"de", "nl", "es", "ca", "fr", "ja", "zh", "th", "en"};

class MultilingualIndex {
 public:
  MultilingualIndex() {
    IndexWriter writer(path(), TopicTagger());
    for (const char* name : kFixtures) {
      const std::string file = std::string("tests/fixtures/languages/") + name + ".json";
      writer.add_podcast(load_corpus_file(testing::repo_file(file)), false);
    }
    writer.commit();
  }
  std::string path() const { return dir_.file("index"); }

 private:
  testing::TempDir dir_;
};

struct Fixture {
  MultilingualIndex index;
  IndexReader reader{index.path()};
  Searcher searcher{reader, SynonymTable()};

  // "podcast/number" of the episodes found, best first.
  std::vector<std::string> ids(SearchRequest request) {
    auto response = searcher.search(request);
    REQUIRE(response.ok());
    std::vector<std::string> out;
    for (const auto& hit : response.value().results) {
      out.push_back(hit.podcast + "/" + std::to_string(hit.episode.number.value_or(0)));
    }
    return out;
  }
};

}  // namespace

TEST_CASE("In each podcast's language a singular finds the plural, within that podcast") {
  Fixture f;
  struct Row { const char* podcast; const char* query; const char* episode; };
  const std::vector<Row> table = {
      {"Netzfunk", "Haus", "Netzfunk/1"},           // Häuser
      {"De Techcast", "boek", "De Techcast/1"},      // boeken
      {"Radio Código", "canción", "Radio Código/1"},  // canciones
      {"Radio Código", "episodios", "Radio Código/2"},  // the plural finds the singular too
      {"Xarxa Oberta", "xarxa", "Xarxa Oberta/1"},   // xarxes
      {"Les Ondes", "réseau", "Les Ondes/1"},        // réseaux
  };
  for (const Row& row : table) {
    INFO(row.podcast << ": " << row.query);
    CHECK(f.ids({.query = row.query, .podcasts = {row.podcast}}) == std::vector<std::string>{row.episode});
  }
}

TEST_CASE("Across the mixed index the commonest languages stem, and the others match exact forms") {
  Fixture f;
  // Nine languages, two episodes each: the first kMaxQueryLanguages in code order (ca de en es) stem.
  for (auto [query, episode] : {std::pair{"Haus", "Netzfunk/1"}, std::pair{"xarxa", "Xarxa Oberta/1"},
                                std::pair{"réseaux", "Les Ondes/1"}}) {
    INFO(query);
    std::vector<std::string> found = f.ids({.query = query});
    CHECK(std::find(found.begin(), found.end(), episode) != found.end());
  }
  CHECK(f.ids({.query = "réseau"}).empty());  // French is past the bound: only "réseaux" itself matches
}

TEST_CASE("In a mixed index an exact word ranks above its other forms") {
  Fixture f;
  // Episode 1 says "Netzwerke", episode 2 "Netzwerk".
  CHECK(f.ids({.query = "Netzwerke"}) == std::vector<std::string>{"Netzfunk/1", "Netzfunk/2"});
  CHECK(f.ids({.query = "Netzwerk"}) == std::vector<std::string>{"Netzfunk/2", "Netzfunk/1"});
}

TEST_CASE("Japanese, Chinese and Thai words are found inside unspaced text") {
  Fixture f;
  CHECK(f.ids({.query = "ラーメン"}) == std::vector<std::string>{"東京ポッドキャスト/1"});
  CHECK(f.ids({.query = "大阪"}) == std::vector<std::string>{"東京ポッドキャスト/2"});
  CHECK(f.ids({.query = "网络"}) == std::vector<std::string>{"技术播客/1"});
  CHECK(f.ids({.query = "คอมพิวเตอร์"}) == std::vector<std::string>{"พอดแคสต์ไทย/1"});
}

TEST_CASE("A German stopword is dropped from a query in German podcasts") {
  Fixture f;
  // No episode has "die"; dropped, the query finds Häuser.
  CHECK(f.ids({.query = "die Häuser", .podcasts = {"Netzfunk"}}) == std::vector<std::string>{"Netzfunk/1"});
}

TEST_CASE("lang= forces the stemming language") {
  Fixture f;
  CHECK(f.ids({.query = "réseau", .lang = "fr"}) == std::vector<std::string>{"Les Ondes/1"});
  CHECK(f.ids({.query = "réseau", .lang = "fr-CA"}) == std::vector<std::string>{"Les Ondes/1"});
  // The exact form always matches, whatever the language forced.
  CHECK(f.ids({.query = "ラーメン", .lang = "de"}) == std::vector<std::string>{"東京ポッドキャスト/1"});
  auto bad = f.searcher.search({.query = "Haus", .lang = "xx"});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == ErrorCode::kInvalidArgument);
  CHECK(bad.error().message.rfind("lang must be", 0) == 0);
}

TEST_CASE("The jargon rules find HTTP/3 written as http3 in a German podcast") {
  Fixture f;
  CHECK(f.ids({.query = "http3", .podcasts = {"Netzfunk"}}) == std::vector<std::string>{"Netzfunk/1"});
}
