// A feed's transcript, end to end: read from the feed, indexed, and found by the search core with
// its start time, speaker and deep link.
#include <filesystem>
#include <stdlib.h>

#include <catch2/catch.hpp>

#include "tests/indexer/feed/fake_fetcher.hpp"
#include "indexer/feed/rss_parser.hpp"
#include "indexer/index/index_writer.hpp"
#include "search-server/core/searcher.hpp"

using namespace podseek;

namespace {

// The netstack fixture feed indexed into a fresh directory, removed at the end.
class FeedIndex {
 public:
  FeedIndex() {
    std::string pattern = (std::filesystem::temp_directory_path() / "podseek-feed-search-XXXXXX").string();
    dir_ = mkdtemp(pattern.data());
    SourceFetcher fetcher;
    Podcast podcast = read_feed(testing::fixture_path("netstack.xml"), fetcher).podcast;
    podcast.deep_link_template = "https://netstack.fm/?t={seconds}#episode-{episode}";
    IndexWriter writer(db(), TopicTagger{});
    writer.add_podcast(podcast, false);
    writer.commit();
  }
  ~FeedIndex() { std::filesystem::remove_all(dir_); }
  std::string db() const { return dir_ + "/db"; }

 private:
  std::string dir_;
};

SearchResponse search(const std::string& db, const std::string& query) {
  IndexReader reader(db);
  Searcher searcher(reader, SynonymTable{});
  Expected<SearchResponse> response = searcher.search(SearchRequest{.query = query});
  REQUIRE(response.ok());
  return response.value();
}

}  // namespace

TEST_CASE("A search finds a feed's transcript segment with its start, speaker and deep link") {
  FeedIndex index;
  SearchResponse response = search(index.db(), "QUIC");
  REQUIRE_FALSE(response.results.empty());
  const EpisodeHit& hit = response.results[0];
  CHECK(hit.id == "netstack.fm/11");
  REQUIRE_FALSE(hit.transcript.empty());
  CHECK(hit.transcript[0].start_seconds == 582);
  CHECK(hit.transcript[0].speaker == "Max Inden");
  CHECK(hit.transcript[0].text_html.find("<mark>QUIC</mark>") != std::string::npos);
  CHECK(hit.transcript[0].deep_link == "https://netstack.fm/?t=582#episode-11");
}

TEST_CASE("A word said only in a transcript finds its episode") {
  FeedIndex index;
  SearchResponse response = search(index.db(), "handshakes");
  REQUIRE(response.results.size() == 1);
  CHECK(response.results[0].id == "netstack.fm/11");
  REQUIRE(response.results[0].transcript.size() == 1);
  CHECK(response.results[0].transcript[0].start_seconds == 582);
}
