// Tests for indexer/index_writer.cpp: upserts, unchanged episodes, pruning, atomic updates.
#include "indexer/index/index_writer.hpp"

#include <map>

#include <catch2/catch.hpp>

#include "common/index_schema.hpp"
#include "tests/temp_dir.hpp"

using namespace podseek;

namespace {

Podcast podcast_with(int episodes) {
  Podcast podcast{.title = "Test Show"};
  for (int n = 1; n <= episodes; ++n) {
    Episode e{.guid = "g" + std::to_string(n), .number = n, .title = "Episode about topic " + std::to_string(n)};
    e.chapters = {{"Intro", 0}, {"Main part", 60}};
    podcast.episodes.push_back(e);
  }
  return podcast;
}

IndexReport index(const std::string& path, const Podcast& podcast, bool prune = false) {
  IndexWriter writer(path, TopicTagger());
  IndexReport report = writer.add_podcast(podcast, prune);
  writer.commit();
  return report;
}

Xapian::doccount episodes_in(const std::string& path) {
  return Xapian::Database(path).get_termfreq(schema::kind_term(schema::kKindEpisode));
}

}  // namespace

TEST_CASE("Indexing twice replaces instead of duplicating and reports unchanged episodes") {
  testing::TempDir dir;
  std::string path = dir.file("db");
  IndexReport first = index(path, podcast_with(3));
  CHECK(first.added == 3);
  IndexReport second = index(path, podcast_with(3));
  CHECK(second.added == 0);
  CHECK(second.unchanged == 3);
  CHECK(episodes_in(path) == 3);
  CHECK(Xapian::Database(path).get_doccount() == 9);  // 3 episodes + 6 chapters
}

TEST_CASE("A changed episode is updated with all its chapters replaced") {
  testing::TempDir dir;
  std::string path = dir.file("db");
  index(path, podcast_with(2));
  Podcast changed = podcast_with(2);
  changed.episodes[1].chapters.push_back({"Outro", 120});
  IndexReport report = index(path, changed);
  CHECK(report.updated == 1);
  CHECK(report.unchanged == 1);
  CHECK(Xapian::Database(path).get_doccount() == 2 + 5);
}

TEST_CASE("Episodes gone from a source are removed only with prune") {
  testing::TempDir dir;
  std::string path = dir.file("db");
  index(path, podcast_with(3));
  CHECK(index(path, podcast_with(2)).removed == 0);
  CHECK(episodes_in(path) == 3);
  CHECK(index(path, podcast_with(2), true).removed == 1);
  CHECK(episodes_in(path) == 2);
  CHECK(Xapian::Database(path).get_termfreq(schema::episode_term("test-show/3")) == 0);
}

TEST_CASE("An update that is never committed leaves the previous index as it was") {
  testing::TempDir dir;
  std::string path = dir.file("db");
  index(path, podcast_with(2));
  {
    IndexWriter writer(path, TopicTagger());
    writer.add_podcast(podcast_with(5), true);
    // destroyed without commit(), as when the indexer fails half-way
  }
  CHECK(episodes_in(path) == 2);
}

TEST_CASE("The progress callback hears of every episode, changed or unchanged, in order") {
  testing::TempDir dir;
  std::string path = dir.file("db");
  index(path, podcast_with(2));
  std::vector<std::size_t> done_seen;
  IndexWriter writer(path, TopicTagger());
  writer.add_podcast(podcast_with(4), false, [&](std::size_t done, std::size_t total) {
    CHECK(total == 4);
    done_seen.push_back(done);
  });
  CHECK(done_seen == std::vector<std::size_t>{1, 2, 3, 4});
}

TEST_CASE("A second writer on the same index is refused while the first runs") {
  testing::TempDir dir;
  std::string path = dir.file("db");
  IndexWriter first(path, TopicTagger());
  CHECK_THROWS_AS(IndexWriter(path, TopicTagger()), Xapian::DatabaseLockError);
}

TEST_CASE("Spelling words count once per episode that has them, over the whole update") {
  testing::TempDir dir;
  std::string path = dir.file("db");
  index(path, podcast_with(3));
  Xapian::Database db(path);
  std::map<std::string, Xapian::doccount> frequency;
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) frequency[*it] = it.get_termfreq();
  CHECK(frequency["episode"] == 3);
  CHECK(frequency["intro"] == 3);
  CHECK(frequency.count("topic") == 1);
  CHECK(frequency.count("1") == 0);  // numbers are never offered as corrections
  CHECK(db.get_spelling_suggestion("epsiode") == "episode");
}
