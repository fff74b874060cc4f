// The search core's cheaper plans give exactly the answers of the plans they replace, on one
// generated corpus, for requests of every class (tests/support/query_classes.hpp: words,
// phrases, prefixes, facet filters, typos that spelling corrects, browsing; every sort, pages
// 1-3): totals, result ids in order, snippets, chapter hits, every facet count, corrections.
// - facets counted by our own facet-row spy (one value a match; a browse without filters from
//   counts kept per index revision) and by slot-run spies against Xapian's built-in ValueCountMatchSpy
//   (facet_spy.hpp), the plan shards and the search core used before.
#include <map>

#include <catch2/catch.hpp>

#include "bench/corpus_generator.hpp"
#include "common/topic_tagger.hpp"
#include "indexer/index/index_writer.hpp"
#include "search-server/core/searcher.hpp"
#include "tests/support/answer_compare.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/support/query_classes.hpp"
#include "tests/temp_dir.hpp"

namespace podseek {
namespace {

using testing::repo_file;

constexpr std::size_t kPerClass = 80;

void index_corpus(const std::string& path, const bench::SyntheticCorpus& corpus) {
  IndexWriter writer(path, TopicTagger::load_file(repo_file("data/topics.json")));
  for (const Podcast& podcast : corpus.podcasts) writer.add_podcast(podcast, false);
  writer.commit();
}

// Episodes with two or more guests: those whose slot runs the slot-run spy stops in the middle of.
std::size_t with_several_guests(const bench::SyntheticCorpus& corpus) {
  std::size_t n = 0;
  for (const auto& podcast : corpus.podcasts) {
    for (const auto& episode : podcast.episodes) n += episode.guests.size() > 1;
  }
  return n;
}

}  // namespace

TEST_CASE("facets counted by slot-run and facet-row spies are exactly the built-in spies' counts", "[facets][plans]") {
  testing::TempDir dir;
  const bench::SyntheticCorpus corpus = bench::generate_corpus({.episodes = 300, .seed = 1717});
  REQUIRE(with_several_guests(corpus) > 40);
  index_corpus(dir.file("index"), corpus);
  IndexReader reader(dir.file("index"));
  const SynonymTable synonyms = SynonymTable::load_file(repo_file("data/synonyms.json"));
  REQUIRE(has_facet_rows(reader.database()));  // the default plan below is the facet row's
  Searcher facet_row(reader, synonyms);
  Searcher slot_runs(reader, synonyms, SearcherOptions{.local_facet_plan = FacetSpyPlan::kSlotRuns});
  Searcher built_in(reader, synonyms, SearcherOptions{.local_facet_plan = FacetSpyPlan::kBuiltIn});

  std::map<std::string, int> compared, guests_counted, chosen;
  for (const auto& [kind, request] : testing::requests_of_every_class(corpus, kPerClass)) {
    INFO(kind << " q=[" << request.query << "] page " << request.page << " partial " << request.partial);
    Expected<SearchResponse> want = built_in.search(request);
    Expected<SearchResponse> got = slot_runs.search(request);
    Expected<SearchResponse> from_rows = facet_row.search(request);
    REQUIRE(want.ok());
    REQUIRE(got.ok());
    REQUIRE(from_rows.ok());
    testing::check_same_answer(got.value(), want.value());
    testing::check_same_answer(from_rows.value(), want.value());
    compared[kind]++;
    guests_counted[kind] += want.value().guest_values;
    chosen[kind] += !request.guests.empty() || !request.topics.empty() || !request.podcasts.empty();
  }
  for (const char* kind : {"words", "phrase", "prefix", "filter", "typo", "browse"}) {
    INFO(kind);
    CHECK(compared[kind] == static_cast<int>(kPerClass));
    CHECK(guests_counted[kind] > 0);  // facets with values were compared, not empty lists
  }
  CHECK(chosen["filter"] > 40);  // a chosen facet is counted by a pass of its own: compared too
}

}  // namespace podseek
