// Tests for indexer/index/bulk_build.cpp through IndexWriter: a new index, plain or sharded, is
// invisible until commit() moves it into place whole; without commit() nothing is left; a second
// builder is locked out; a build killed half-way shows nothing and what it left is cleared by the
// next; a folder that appeared at the index's path meanwhile is never replaced. (bench_tests
// compare its answers with those of an update.)
#include "indexer/index/bulk_build.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "common/index_schema.hpp"
#include "indexer/index/index_writer.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;
namespace fs = std::filesystem;

namespace {

Podcast show(int episodes) {
  Podcast podcast{.title = "Bulk Show"};
  for (int n = 1; n <= episodes; ++n) {
    Episode e{.guid = "b" + std::to_string(n), .number = n, .title = "Episode about congestion " + std::to_string(n)};
    e.chapters = {{"Intro", 0}, {"Handshakes", 60}};
    podcast.episodes.push_back(e);
  }
  return podcast;
}

Xapian::doccount episodes_in(const std::string& path) {
  return Xapian::Database(path).get_termfreq(schema::kind_term(schema::kKindEpisode));
}

std::size_t entries_in(const std::string& folder) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("A new index built in batches is invisible until commit, then all there", "[bulk]") {
  for (unsigned shards : {1u, 3u}) {
    INFO("shards " << shards);
    testing::TempDir dir;
    const std::string path = dir.file("index");
    IndexWriter writer(path, TopicTagger(), shards, /*bulk_batch_episodes=*/4);
    writer.add_podcast(show(10), false);  // two batches committed in private
    CHECK_FALSE(fs::exists(path));
    CHECK(fs::exists(path + ".building"));
    writer.commit();
    CHECK(episodes_in(path) == 10);
    CHECK(Xapian::Database(path).get_doccount() == 30);
    CHECK(entries_in(dir.file("")) == 1);  // no build folder, no lock file
    CHECK(fs::exists(path + "/XAPIANDB") == (shards > 1));
  }
}

TEST_CASE("A new index destroyed without commit leaves nothing, and locks out a second builder", "[bulk]") {
  for (unsigned shards : {1u, 3u}) {
    INFO("shards " << shards);
    testing::TempDir dir;
    const std::string path = dir.file("index");
    {
      IndexWriter writer(path, TopicTagger(), shards, 4);
      writer.add_podcast(show(9), false);
      CHECK_THROWS_AS(IndexWriter(path, TopicTagger(), shards), Xapian::DatabaseLockError);
    }
    CHECK(entries_in(dir.file("")) == 0);
    IndexWriter again(path, TopicTagger(), shards);  // the lock was let go
    again.add_podcast(show(2), false);
    again.commit();
    CHECK(episodes_in(path) == 2);
  }
}

TEST_CASE("A build killed half-way leaves no index visible, and the next build takes over", "[bulk]") {
  testing::TempDir dir;
  const std::string path = dir.file("index");
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {  // batches committed in private, then gone without commit or destructors
    IndexWriter writer(path, TopicTagger(), 2, 3);
    writer.add_podcast(show(8), false);
    ::_exit(fs::exists(path + ".building") ? 0 : 3);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK_FALSE(fs::exists(path));
  IndexWriter writer(path, TopicTagger(), 2);  // the dead builder's lock went with it
  writer.add_podcast(show(3), false);
  writer.commit();
  CHECK(episodes_in(path) == 3);
  CHECK(entries_in(dir.file("")) == 1);
}

TEST_CASE("The next build clears what a killed build left in its private folders", "[bulk]") {
  testing::TempDir dir;
  const std::string path = dir.file("index");
  fs::create_directories(path + ".building/shard-0");
  std::ofstream(path + ".building/XAPIANDB") << "auto nowhere\n";
  fs::create_directories(path + ".building.compact");
  std::ofstream(path + ".building.lock") << "";
  IndexWriter writer(path, TopicTagger(), 2);
  writer.add_podcast(show(3), false);
  writer.commit();
  CHECK(episodes_in(path) == 3);
  CHECK(entries_in(dir.file("")) == 1);
}

TEST_CASE("A build never replaces a folder that appeared at the index's path while it ran", "[bulk]") {
  testing::TempDir dir;
  const std::string path = dir.file("index");
  IndexWriter writer(path, TopicTagger());
  writer.add_podcast(show(3), false);
  fs::create_directory(path);  // empty: rename(2) alone would replace it
  CHECK_THROWS_AS(writer.commit(), fs::filesystem_error);
  CHECK(fs::is_empty(path));
  CHECK_FALSE(fs::exists(path + ".building.compact"));
}

TEST_CASE("An existing index is updated in place, in one transaction, not rebuilt", "[bulk]") {
  testing::TempDir dir;
  const std::string path = dir.file("index");
  Xapian::WritableDatabase(path, Xapian::DB_CREATE).commit();
  CHECK(BulkBuild::start(path) == nullptr);
  {
    IndexWriter writer(path, TopicTagger(), 0, 2);
    writer.add_podcast(show(5), false);
    CHECK_FALSE(fs::exists(path + ".building"));
    CHECK(episodes_in(path) == 0);  // nothing committed in batches
  }
  CHECK(episodes_in(path) == 0);
}
