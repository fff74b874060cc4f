// The databases an index is written to. A plain index is one Xapian database. A sharded index
// (podseek-indexer --shards N, kept by later runs) is a folder holding:
//   dictionary/    no documents: the spelling table and every metadata key (podcasts, topics,
//                  feeds, schema version, committed_at), copied to every search node;
//   shard-0/ ...   the documents: each episode, with its chapter and transcript documents, in
//                  shard shard_of(episode id, N), so updates and removals reach the same shard;
//   XAPIANDB       a Xapian stub listing "auto dictionary" first, then every shard, so that
//                  opening the folder searches them all (the dictionary first: a multi-database
//                  reads metadata from its first database, and spelling only from local ones).
// The shard count is fixed when the layout is created (resharding means re-indexing).
// Thread safety: one WritableShards per index at a time (Xapian allows one writer per database).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace podseek {

inline constexpr unsigned kMaxShards = 64;
inline constexpr std::string_view kDictionaryName = "dictionary";
inline constexpr std::string_view kShardsMetadataKey = "shards";  // in the dictionary: N, decimal

// The stable rule: FNV-1a 64 of the episode id's bytes, modulo the shard count.
unsigned shard_of(std::string_view episode_id, unsigned shard_count);

// "shard-<i>", the folder of shard i inside a sharded index.
std::string shard_name(unsigned index);

// The stub of a sharded index with shard_count local shards (one "auto NAME" line each).
std::string local_stub_text(unsigned shard_count);

// Writes a compacted copy of the index at `from` (plain or sharded, no writer open on it) to `to`,
// which must not exist: each database through Xapian::Database::compact (B-trees filled full,
// document ids kept), and for a sharded layout the same stub. Throws Xapian::Error, or
// std::filesystem::filesystem_error; `to` may then hold part of the copy.
void compact_layout(const std::string& from, const std::string& to);

class WritableShards {
 public:
  // Opens the index at path: an existing sharded layout (requested_shards 0 or equal to its
  // count), an existing plain index (requested_shards 0 or 1), or creates one: sharded when
  // requested_shards > 1, else plain. Throws InputError for a count that contradicts the index
  // or is over kMaxShards; Xapian::Error when a database cannot be opened.
  static WritableShards open(const std::string& path, unsigned requested_shards);

  bool sharded() const { return dictionary_is_separate_; }
  // Where spelling and metadata go (the only database of a plain index).
  Xapian::WritableDatabase& dictionary() { return dictionary_; }
  // Where an episode's documents go.
  Xapian::WritableDatabase& shard_for(std::string_view episode_id);
  std::vector<Xapian::WritableDatabase>& shards() { return shards_; }

  // One transaction per database; commit writes the shards first, the dictionary (with its
  // committed_at) last. Each database is atomic; a crash between two of them can leave a shard
  // newer than the rest (the next run brings them level again).
  void begin_transaction();
  void commit_transaction();
  void cancel_transaction();

  // Outside a transaction (a bulk build, bulk_build.hpp): commits every database, the
  // dictionary last; close() lets go of them (and of their locks).
  void commit();
  void close();

 private:
  Xapian::WritableDatabase dictionary_;
  std::vector<Xapian::WritableDatabase> shards_;
  bool dictionary_is_separate_ = false;
};

}  // namespace podseek
