// Identical answers from one index and from the same episodes as 4 shards: local shards (the
// folder podseek-indexer --shards writes) and shards behind 4 real xapian-tcpsrv processes on
// 127.0.0.1 with the dictionary local, for at least 200 requests of every class.
#include <filesystem>
#include <map>

#include <catch2/catch.hpp>

#include "bench/corpus_generator.hpp"
#include "common/topic_tagger.hpp"
#include "indexer/index/index_writer.hpp"
#include "indexer/index/shard_layout.hpp"
#include "search-server/core/searcher.hpp"
#include "tests/support/answer_compare.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/support/query_classes.hpp"
#include "tests/support/tcpsrv_shards.hpp"
#include "tests/temp_dir.hpp"

namespace podseek {
namespace {

using testing::repo_file;

constexpr unsigned kShards = 4;
constexpr std::size_t kPerClass = 200;

// Many equal lengths (whole quarter hours) and some unknown ones, so that sort=duration has ties
// on every page and the tie order (by episode id) is compared.
void make_durations_tie(Episode& episode, int n) {
  if (n % 9 == 0) {
    episode.duration_seconds.reset();
  } else {
    episode.duration_seconds = 900 * (1 + *episode.duration_seconds / 1800);
  }
}

// The generated corpus, every third episode with a transcript made of its own words.
bench::SyntheticCorpus corpus_with_transcripts() {
  bench::SyntheticCorpus corpus = bench::generate_corpus({.episodes = 500, .seed = 1414});
  int n = 0;
  for (auto& podcast : corpus.podcasts) {
    for (auto& episode : podcast.episodes) {
      make_durations_tie(episode, n);
      if (n++ % 3) continue;
      std::vector<std::string> words = testing::words_of(episode.description);
      for (std::size_t s = 0; s + 12 <= words.size() && s < 48; s += 12) {
        std::string text;
        for (std::size_t w = s; w < s + 12; ++w) text += (w > s ? " " : "") + words[w];
        episode.transcript.push_back({static_cast<int>(s * 20), s % 24 ? "Host" : "Guest", text, {}});
      }
    }
  }
  return corpus;
}

void index_corpus(const std::string& path, const bench::SyntheticCorpus& corpus, unsigned shards) {
  IndexWriter writer(path, TopicTagger::load_file(repo_file("data/topics.json")), shards);
  for (const Podcast& podcast : corpus.podcasts) writer.add_podcast(podcast, false);
  writer.commit();
}

// How many results have the same duration as the one before them (known or not).
int equal_neighbours(const SearchResponse& response) {
  int ties = 0;
  for (std::size_t i = 1; i < response.results.size(); ++i) {
    ties += response.results[i].episode.duration_seconds == response.results[i - 1].episode.duration_seconds;
  }
  return ties;
}

// Compares every request's answer from `sharded` with the one index's; counts by class.
void check_identical(const std::string& single_path, const std::string& sharded_path,
                     const std::vector<testing::ClassedRequest>& requests) {
  IndexReader single_reader(single_path), sharded_reader(sharded_path);
  Searcher single(single_reader, SynonymTable::load_file(repo_file("data/synonyms.json")));
  Searcher sharded(sharded_reader, SynonymTable::load_file(repo_file("data/synonyms.json")));
  std::map<std::string, int> compared, corrected, with_parts, duration_ties;
  for (const auto& [kind, request] : requests) {
    INFO(kind << " q=[" << request.query << "] page " << request.page << " partial " << request.partial);
    Expected<SearchResponse> want = single.search(request);
    Expected<SearchResponse> got = sharded.search(request);
    REQUIRE(want.ok());
    INFO((got.ok() ? "" : got.error().message));
    REQUIRE(got.ok());
    testing::check_same_answer(got.value(), want.value());
    compared[kind]++;
    if (want.value().corrected_query || want.value().suggestion) corrected[kind]++;
    for (const auto& hit : want.value().results) with_parts[kind] += !hit.chapters.empty() + !hit.transcript.empty();
    if (request.sort == SortOrder::kDuration) duration_ties[kind] += equal_neighbours(want.value());
  }
  for (const char* kind : {"words", "phrase", "prefix", "filter", "typo", "browse"}) CHECK(compared[kind] >= 200);
  CHECK(corrected["typo"] > 50);         // the typos were corrected by the local dictionary
  CHECK(with_parts["words"] > 100);      // chapter and transcript hits were compared
  for (const char* kind : {"words", "browse"}) CHECK(duration_ties[kind] > 20);  // sort=duration ties were compared
}

}  // namespace

TEST_CASE("4 shards, local and behind xapian-tcpsrv, answer exactly as one index", "[shards][remote]") {
  testing::TempDir dir;
  const bench::SyntheticCorpus corpus = corpus_with_transcripts();
  index_corpus(dir.file("single"), corpus, 0);
  index_corpus(dir.file("sharded"), corpus, kShards);
  const auto requests = testing::requests_of_every_class(corpus, kPerClass);

  INFO("local shards: the folder's own stub");
  check_identical(dir.file("single"), dir.file("sharded"), requests);

  INFO("remote shards behind xapian-tcpsrv, the dictionary local");
  std::vector<std::string> names;
  for (unsigned i = 0; i < kShards; ++i) names.push_back(shard_name(i));
  testing::RemoteShards remote(dir.file("sharded"), names);
  check_identical(dir.file("single"), dir.write("remote.stub", remote.stub_text()), requests);
}

}  // namespace podseek
