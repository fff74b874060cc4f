// Tests for bench/shard_layouts.cpp: shards merged with xapian-compact are the layouts
// podseek-indexer writes for the same episodes (4 shards into 2, and into one plain index):
// the same documents in each shard, the same dictionary (spelling and metadata), and the same
// answers to requests of every class.
#include "bench/shard_layouts.hpp"

#include <map>
#include <set>

#include <catch2/catch.hpp>
#include <xapian.h>

#include "bench/corpus_generator.hpp"
#include "common/index_schema.hpp"
#include "indexer/index/index_writer.hpp"
#include "indexer/index/shard_layout.hpp"
#include "search-server/core/searcher.hpp"
#include "tests/support/answer_compare.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/support/query_classes.hpp"
#include "tests/temp_dir.hpp"

namespace podseek {
namespace {

void index_corpus(const std::string& path, const bench::SyntheticCorpus& corpus, unsigned shards) {
  IndexWriter writer(path, TopicTagger::load_file(testing::repo_file("data/topics.json")), shards);
  for (const Podcast& podcast : corpus.podcasts) writer.add_podcast(podcast, false);
  writer.commit();
}

// Every document's id term (Q…) with its data and values: what a shard holds, whatever its docids.
std::map<std::string, std::string> documents_of(const std::string& path) {
  Xapian::Database db(path);
  std::map<std::string, std::string> out;
  for (auto term = db.allterms_begin(std::string(schema::kIdPrefix)); term != db.allterms_end(std::string(schema::kIdPrefix)); ++term) {
    Xapian::Document doc = db.get_document(*db.postlist_begin(*term));
    std::string content = doc.get_data();
    for (auto value = doc.values_begin(); value != doc.values_end(); ++value) {
      content += "|" + std::to_string(value.get_valueno()) + "=" + *value;
    }
    out[*term] = content;
  }
  return out;
}

// Spelling words with their frequencies, and metadata but for the commit time.
std::map<std::string, std::string> dictionary_of(const std::string& path) {
  Xapian::Database db(path);
  std::map<std::string, std::string> out;
  for (auto word = db.spellings_begin(); word != db.spellings_end(); ++word) {
    out["spelling " + *word] = std::to_string(word.get_termfreq());
  }
  for (auto key = db.metadata_keys_begin(); key != db.metadata_keys_end(); ++key) {
    if (*key != schema::kCommittedAtKey) out["metadata " + *key] = db.get_metadata(*key);
  }
  return out;
}

void check_same_answers(const std::string& got_path, const std::string& want_path, const bench::SyntheticCorpus& corpus) {
  IndexReader got_reader(got_path), want_reader(want_path);
  Searcher got(got_reader, SynonymTable()), want(want_reader, SynonymTable());
  for (const auto& [kind, request] : testing::requests_of_every_class(corpus, 20)) {
    INFO(kind << " q=[" << request.query << "] page " << request.page);
    Expected<SearchResponse> a = got.search(request), b = want.search(request);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    testing::check_same_answer(a.value(), b.value());
  }
}

}  // namespace

TEST_CASE("4 shards merged into 2 and into one are the layouts the indexer writes", "[bench][shards]") {
  testing::TempDir dir;
  const bench::SyntheticCorpus corpus = bench::generate_corpus({.episodes = 150, .seed = 7});
  index_corpus(dir.file("four"), corpus, 4);
  index_corpus(dir.file("two"), corpus, 2);
  index_corpus(dir.file("plain"), corpus, 0);
  bench::merge_shards(dir.file("four"), 4, 2, dir.file("two-merged"));
  bench::merge_into_plain(dir.file("four"), 4, dir.file("plain-merged"));

  for (unsigned i = 0; i < 2; ++i) {
    INFO("shard " << i);
    const auto merged = documents_of(dir.file("two-merged/" + shard_name(i)));
    CHECK(merged.size() > 150);  // episodes, chapters and segments
    CHECK(merged == documents_of(dir.file("two/" + shard_name(i))));
  }
  CHECK(dictionary_of(dir.file("two-merged/dictionary")) == dictionary_of(dir.file("two/dictionary")));
  CHECK(Xapian::Database(dir.file("two-merged/dictionary")).get_metadata(std::string(kShardsMetadataKey)) == "2");
  CHECK(documents_of(dir.file("plain-merged")) == documents_of(dir.file("plain")));
  CHECK(dictionary_of(dir.file("plain-merged")) == dictionary_of(dir.file("plain")));  // no "shards" key

  check_same_answers(dir.file("two-merged"), dir.file("two"), corpus);
  check_same_answers(dir.file("plain-merged"), dir.file("plain"), corpus);
  // An index the indexer can keep updating: it opens as the sharded layout it says it is.
  CHECK_NOTHROW(IndexWriter(dir.file("two-merged"), TopicTagger(), 2));
}

TEST_CASE("Shards merge only into a count that divides theirs", "[bench][shards]") {
  testing::TempDir dir;
  CHECK_THROWS_AS(bench::merge_shards(dir.file("four"), 4, 3, dir.file("three")), std::invalid_argument);
  CHECK_THROWS_AS(bench::merge_shards(dir.file("four"), 4, 0, dir.file("none")), std::invalid_argument);
}

}  // namespace podseek
