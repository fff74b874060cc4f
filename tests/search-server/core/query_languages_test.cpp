// Query-side tests of analysis per language: search-server/core/query_languages.cpp (which
// languages a query is stemmed with) and the language rules of query_builder.cpp, as tables of
// query text -> Xapian query description.
#include "search-server/core/query_languages.hpp"

#include <catch2/catch.hpp>

#include "common/analysis_language.hpp"
#include "common/index_schema.hpp"
#include "indexer/index/index_writer.hpp"
#include "search-server/core/query_builder.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

// An index with one episode in each of the given languages; the first language has the most.
class LanguagesIndex {
 public:
  explicit LanguagesIndex(const std::vector<std::string>& languages) {
    IndexWriter writer(dir_.file("db"), TopicTagger());
    for (std::size_t i = 0; i < languages.size(); ++i) {
      Podcast podcast{.title = "Show " + languages[i]};
      podcast.listing.language = languages[i];
      for (std::size_t n = 0; n < (i == 0 ? 3 : 1); ++n) {
        podcast.episodes.push_back(Episode{.guid = std::to_string(n), .title = "Netzwerke " + std::to_string(n)});
      }
      writer.add_podcast(podcast, false);
    }
    writer.commit();
    db_ = Xapian::Database(dir_.file("db"));
  }
  const Xapian::Database& db() const { return db_; }

 private:
  testing::TempDir dir_;
  Xapian::Database db_;
};

Xapian::Query episodes() { return Xapian::Query(schema::kind_term(schema::kKindEpisode)); }

std::string built(const Xapian::Database& db, const std::string& query, std::vector<std::string> languages,
                  bool forced = false) {
  QueryBuilder builder(db, SynonymTable());
  QueryOptions options;
  options.languages = std::move(languages);
  options.languages_forced = forced;
  return builder.build(parse_query_syntax(query), options).query.get_description();
}

}  // namespace

TEST_CASE("One podcast's query is stemmed in its language; an index without languages in English") {
  LanguagesIndex index({"de-DE", "es"});
  Xapian::Query german(Xapian::Query::OP_FILTER, episodes(), Xapian::Query(schema::podcast_term("show de-de")));
  CHECK(query_languages(index.db(), german, "").codes == std::vector<std::string>{"de"});
  CHECK(query_languages(index.db(), episodes(), "").codes == std::vector<std::string>{"de", "es"});
  CHECK_FALSE(query_languages(index.db(), episodes(), "").forced);
  Xapian::WritableDatabase empty(std::string(), Xapian::DB_BACKEND_INMEMORY);
  CHECK(query_languages(empty, episodes(), "").codes == std::vector<std::string>{"en"});
}

TEST_CASE("A mixed index stems in at most kMaxQueryLanguages languages, the commonest first") {
  LanguagesIndex index({"nl", "de", "es", "fr", "ca", "it"});
  QueryLanguages chosen = query_languages(index.db(), episodes(), "");
  REQUIRE(chosen.codes.size() == kMaxQueryLanguages);
  CHECK(chosen.codes.front() == "nl");
}

TEST_CASE("lang= forces one language, and only known languages are accepted") {
  LanguagesIndex index({"de", "es"});
  QueryLanguages forced = query_languages(index.db(), episodes(), "fr-CA");
  CHECK(forced.codes == std::vector<std::string>{"fr"});
  CHECK(forced.forced);
  CHECK_FALSE(check_query_language(""));
  CHECK_FALSE(check_query_language("ja"));
  CHECK_FALSE(check_query_language("de-AT"));
  for (const char* bad : {"xx", "klingon", "d", "de!"}) {
    INFO(bad);
    std::optional<Error> error = check_query_language(bad);
    REQUIRE(error);
    CHECK(error->code == ErrorCode::kInvalidArgument);
    CHECK(error->message.rfind("lang must be", 0) == 0);
  }
}

TEST_CASE("Query words are stemmed by the languages searched") {
  LanguagesIndex index({"de"});
  struct Row { const char* input; std::vector<std::string> languages; bool forced; const char* expected; };
  const std::vector<Row> table = {
      // One language: its stem alone, as English always was.
      {"Häuser", {"de"}, false, "Query(Zhaus)"},
      {"houses", {"en"}, false, "Query(Zhous)"},
      // A language without a stemmer: the exact form.
      {"ラーメン", {"ja"}, false, "Query(ラーメン)"},
      // Several: the exact form (ranked first) and each stem within its language's documents.
      {"Häuser", {"de", "en"}, false, "Query((hauser SYNONYM (Zhaus FILTER XZde) SYNONYM (Zhauser FILTER XZen)))"},
      // A stem all languages share needs no filter.
      {"Netzwerk", {"de", "en"}, false, "Query((netzwerk SYNONYM Znetzwerk))"},
      {"Häuser", {"de", "ja"}, false, "Query((hauser SYNONYM (Zhaus FILTER XZde)))"},
      // Forced: the exact form and the stem, in every document.
      {"Häuser", {"en"}, true, "Query((hauser SYNONYM Zhauser))"},
      // Stopwords of any language searched are dropped outside phrases.
      {"die Häuser", {"de"}, false, "Query(Zhaus)"},
      {"die Häuser", {"en"}, false, "Query(((Zdie AND Zhauser) AND_MAYBE (die NEAR 4 hauser)))"},
      {"los Häuser", {"de", "es"}, false, "Query((hauser SYNONYM Zhaus))"},
      // The jargon rules do not depend on the language.
      {"HTTP/3", {"de"}, false, "Query((http3 SYNONYM (http PHRASE 2 3)))"},
  };
  for (const Row& row : table) {
    INFO(row.input);
    CHECK(built(index.db(), row.input, row.languages, row.forced) == row.expected);
  }
}
