// A new index is built in bulk (a private folder, committed in batches, each database compacted,
// renamed into place); an update of an existing one in one transaction. Both must give the same
// answers on a generated corpus, for a plain and for a sharded index: totals, the top 10 ids with
// their chapter hits and snippets, every facet count, and the spelling correction of every query
// class. A hidden case ([.answers]) writes the same answers to a file, to compare code versions.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

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

void build(const SyntheticCorpus& corpus, const std::string& path, unsigned shards, int batch) {
  IndexWriter writer(path, topics(), shards, batch);
  for (const auto& podcast : corpus.podcasts) writer.add_podcast(podcast, false);
  writer.commit();
}

// An index that exists but holds nothing, so that the next writer updates it in one transaction.
void create_empty(const std::string& path, unsigned shards) {
  if (shards > 1) {
    IndexWriter(path, TopicTagger(), shards).commit();  // a bulk build of nothing
  } else {
    Xapian::WritableDatabase(path, Xapian::DB_CREATE).commit();
  }
}

std::string facet_text(const char* name, const std::vector<FacetValue>& facet, int values) {
  std::string out = std::string(" ") + name + " " + std::to_string(values) + ":";
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
  std::string out = "total " + std::to_string(r.total) + " corrected " + r.corrected_query.value_or("-") +
                    " suggestion " + r.suggestion.value_or("-") + " ids";
  for (const auto& hit : r.results) {
    out += " " + hit.id + " [" + hit.snippet + "]";
    for (const auto& chapter : hit.chapters) out += " @" + std::to_string(chapter.start_seconds) + chapter.title_html;
    out += " segments " + std::to_string(hit.transcript.size());
  }
  out += facet_text("guests", r.guest_facet, r.guest_values) + facet_text("topics", r.topic_facet, r.topic_values) +
         facet_text("podcasts", r.podcast_facet, r.podcast_values) +
         facet_text("languages", r.language_facet, r.language_values) +
         facet_text("categories", r.category_facet, r.category_values);
  return out;
}

struct Answers {
  std::vector<std::string> queries, texts;
  int corrected = 0;
};

Answers answers_of(const std::string& path, const SyntheticCorpus& corpus) {
  IndexReader reader(path);
  Searcher searcher(reader, SynonymTable());
  Answers out;
  for (QueryClass kind : all_query_classes()) {
    for (const auto& q : make_queries(corpus, kind, 10, 3)) {
      out.queries.push_back(std::string(query_class_name(kind)) + ": " + q.podseek_text());
      out.texts.push_back(answer(searcher, q));
      if (out.texts.back().find("corrected -") == std::string::npos) out.corrected++;
    }
  }
  return out;
}

void check_same_answers(unsigned shards) {
  testing::TempDir dir;
  SyntheticCorpus corpus = generate_corpus({200, 11});
  const std::string bulk = dir.file("bulk"), update = dir.file("update");
  build(corpus, bulk, shards, 32);  // a new index: bulk, 7 batches
  create_empty(update, shards);
  build(corpus, update, shards, 32);  // it exists: one transaction
  CHECK_FALSE(std::filesystem::exists(bulk + ".building"));
  CHECK(Xapian::Database(bulk).get_doccount() == Xapian::Database(update).get_doccount());
  CHECK(std::filesystem::exists(bulk + "/XAPIANDB") == (shards > 1));

  Answers from_bulk = answers_of(bulk, corpus), from_update = answers_of(update, corpus);
  REQUIRE(from_bulk.texts.size() == from_update.texts.size());
  for (std::size_t i = 0; i < from_bulk.texts.size(); ++i) {
    INFO(from_bulk.queries[i]);
    CHECK(from_bulk.texts[i] == from_update.texts[i]);
  }
  CHECK(from_bulk.texts.size() >= 70);
  CHECK(from_bulk.corrected > 0);  // the spelling tables were compared too
}

}  // namespace

TEST_CASE("A plain index built in bulk answers every query class exactly as a one-transaction update") {
  check_same_answers(1);
}

TEST_CASE("A sharded index built in bulk answers every query class exactly as a one-transaction update") {
  check_same_answers(3);
}

// By hand, to show that a change of the indexer keeps every answer: run it at two commits with
// PODSEEK_ANSWERS_OUT set to two files and diff them. It builds 1,000 episodes.
TEST_CASE("The answers of every query class are written to PODSEEK_ANSWERS_OUT", "[.answers]") {
  const char* out_path = std::getenv("PODSEEK_ANSWERS_OUT");
  REQUIRE(out_path != nullptr);
  testing::TempDir dir;
  SyntheticCorpus corpus = generate_corpus({1000, 42});
  build(corpus, dir.file("index"), 1, IndexWriter::kBulkBatchEpisodes);
  Answers answers = answers_of(dir.file("index"), corpus);
  std::ofstream out(out_path);
  for (std::size_t i = 0; i < answers.texts.size(); ++i) out << answers.queries[i] << "\n  " << answers.texts[i] << "\n";
  CHECK(out.good());
}
