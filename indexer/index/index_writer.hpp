// Writes podcasts into a Xapian database as one all-or-nothing update: episodes are added,
// replaced when their content changed (by id), left alone when unchanged, and removed only
// when asked (prune). Until commit() returns, readers see the previous index, and a crash or
// kill at any moment leaves that previous index intact.
// Documents are built on a second thread (DocumentPipeline) while this one writes them.
// A new index (db_path does not exist) is built in bulk instead: in a private directory beside
// it (db_path + ".building", locked by db_path + ".building.lock"), committed every kBulkBatchEpisodes episodes (with the spelling
// words of that batch) so that memory stays flat in corpus size, then compacted and renamed to
// db_path in one step by commit(). All-or-nothing still holds: until that rename db_path does not
// exist; without commit() the private directory is removed (a killed build leaves it behind; the
// next build removes it). The index holds the same documents, terms and spelling frequencies either
// way (bench_tests compare the answers of both builds).
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
#include "indexer/index/episode_documents.hpp"
#include "indexer/index/feed_state.hpp"

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
  static constexpr int kBulkBatchEpisodes = 2000;

  // Opens or creates the database at db_path and starts the update.
  // Throws Xapian::Error (DatabaseLockError while another writer runs).
  // bulk_batch_episodes: episodes per commit of a bulk build (tests use small batches).
  IndexWriter(const std::string& db_path, TopicTagger tagger, int bulk_batch_episodes = kBulkBatchEpisodes);
  // Without commit(), the update is thrown away.
  ~IndexWriter();

  // Indexes every episode of the podcast. With prune, episodes of this podcast that are in
  // the index but not in `podcast` are removed. progress, when set, is told of every episode.
  IndexReport add_podcast(const Podcast& podcast, bool prune, const IndexProgress& progress = {});

  // Remembers where a podcast's feed is fetched from and its validators (feed_state.hpp), as
  // part of this update; forget_feed drops a podcast's entry (its feed now has another title).
  void remember_feed(const FeedState& state) { write_feed_state(db_, state); }
  void forget_feed(const std::string& podcast) { forget_feed_state(db_, podcast); }

  // Makes the whole update visible to readers at once.
  void commit();

 private:
  void write_podcast_metadata(const Podcast& podcast);
  int prune_missing(const Podcast& podcast, const std::vector<std::string>& kept_ids);
  // Spelling words are counted over the whole update and given to Xapian once each at commit:
  // the same frequencies as one add_spelling per episode, without a table lookup per episode.
  void count_spelling_words(const EpisodeDocuments& docs);
  void flush_spelling_words();
  void episode_written();  // bulk builds: commits a batch every kBulkBatchEpisodes
  void finish_bulk_build();

  void discard_uncommitted();

  std::string db_path_;
  int build_lock_fd_ = -1;  // held during a bulk build (before build_path_: set by its initialiser)
  std::string build_path_;  // the private directory of a bulk build, "" for an update
  int bulk_batch_episodes_;
  int batch_episodes_ = 0;
  Xapian::WritableDatabase db_;
  TopicTagger tagger_;
  std::unordered_map<std::string, Xapian::termcount> spelling_counts_;
  bool in_transaction_ = false;
};

}  // namespace podseek
