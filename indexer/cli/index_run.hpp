// One podseek-indexer run: read every source (and, with refresh, every feed the index already
// holds), then write them all in one update. Feeds given as http(s) URLs are fetched politely
// (feed_refresher.hpp) and remembered in the index for the next run.
// Thread safety: one run per database at a time (one Xapian writer).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "indexer/cli/source_reader.hpp"

namespace podseek {

struct IndexRunOptions {
  std::string db;                // the index folder
  std::string topics;            // topics file, "" = none
  SourceOptions source_options;  // overlay, feed options, fetcher
  bool prune = false;            // remove episodes the sources no longer have
  bool refresh = false;          // also re-fetch every feed the index remembers
  unsigned shards = 0;           // > 1: create a sharded index (shard_layout.hpp); 0: keep the layout
  std::vector<std::string> sources;
};

// Prints one line a source (and its warnings) to out, then "index committed: DB". An OPML list
// stands for each of its feeds. A source that cannot be fetched or read is an "SOURCE: error: ...;
// not indexed" line and changes nothing, the others are still written; the result is then 1 (so a
// timer's unit shows the failure), else 0. When no source can be read the index is not opened.
// Throws Xapian::Error for a database that cannot be opened or written.
int run_indexer(const IndexRunOptions& options, std::ostream& out);

}  // namespace podseek
