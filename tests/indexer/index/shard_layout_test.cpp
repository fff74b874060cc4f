// Tests for indexer/index/shard_layout.cpp and a sharded IndexWriter: the stable shard rule,
// episodes (with their chapters) in their shard, spelling and metadata in the dictionary, the
// stub, a layout kept by later runs, updates and prunes that reach the right shard.
#include "indexer/index/shard_layout.hpp"

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "common/index_schema.hpp"
#include "common/status.hpp"
#include "indexer/index/index_writer.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

Podcast show(int episodes, const std::string& title_word = "about") {
  Podcast podcast{.title = "Sharded Show"};
  for (int n = 1; n <= episodes; ++n) {
    Episode e{.guid = "s" + std::to_string(n), .number = n,
              .title = "Episode " + title_word + " congestion " + std::to_string(n)};
    e.chapters = {{"Intro", 0}, {"Handshakes", 60}};
    podcast.episodes.push_back(e);
  }
  return podcast;
}

IndexReport index(const std::string& path, const Podcast& podcast, unsigned shards = 0, bool prune = false) {
  IndexWriter writer(path, TopicTagger(), shards);
  IndexReport report = writer.add_podcast(podcast, prune);
  writer.commit();
  return report;
}

Xapian::doccount docs_of_episode(const Xapian::Database& db, const std::string& episode_id) {
  return db.get_termfreq(schema::episode_term(episode_id));
}

Xapian::doccount spelling_frequency(const Xapian::Database& db, const std::string& word) {
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) {
    if (*it == word) return it.get_termfreq();
  }
  return 0;
}

std::string read(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("the shard of an episode is FNV-1a 64 of its id modulo the shard count", "[shards]") {
  // Published FNV-1a 64 test vectors.
  CHECK(shard_of("a", 1000) == 0xaf63dc4c8601ec8cULL % 1000);
  CHECK(shard_of("foobar", 1009) == 0x85944171f73967e8ULL % 1009);
  CHECK(shard_of("", 7) == 14695981039346656037ULL % 7);
  for (const char* id : {"netstack.fm/11", "big/1"}) CHECK(shard_of(id, 1) == 0);
  CHECK(local_stub_text(2) == "auto dictionary\nauto shard-0\nauto shard-1\n");
}

TEST_CASE("a sharded index keeps each episode with its chapters in its shard, and spelling and metadata apart",
          "[shards]") {
  testing::TempDir dir;
  const std::string path = dir.file("index");
  IndexReport report = index(path, show(40), 4);
  CHECK(report.added == 40);
  CHECK(read(path + "/XAPIANDB") == local_stub_text(4));
  std::vector<Xapian::Database> shards;
  for (unsigned i = 0; i < 4; ++i) shards.emplace_back(path + "/" + shard_name(i));
  const Podcast podcast = show(40);
  for (const Episode& episode : podcast.episodes) {
    const std::string id = episode_id(podcast, episode);
    INFO(id);
    for (unsigned i = 0; i < 4; ++i) CHECK(docs_of_episode(shards[i], id) == (i == shard_of(id, 4) ? 3u : 0u));
  }
  for (const auto& shard : shards) CHECK(shard.get_doccount() > 0);  // 40 ids spread over all four
  Xapian::Database dictionary(path + "/dictionary");
  CHECK(dictionary.get_doccount() == 0);
  CHECK(spelling_frequency(dictionary, "congestion") == 40);
  CHECK_FALSE(dictionary.get_metadata(std::string(schema::kPodcastMetadataPrefix) + "Sharded Show").empty());
  CHECK(dictionary.get_metadata(std::string(kShardsMetadataKey)) == "4");
  for (const auto& shard : shards) CHECK(spelling_frequency(shard, "congestion") == 0);
  // The folder opens as one database: every document, and the dictionary's metadata.
  Xapian::Database all(path);
  CHECK(all.get_doccount() == 120);
  CHECK(all.get_metadata(std::string(schema::kSchemaVersionKey)) == schema::kSchemaVersion);
}

TEST_CASE("later runs keep the sharded layout: updates and prunes reach the episode's shard", "[shards]") {
  testing::TempDir dir;
  const std::string path = dir.file("index");
  index(path, show(20), 3);
  IndexReport again = index(path, show(18, "revised"), 0, /*prune=*/true);
  CHECK(again.updated == 18);
  CHECK(again.removed == 2);
  Xapian::Database all(path);
  CHECK(all.get_termfreq(schema::kind_term(schema::kKindEpisode)) == 18);
  CHECK(all.get_doccount() == 54);
  CHECK(all.get_termfreq("revised") == 18);
  const Podcast longer = show(20);
  CHECK(all.get_termfreq(schema::episode_term(episode_id(longer, longer.episodes[18]))) == 0);
  CHECK(index(path, show(18, "revised"), 3).unchanged == 18);  // the same count may be repeated
}

TEST_CASE("a shard count that contradicts the index is refused and changes nothing", "[shards]") {
  testing::TempDir dir;
  index(dir.file("sharded"), show(5), 4);
  CHECK_THROWS_AS(IndexWriter(dir.file("sharded"), TopicTagger(), 2), InputError);
  index(dir.file("plain"), show(5));
  CHECK_THROWS_AS(IndexWriter(dir.file("plain"), TopicTagger(), 4), InputError);
  CHECK_THROWS_AS(IndexWriter(dir.file("new"), TopicTagger(), kMaxShards + 1), InputError);
  CHECK_FALSE(std::filesystem::exists(dir.file("new")));
  CHECK(Xapian::Database(dir.file("plain")).get_doccount() == 15);
  CHECK(Xapian::Database(dir.file("sharded")).get_doccount() == 15);
}
