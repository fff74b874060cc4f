// Fewer shards from a sharded index without indexing again: the episodes of shard i of N
// (shard_of(id, N) = FNV-1a 64(id) mod N) belong in shard i mod k of k when k divides N
// (x mod N mod k = x mod k), so shard j of k is shards j, j+k, j+2k … of N merged with
// xapian-compact, and the plain index is the dictionary and every shard merged. The results
// are the layouts podseek-indexer writes (tests/bench/shard_layouts_test.cpp checks it), but for
// Xapian's document ids, which no answer depends on (ties are ordered by episode id).
// Thread safety: functions on files; one call per destination at a time.
#pragma once

#include <string>
#include <vector>

namespace podseek::bench {

inline constexpr const char* kXapianCompactPath = "/usr/bin/xapian-compact";

// Writes dest (which must not exist) as a sharded layout of `shards` shards (a copy of the
// dictionary with its shard count set, shard-0 …, XAPIANDB) from the sharded layout at source
// of source_shards shards. Throws std::invalid_argument when shards does not divide
// source_shards, std::runtime_error when xapian-compact fails, Xapian::Error.
void merge_shards(const std::string& source, unsigned source_shards, unsigned shards, const std::string& dest);

// Writes dest (which must not exist) as a plain index: the dictionary and every shard of the
// sharded layout at source merged into one database. Throws as merge_shards.
void merge_into_plain(const std::string& source, unsigned source_shards, const std::string& dest);

// The folders of a sharded layout's shards, in order.
std::vector<std::string> shard_paths(const std::string& layout, unsigned shards);

}  // namespace podseek::bench
