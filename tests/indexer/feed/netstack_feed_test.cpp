// data/netstack-feed.xml, the feed rendering of the netstack.fm corpus: it is current, and reading
// it gives, and indexes to, the corpus's episodes and chapters.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <xapian.h>

#include "common/corpus_json.hpp"
#include "common/index_schema.hpp"
#include "common/stored_episode.hpp"
#include "indexer/feed/rss_writer.hpp"
#include "indexer/index/index_writer.hpp"
#include "indexer/cli/source_reader.hpp"
#include "tests/support/same_episodes.hpp"

using namespace podseek;

namespace {

const std::string kRoot = PODSEEK_SOURCE_DIR;
const std::string kCorpus = kRoot + "/data/netstack.json";
const std::string kFeed = kRoot + "/data/netstack-feed.xml";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// What the index holds of one podcast: each episode's stored form and its chapter starts.
struct Indexed {
  std::map<std::string, StoredEpisode> episodes;
  std::map<std::string, std::vector<double>> chapter_starts;
};

Indexed index_and_read(const Podcast& podcast) {
  std::string pattern = (std::filesystem::temp_directory_path() / "podseek-netstack-feed-XXXXXX").string();
  std::string dir = mkdtemp(pattern.data());
  {
    IndexWriter writer(dir + "/db", TopicTagger::load_file(kRoot + "/data/topics.json"));
    writer.add_podcast(podcast, false);
    writer.commit();
  }
  Indexed indexed;
  Xapian::Database db(dir + "/db");
  for (std::string_view kind : {schema::kKindEpisode, schema::kKindChapter}) {
    std::string term = schema::kind_term(kind);
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
      Xapian::Document doc = db.get_document(*it);
      std::string id = doc.get_value(schema::kEpisodeIdSlot);
      if (kind == schema::kKindEpisode) {
        indexed.episodes[id] = decode_stored_episode(doc.get_data());
      } else {
        indexed.chapter_starts[id].push_back(Xapian::sortable_unserialise(doc.get_value(schema::kStartSlot)));
      }
    }
  }
  std::filesystem::remove_all(dir);
  return indexed;
}

}  // namespace

TEST_CASE("The committed netstack feed is what the corpus renders to") {
  CHECK(read_file(kFeed) == write_rss(load_corpus_file(kCorpus)));
}

TEST_CASE("The netstack feed reads back to the corpus's podcast and episodes, without warnings") {
  Podcast corpus = load_corpus_file(kCorpus);
  SourceRead feed = read_source(kFeed, SourceOptions{});
  CHECK(feed.warnings.empty());
  testing::check_same_podcast_header(feed.podcast, corpus);
  REQUIRE(feed.podcast.episodes.size() == corpus.episodes.size());
  for (std::size_t i = 0; i < corpus.episodes.size(); ++i) {
    const Episode& want = corpus.episodes[i];
    const Episode& got = feed.podcast.episodes[i];
    CAPTURE(want.title);
    CHECK(episode_id(feed.podcast, got) == episode_id(corpus, want));
    testing::check_same_episode_text(got, want);
    REQUIRE(got.links.size() == want.links.size());
    for (std::size_t l = 0; l < want.links.size(); ++l) {
      CHECK(got.links[l].url == want.links[l].url);
      CHECK(got.links[l].label == want.links[l].label);
    }
    testing::check_same_chapters(got, want);
  }
}

TEST_CASE("The netstack feed indexes to the same episodes and chapters as the corpus") {
  Indexed from_corpus = index_and_read(load_corpus_file(kCorpus));
  Indexed from_feed = index_and_read(read_source(kFeed, SourceOptions{}).podcast);
  REQUIRE(from_feed.episodes.size() == 11);
  REQUIRE(from_feed.episodes.size() == from_corpus.episodes.size());
  for (const auto& [id, corpus_episode] : from_corpus.episodes) {
    CAPTURE(id);
    REQUIRE(from_feed.episodes.count(id) == 1);
    const StoredEpisode& feed_episode = from_feed.episodes.at(id);
    CHECK(feed_episode.podcast == corpus_episode.podcast);
    CHECK(feed_episode.episode.title == corpus_episode.episode.title);
    CHECK(feed_episode.episode.guests == corpus_episode.episode.guests);
    CHECK(feed_episode.topics == corpus_episode.topics);
    REQUIRE(feed_episode.episode.chapters.size() == corpus_episode.episode.chapters.size());
    for (std::size_t c = 0; c < corpus_episode.episode.chapters.size(); ++c) {
      CHECK(feed_episode.episode.chapters[c].title == corpus_episode.episode.chapters[c].title);
      CHECK(feed_episode.episode.chapters[c].start_seconds == corpus_episode.episode.chapters[c].start_seconds);
    }
    auto feed_starts = from_feed.chapter_starts[id], corpus_starts = from_corpus.chapter_starts[id];
    std::sort(feed_starts.begin(), feed_starts.end());
    std::sort(corpus_starts.begin(), corpus_starts.end());
    CHECK(feed_starts == corpus_starts);
  }
}

TEST_CASE("Indexing the netstack feed over the indexed corpus changes nothing") {
  std::string pattern = (std::filesystem::temp_directory_path() / "podseek-netstack-both-XXXXXX").string();
  std::string dir = mkdtemp(pattern.data());
  TopicTagger tagger = TopicTagger::load_file(kRoot + "/data/topics.json");
  {
    IndexWriter writer(dir + "/db", tagger);
    CHECK(writer.add_podcast(load_corpus_file(kCorpus), false).added == 11);
    writer.commit();
  }
  IndexWriter writer(dir + "/db", tagger);
  IndexReport report = writer.add_podcast(read_source(kFeed, SourceOptions{}).podcast, true);
  CHECK(report.unchanged == 11);
  CHECK(report.added + report.updated + report.removed == 0);
  std::filesystem::remove_all(dir);
}
