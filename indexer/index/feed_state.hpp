// What the index remembers of each feed it was filled from, for polite refreshing: the URL it
// is fetched from (after permanent redirects and itunes:new-feed-url moves) and the validators of
// the last response (ETag, Last-Modified), kept in Xapian metadata (`feed:<podcast title>`).
// Thread safety: as the Xapian database passed in (one writer; readers are independent).
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace podseek {

struct FeedState {
  std::string podcast;  // the podcast title, the key
  std::string url;      // an http(s) URL
  std::string etag;
  std::string last_modified;
};

// Every feed the database remembers, in podcast-title order. Entries that do not decode are
// skipped (a hand-edited index must not stop a refresh of the others).
std::vector<FeedState> read_feed_states(const Xapian::Database& db);

// The feeds of the index at db_path, or none when there is no index there yet.
std::vector<FeedState> read_feed_states(const std::string& db_path);

// Stores or replaces state.podcast's entry.
void write_feed_state(Xapian::WritableDatabase& db, const FeedState& state);

// Removes a podcast's entry (no-op when it has none).
void forget_feed_state(Xapian::WritableDatabase& db, const std::string& podcast);

}  // namespace podseek
