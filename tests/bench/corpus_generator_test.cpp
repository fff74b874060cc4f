// The benchmark's synthetic corpus and query mix: deterministic, valid, and fair to both
// engines (each finds what a query drawn from the corpus asks for). No timing here.
#include <catch2/catch.hpp>

#include <set>

#include "bench/corpus_generator.hpp"
#include "bench/podseek_runner.hpp"
#include "bench/query_mix.hpp"
#include "bench/sqlite_runner.hpp"
#include "common/corpus_json.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;
using namespace podseek::bench;

TEST_CASE("The same size and seed give the same corpus, another seed another") {
  auto a = podcast_to_json(generate_corpus({150, 7}).podcasts.front());
  auto b = podcast_to_json(generate_corpus({150, 7}).podcasts.front());
  auto c = podcast_to_json(generate_corpus({150, 8}).podcasts.front());
  CHECK(a == b);
  CHECK(a != c);
}

TEST_CASE("A generated corpus has the asked size and passes the corpus checks") {
  SyntheticCorpus corpus = generate_corpus({300, 3});
  std::size_t episodes = 0;
  for (const auto& podcast : corpus.podcasts) {
    CHECK_NOTHROW(validate_podcast(podcast, "generated"));
    CHECK_NOTHROW(podcast_from_json(podcast_to_json(podcast), "round trip"));
    for (const auto& e : podcast.episodes) {
      CHECK(e.chapters.size() >= 5);
      CHECK(e.chapters.size() <= 25);
      CHECK(!e.guests.empty());
      CHECK(e.guests.size() <= 3);
    }
    episodes += podcast.episodes.size();
  }
  CHECK(episodes == 300);
  CHECK(corpus.podcasts.size() == 17);  // about the square root of the size, at most 300
}

TEST_CASE("Query instances of a class are distinct when the corpus allows") {
  SyntheticCorpus corpus = generate_corpus({300, 3});
  for (QueryClass kind : {QueryClass::kCommonWord, QueryClass::kTwoWords, QueryClass::kPhrase, QueryClass::kTypo}) {
    auto queries = make_queries(corpus, kind, 30, 1);
    std::set<std::string> texts;
    for (const auto& q : queries) texts.insert(q.podseek_text() + "|" + q.guest);
    CHECK(queries.size() == 30);
    CHECK(texts.size() == 30);
  }
}

TEST_CASE("Both engines find the episodes of words and phrases drawn from the corpus") {
  testing::TempDir dir;
  SyntheticCorpus corpus = generate_corpus({120, 5});
  TopicTagger tagger = TopicTagger::load_file(PODSEEK_SOURCE_DIR "/data/topics.json");
  index_with_podseek(corpus, dir.file("podseek.db"), tagger);
  index_with_sqlite(corpus, dir.file("fts5.sqlite"), tagger);
  PodseekRunner podseek(dir.file("podseek.db"), SynonymTable());
  SqliteRunner sqlite(dir.file("fts5.sqlite"));
  for (QueryClass kind : {QueryClass::kCommonWord, QueryClass::kRareWord, QueryClass::kPhrase, QueryClass::kFacetFilter}) {
    for (const auto& q : make_queries(corpus, kind, 10, 2)) {
      INFO(query_class_name(kind) << ": " << q.podseek_text() << " / " << q.fts5_match());
      CHECK(podseek.run(q).total > 0);
      CHECK(sqlite.run(q).total > 0);
    }
  }
  BenchQuery browse = make_queries(corpus, QueryClass::kBrowse, 1, 2).front();
  CHECK(podseek.run(browse).total == 120);
  CHECK(sqlite.run(browse).total == 120);
}
