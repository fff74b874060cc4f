// Writes podcasts into a Xapian index (one database, or shards: shard_layout.hpp) as one all-or-nothing update: episodes are added,
// replaced when their content changed (by id), left alone when unchanged, and removed only
// when asked (prune). Until commit() returns, readers see the previous index, and a crash or
// kill at any moment leaves that previous index intact.
// Documents are built on a second thread (DocumentPipeline) while this one writes them.
// A new index (db_path does not exist) is built in bulk instead (bulk_build.hpp): in a private
// folder, committed every bulk_batch_episodes episodes with that batch's spelling words, then
// compacted and renamed to db_path by commit(); all-or-nothing still holds (db_path does not
// exist until then). Either way the index answers every query the same (bench_tests compare them).
// Thread safety: one IndexWriter per database at a time (Xapian allows a single writer);
// a second writer fails with Xapian::DatabaseLockError.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "common/episode.hpp"
#include "common/topic_tagger.hpp"
#include "indexer/index/bulk_build.hpp"
#include "indexer/index/episode_documents.hpp"
#include "indexer/index/feed_state.hpp"
#include "indexer/index/shard_layout.hpp"

namespace podseek {

struct IndexReport {
  int added = 0;
  int updated = 0;
  int unchanged = 0;
  int removed = 0;
  std::vector<std::string> warnings;
};

// Called after each episode of a podcast is handled: done of total (1..total).
using IndexProgress = std::function<void(std::size_t done, std::size_t total)>;

class IndexWriter {
 public:
  // Episodes per commit of a bulk build: measured at 10,000 episodes, memory growth fell from
  // 210 to 68 MiB against one transaction (tests use small batches).
  static constexpr int kBulkBatchEpisodes = 2000;

  // Opens or creates the index at db_path and starts the update. shards > 1 creates a sharded
  // index (shard_layout.hpp); 0 keeps the layout there is (a new index is then plain).
  // Throws Xapian::Error (DatabaseLockError while another writer runs), InputError for a shard
  // count that contradicts the index.
  IndexWriter(const std::string& db_path, TopicTagger tagger, unsigned shards = 0,
              int bulk_batch_episodes = kBulkBatchEpisodes);
  // Without commit(), the update is thrown away.
  ~IndexWriter();

  // Indexes every episode of the podcast. With prune, episodes of this podcast that are in
  // the index but not in `podcast` are removed. progress, when set, is told of every episode.
  IndexReport add_podcast(const Podcast& podcast, bool prune, const IndexProgress& progress = {});

  // Remembers where a podcast's feed is fetched from and its validators (feed_state.hpp), as
  // part of this update; forget_feed drops a podcast's entry (its feed now has another title).
  void remember_feed(const FeedState& state) { write_feed_state(shards_.dictionary(), state); }
  void forget_feed(const std::string& podcast) { forget_feed_state(shards_.dictionary(), podcast); }

  // Makes the whole update visible to readers at once.
  void commit();

 private:
  void write_podcast_metadata(const Podcast& podcast);
  int prune_missing(const Podcast& podcast, const std::vector<std::string>& kept_ids);
  // Spelling words are counted over the whole update (a bulk build: its batch) and given to Xapian once each at commit:
  // the same frequencies as one add_spelling per episode, without a table lookup per episode.
  void count_spelling_words(const EpisodeDocuments& docs);
  void flush_spelling_words();
  void episode_written();  // a bulk build commits a batch every bulk_batch_episodes_

  std::unique_ptr<BulkBuild> bulk_;  // a new index being built; nullptr for an update
  int bulk_batch_episodes_;
  int batch_episodes_ = 0;
  WritableShards shards_;  // one plain database, or a dictionary and shards
  TopicTagger tagger_;
  std::unordered_map<std::string, Xapian::termcount> spelling_counts_;
  bool in_transaction_ = false;
};

}  // namespace podseek
