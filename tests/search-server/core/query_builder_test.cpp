// Table tests for search-server/query_builder.cpp: query text -> Xapian query description,
// against a small index whose vocabulary the vocabulary rules consult.
#include "search-server/core/query_builder.hpp"

#include <catch2/catch.hpp>

#include "indexer/index/index_writer.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

class VocabularyIndex {
 public:
  VocabularyIndex() {
    Podcast podcast{.title = "Show"};
    Episode e{.guid = "1", .number = 1, .title = "Web transport and zerocopy"};
    e.description = "Talking about the transport layer on the web, and copying zero bytes.";
    podcast.episodes.push_back(e);
    IndexWriter writer(dir_.file("db"), TopicTagger());
    writer.add_podcast(podcast, false);
    writer.commit();
    db_ = Xapian::Database(dir_.file("db"));
  }
  const Xapian::Database& db() const { return db_; }

 private:
  testing::TempDir dir_;
  Xapian::Database db_;
};

std::string built(const VocabularyIndex& index, const SynonymTable& synonyms, const std::string& query,
                  bool partial = false) {
  QueryBuilder builder(index.db(), synonyms);
  QueryOptions options;
  options.partial = partial;
  return builder.build(parse_query_syntax(query), options).query.get_description();
}

}  // namespace

TEST_CASE("Queries become Xapian queries by the shared analysis rules") {
  VocabularyIndex index;
  SynonymTable synonyms({{"h3", "http/3"}, {"doh", "dns over https"}});
  struct Row { const char* input; const char* expected; };
  const std::vector<Row> table = {
      // A plain word searches its stem.
      {"pooling", "Query(Zpool)"},
      // Stop words go, unless nothing else is left; words close together score more.
      {"quic in firefox", "Query(((Zquic AND Zfirefox) AND_MAYBE (quic NEAR 4 firefox)))"},
      {"the", "Query(Zthe)"},
      // Compounds: the joined form, or the parts in a row.
      {"HTTP/3", "Query((http3 SYNONYM (http PHRASE 2 3) SYNONYM (h3 SYNONYM (h PHRASE 2 3))))"},
      {"io_uring", "Query((iouring SYNONYM (io PHRASE 2 uring)))"},
      // A word the index knows as two words also matches them as a phrase.
      {"webtransport", "Query((Zwebtransport SYNONYM (web PHRASE 2 transport)))"},
      // Two words the index knows joined also match the joined word.
      {"zero copy", "Query((((Zzero AND Zcopi) OR zerocopy) AND_MAYBE (zero NEAR 4 copy)))"},
      // Synonyms, single and multi-word.
      {"doh", "Query((Zdoh SYNONYM (dns PHRASE 3 over PHRASE 3 https)))"},
      {"dns over https",
       "Query((((Zdns AND Zover AND Zhttps) OR Zdoh) AND_MAYBE (dns NEAR 5 over NEAR 5 https)))"},
      // Phrases use exact terms; a compound spans its parts.
      {"\"quic and http/3\"", "Query((quic PHRASE 4 and PHRASE 4 http3))"},
      // Fields and exclusions.
      {"title:zerocopy -web", "Query((ZSzerocopi AND_NOT Zweb))"},
      {"tls OR ssl", "Query((Ztls OR Zssl))"},
      {"-quic", "Query((<alldocuments> AND_NOT Zquic))"},
  };
  for (const Row& row : table) {
    INFO(row.input);
    CHECK(built(index, synonyms, row.input) == row.expected);
  }
}

TEST_CASE("While typing, the last word also matches its most frequent completions") {
  VocabularyIndex index;
  // Chosen from the whole index's term list (the same over shards), OR-ed: each weighs as a term.
  CHECK(built(index, SynonymTable(), "web tra", true) == "Query((Zweb AND (Ztra OR transport)))");
}

TEST_CASE("An empty query matches everything") {
  VocabularyIndex index;
  QueryBuilder builder(index.db(), SynonymTable());
  BuiltQuery query = builder.build(parse_query_syntax(""), {});
  CHECK(query.match_all);
}
