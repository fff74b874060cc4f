// The Sphinx baseline must measure something: on a small generated corpus, searchd started by the
// bench finds what podseek finds (the same corpus, so comparable totals for plain words), counts
// facets, finds chapters, and answers the load without errors. Skipped, saying so, where
// sphinxsearch is not installed. No timing here.
#include <catch2/catch.hpp>

#include <cmath>

#include "bench/corpus_generator.hpp"
#include "bench/podseek_runner.hpp"
#include "bench/query_mix.hpp"
#include "bench/sphinx_index.hpp"
#include "bench/sphinx_load.hpp"
#include "bench/sphinx_runner.hpp"
#include "common/ascii_text.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;
using namespace podseek::bench;

namespace {

// Totals of the same plain-word query: stemmers and stop words differ (Snowball against Porter),
// so a few percent apart, never one empty and the other not.
bool roughly_equal(long podseek_total, long sphinx_total) {
  if (podseek_total == 0 || sphinx_total == 0) return podseek_total == sphinx_total;
  double a = static_cast<double>(podseek_total), b = static_cast<double>(sphinx_total);
  return std::abs(a - b) <= 0.1 * std::max(a, b) + 1;
}

// A query of plain lower-case words: jargon (`XDP` inside `AF_XDP`, `web` inside `WebTransport`)
// is split by podseek's analyser and kept whole by Sphinx's, so only plain words that are no
// part of such a compound in the vocabulary compare.
bool plain_words(const BenchQuery& q, const SyntheticCorpus& corpus) {
  for (const auto& w : q.words) {
    for (char c : w) {
      if (!(c >= 'a' && c <= 'z') && c != ' ') return false;
    }
    for (const auto& v : corpus.vocabulary) {  // part of a jargon compound: compared elsewhere
      std::string lower = ascii::lower(v);
      bool jargon = v != lower || lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
      if (jargon && lower != w && lower.find(w) != std::string::npos) return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("Sphinx finds what podseek finds in the same generated corpus, with facets and chapters") {
  if (!sphinx_available()) {
    WARN("skipped: sphinxsearch (indexer, searchd) is not installed");
    return;
  }
  testing::TempDir dir;
  SyntheticCorpus corpus = generate_corpus({300, 9});
  TopicTagger tagger = TopicTagger::load_file(PODSEEK_SOURCE_DIR "/data/topics.json");
  index_with_podseek(corpus, dir.file("podseek.db"), tagger);
  index_with_sphinx(corpus, dir.file("sphinx"), tagger);
  SphinxServer searchd(dir.file("sphinx"));
  SphinxIds ids(corpus);
  PodseekRunner podseek(dir.file("podseek.db"), SynonymTable());
  SphinxRunner sphinx(searchd.port(), ids, static_cast<long>(ids.guests.size()));
  long podseek_sum = 0, sphinx_sum = 0, chapter_hits = 0, compared = 0;
  for (QueryClass kind : {QueryClass::kCommonWord, QueryClass::kRareWord, QueryClass::kTwoWords, QueryClass::kPhrase}) {
    for (const auto& q : make_queries(corpus, kind, 15, 4)) {
      QueryOutcome p = podseek.run(q), s = sphinx.run(q);
      INFO(query_class_name(kind) << ": " << q.podseek_text() << " / " << q.sphinx_match() << ": podseek " << p.total
                                  << ", Sphinx " << s.total);
      CHECK(s.total > 0);
      if (!plain_words(q, corpus)) continue;
      CHECK(roughly_equal(p.total, s.total));
      CHECK(s.results == std::min<long>(s.total, 10));
      CHECK(s.facet_values > 0);
      compared++;
      podseek_sum += p.total;
      sphinx_sum += s.total;
      chapter_hits += s.chapter_hits;
    }
  }
  CHECK(compared >= 30);
  CHECK(roughly_equal(podseek_sum, sphinx_sum));
  CHECK(chapter_hits > 0);
  BenchQuery browse = make_queries(corpus, QueryClass::kBrowse, 1, 2).front();
  CHECK(sphinx.run(browse).total == 300);
  for (const auto& q : make_queries(corpus, QueryClass::kFacetFilter, 10, 4)) {
    INFO("facet_filter: " << q.podseek_text() << " guest " << q.guest);
    CHECK(sphinx.run(q).total > 0);
  }
}

TEST_CASE("The searchd load answers the mix at each connection count without errors") {
  if (!sphinx_available()) {
    WARN("skipped: sphinxsearch (indexer, searchd) is not installed");
    return;
  }
  testing::TempDir dir;
  SyntheticCorpus corpus = generate_corpus({100, 9});
  index_with_sphinx(corpus, dir.file("sphinx"), TopicTagger::load_file(PODSEEK_SOURCE_DIR "/data/topics.json"));
  SphinxServer searchd(dir.file("sphinx"));
  SphinxIds ids(corpus);
  std::vector<BenchQuery> mix;
  for (QueryClass kind : all_query_classes()) {
    for (const auto& q : make_queries(corpus, kind, 3, 1)) mix.push_back(q);
  }
  HttpFigures load = measure_sphinx_load({searchd.port(), static_cast<long>(ids.guests.size()), {1, 4}, 1}, ids, mix);
  INFO(load.note);
  REQUIRE(load.ran);
  REQUIRE(load.levels.size() == 2);
  for (const auto& level : load.levels) {
    CHECK(level.requests > 0);
    CHECK(level.errors == 0);
  }
}
