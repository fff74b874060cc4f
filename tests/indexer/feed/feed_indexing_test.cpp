// Feeds into the index: a parsed feed goes through the lead's IndexWriter, and its chapters and
// transcript segments come back with their start times and speakers.
#include <filesystem>
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <xapian.h>

#include "common/index_schema.hpp"
#include "common/stored_episode.hpp"
#include "tests/indexer/feed/fake_fetcher.hpp"
#include "indexer/feed/rss_parser.hpp"
#include "indexer/index/index_writer.hpp"

using namespace podseek;

namespace {

// A fresh directory for one test's database, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "podseek-feed-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string db() const { return path_ + "/db"; }

 private:
  std::string path_;
};

Podcast netstack_feed() {
  SourceFetcher fetcher;
  FeedParseResult result = read_feed(testing::fixture_path("netstack.xml"), fetcher);
  REQUIRE(result.warnings.empty());
  return result.podcast;
}

IndexReport index(const std::string& db, const Podcast& podcast, bool prune = false) {
  IndexWriter writer(db, TopicTagger{});
  IndexReport report = writer.add_podcast(podcast, prune);
  writer.commit();
  return report;
}

std::vector<Xapian::Document> documents_of_kind(const Xapian::Database& db, std::string_view kind) {
  std::vector<Xapian::Document> docs;
  std::string term = schema::kind_term(kind);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) docs.push_back(db.get_document(*it));
  return docs;
}

}  // namespace

TEST_CASE("A feed indexes once, then reads as unchanged, and pruning removes dropped items") {
  TempDir dir;
  Podcast podcast = netstack_feed();
  IndexReport first = index(dir.db(), podcast);
  CHECK(first.added == 4);
  IndexReport again = index(dir.db(), podcast);
  CHECK(again.unchanged == 4);
  CHECK(again.added + again.updated == 0);
  podcast.episodes.pop_back();
  podcast.episodes[0].title += " (remastered)";
  IndexReport pruned = index(dir.db(), podcast, true);
  CHECK(pruned.updated == 1);
  CHECK(pruned.unchanged == 2);
  CHECK(pruned.removed == 1);
}

TEST_CASE("Transcript segments from a feed are indexed with their start time and speaker") {
  TempDir dir;
  index(dir.db(), netstack_feed());
  Xapian::Database db(dir.db());
  std::vector<Xapian::Document> segments = documents_of_kind(db, schema::kKindSegment);
  REQUIRE(segments.size() == 8);  // 3 from VTT, 3 from SRT, 2 from JSON
  bool found_max = false;
  for (const Xapian::Document& doc : segments) {
    TranscriptSegment segment = decode_stored_segment(doc.get_data());
    double start = Xapian::sortable_unserialise(doc.get_value(schema::kStartSlot));
    CHECK(start == segment.start_seconds);
    if (segment.speaker == "Max Inden") {
      found_max = true;
      CHECK(doc.get_value(schema::kEpisodeIdSlot) == "netstack.fm/11");
      CHECK(segment.start_seconds == 582);
    }
  }
  CHECK(found_max);
}

TEST_CASE("Chapters from a feed are indexed with their start times") {
  TempDir dir;
  index(dir.db(), netstack_feed());
  Xapian::Database db(dir.db());
  std::vector<Xapian::Document> chapters = documents_of_kind(db, schema::kKindChapter);
  CHECK(chapters.size() == 6 + 5 + 5);
  std::set<double> starts;
  for (const Xapian::Document& doc : chapters) {
    if (doc.get_value(schema::kEpisodeIdSlot) == "netstack.fm/11") {
      starts.insert(Xapian::sortable_unserialise(doc.get_value(schema::kStartSlot)));
    }
  }
  CHECK(starts == std::set<double>{0, 38, 207, 582, 747, 4004});
}
