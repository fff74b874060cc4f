// Browsing and type-ahead answer the same from one index and from the same episodes as 4 shards,
// local and behind xapian-tcpsrv (the dictionary local): guest and topic pages, an episode by
// number with its neighbours, the site defaults and suggestions, all read from terms and bounded
// queries that merge across shards.
#include <catch2/catch.hpp>

#include "bench/corpus_generator.hpp"
#include "common/topic_tagger.hpp"
#include "indexer/index/index_writer.hpp"
#include "indexer/index/shard_layout.hpp"
#include "search-server/core/catalog.hpp"
#include "search-server/core/site_identity.hpp"
#include "search-server/core/suggester.hpp"
#include "tests/support/netstack_index.hpp"
#include "tests/support/tcpsrv_shards.hpp"
#include "tests/temp_dir.hpp"

namespace podseek {
namespace {

constexpr unsigned kShards = 4;

void index_corpus(const std::string& path, const bench::SyntheticCorpus& corpus, unsigned shards) {
  IndexWriter writer(path, TopicTagger::load_file(testing::repo_file("data/topics.json")), shards);
  for (const Podcast& podcast : corpus.podcasts) writer.add_podcast(podcast, false);
  writer.commit();
}

std::string refs_text(const std::vector<EpisodeRef>& refs) {
  std::string out;
  for (const auto& ref : refs) out += ref.id + "|" + ref.title + ";";
  return out;
}

void same_names(const Expected<NamedList>& got, const Expected<NamedList>& want) {
  REQUIRE(want.ok());
  REQUIRE(got.ok());
  CHECK(got.value().total == want.value().total);
  REQUIRE(got.value().items.size() == want.value().items.size());
  for (std::size_t i = 0; i < want.value().items.size(); ++i) {
    const auto& g = got.value().items[i];
    const auto& w = want.value().items[i];
    INFO(w.name);
    CHECK(g.name == w.name);
    CHECK(g.count == w.count);
    CHECK(refs_text(g.episodes) == refs_text(w.episodes));
  }
}

void same_suggestions(const Suggester& got, const Suggester& want, const std::string& query) {
  INFO("suggest " << query);
  auto g = got.suggest(query, SuggestLimits::kMaxLimit);
  auto w = want.suggest(query, SuggestLimits::kMaxLimit);
  REQUIRE(w.ok());
  REQUIRE(g.ok());
  REQUIRE(g.value().size() == w.value().size());
  for (std::size_t i = 0; i < w.value().size(); ++i) {
    CHECK(g.value()[i].kind == w.value()[i].kind);
    CHECK(g.value()[i].text == w.value()[i].text);
    CHECK(g.value()[i].id == w.value()[i].id);
  }
}

void check_identical(const std::string& single_path, const std::string& sharded_path,
                     const bench::SyntheticCorpus& corpus) {
  IndexReader single_reader(single_path), sharded_reader(sharded_path);
  Catalog single(single_reader), sharded(sharded_reader);
  for (int page = 1; page <= 3; ++page) same_names(sharded.guests(page, 20), single.guests(page, 20));
  same_names(sharded.topics(1, SearchLimits::kMaxPerPage), single.topics(1, SearchLimits::kMaxPerPage));
  int compared = 0;
  for (const Podcast& podcast : corpus.podcasts) {
    for (std::size_t i = 0; i < podcast.episodes.size(); i += 7) {
      const std::string id = episode_id(podcast, podcast.episodes[i]);
      INFO(id);
      auto w = single.episode(id);
      auto g = sharded.episode(id);
      REQUIRE(w.ok());
      REQUIRE(g.ok());
      CHECK((g.value().previous ? g.value().previous->id : "") == (w.value().previous ? w.value().previous->id : ""));
      CHECK((g.value().next ? g.value().next->id : "") == (w.value().next ? w.value().next->id : ""));
      ++compared;
    }
  }
  CHECK(compared > 50);
  for (const char* number : {"1", "3", "40"}) {
    auto w = single.episode(number);
    auto g = sharded.episode(number);
    REQUIRE(w.ok() == g.ok());
    if (w.ok()) CHECK(g.value().stored.id == w.value().stored.id);
    if (!w.ok()) CHECK(g.error().code == w.error().code);
  }
  Suggester single_suggester(single_reader), sharded_suggester(sharded_reader);
  for (const char* query : {"tra", "qu", "tok", "http", "a", "ma", "web tr"}) {
    same_suggestions(sharded_suggester, single_suggester, query);
  }
  auto site_single = read_site_defaults(single_reader);
  auto site_sharded = read_site_defaults(sharded_reader);
  REQUIRE(site_single.ok());
  REQUIRE(site_sharded.ok());
  CHECK(site_sharded.value().examples == site_single.value().examples);
}

}  // namespace

TEST_CASE("Browsing and type-ahead on 4 shards, local and behind xapian-tcpsrv, answer as one index",
          "[shards][remote]") {
  testing::TempDir dir;
  const bench::SyntheticCorpus corpus = bench::generate_corpus({.episodes = 500, .seed = 1717});
  index_corpus(dir.file("single"), corpus, 0);
  index_corpus(dir.file("sharded"), corpus, kShards);

  INFO("local shards: the folder's own stub");
  check_identical(dir.file("single"), dir.file("sharded"), corpus);

  INFO("remote shards behind xapian-tcpsrv, the dictionary local");
  std::vector<std::string> names;
  for (unsigned i = 0; i < kShards; ++i) names.push_back(shard_name(i));
  testing::RemoteShards remote(dir.file("sharded"), names);
  check_identical(dir.file("single"), dir.write("remote.stub", remote.stub_text()), corpus);
}

}  // namespace podseek
