// A new index is built in bulk (a private directory, committed in batches, compacted, renamed
// into place); an update of an existing one in one transaction. Both must give the same answers
// on a generated corpus: totals, the top 10 ids, every facet count and the spelling correction
// of every query class. And a bulk build that is never committed leaves nothing behind.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "bench/corpus_generator.hpp"
#include "bench/query_mix.hpp"
#include "indexer/index/index_writer.hpp"
#include "search-server/core/index_reader.hpp"
#include "search-server/core/searcher.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;
using namespace podseek::bench;

namespace {

TopicTagger topics() { return TopicTagger::load_file(PODSEEK_SOURCE_DIR "/data/topics.json"); }

void build(const SyntheticCorpus& corpus, const std::string& path, int batch) {
  IndexWriter writer(path, topics(), batch);
  for (const auto& podcast : corpus.podcasts) writer.add_podcast(podcast, false);
  writer.commit();
}

std::string facets_text(const std::vector<FacetValue>& facet, int values) {
  std::string out = std::to_string(values) + ":";
  for (const auto& f : facet) out += f.value + "=" + std::to_string(f.count) + ",";
  return out;
}

// Everything of an answer that a build could change.
std::string answer(const Searcher& searcher, const BenchQuery& q) {
  SearchRequest request;
  request.query = q.podseek_text();
  request.partial = q.partial;
  if (!q.guest.empty()) request.guests = {q.guest};
  Expected<SearchResponse> response = searcher.search(request);
  REQUIRE(response.ok());
  const SearchResponse& r = response.value();
  std::string out = "total " + std::to_string(r.total) + " corrected " + r.corrected_query.value_or("-") + " ids";
  for (const auto& hit : r.results) out += " " + hit.id + "/" + std::to_string(hit.chapters.size());
  out += " guests " + facets_text(r.guest_facet, r.guest_values) + " topics " + facets_text(r.topic_facet, r.topic_values) +
         " podcasts " + facets_text(r.podcast_facet, r.podcast_values);
  return out;
}

}  // namespace

TEST_CASE("A bulk build in batches answers every query class exactly as a one-transaction update") {
  testing::TempDir dir;
  SyntheticCorpus corpus = generate_corpus({400, 11});
  const std::string bulk = dir.file("bulk.db"), update = dir.file("update.db");
  build(corpus, bulk, 64);  // a new index: bulk, 7 batches
  Xapian::WritableDatabase(update, Xapian::DB_CREATE).commit();  // exists: one transaction
  build(corpus, update, 64);
  CHECK_FALSE(std::filesystem::exists(bulk + ".building"));
  CHECK(Xapian::Database(bulk).get_doccount() == Xapian::Database(update).get_doccount());

  IndexReader bulk_reader(bulk), update_reader(update);
  Searcher from_bulk(bulk_reader, SynonymTable()), from_update(update_reader, SynonymTable());
  int compared = 0, corrected = 0;
  for (QueryClass kind : all_query_classes()) {
    for (const auto& q : make_queries(corpus, kind, 12, 3)) {
      std::string a = answer(from_bulk, q), b = answer(from_update, q);
      INFO(query_class_name(kind) << ": " << q.podseek_text());
      CHECK(a == b);
      compared++;
      if (a.find("corrected -") == std::string::npos) corrected++;
    }
  }
  CHECK(compared >= 90);
  CHECK(corrected > 0);  // the spelling tables were compared too
}

TEST_CASE("A bulk build destroyed without commit leaves no index and no build directory, and locks out a second builder") {
  testing::TempDir dir;
  SyntheticCorpus corpus = generate_corpus({150, 2});
  const std::string path = dir.file("new.db");
  {
    IndexWriter writer(path, topics(), 40);
    for (const auto& podcast : corpus.podcasts) writer.add_podcast(podcast, false);
    CHECK(std::filesystem::exists(path + ".building"));
    CHECK_THROWS_AS(IndexWriter(path, topics()), Xapian::DatabaseLockError);  // one builder at a time
  }
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK_FALSE(std::filesystem::exists(path + ".building"));
}
