// Polite re-fetching of one feed the index knows (feed_state.hpp): a conditional GET with the
// remembered ETag / Last-Modified, where a 304 is "unchanged" without parsing; a permanent
// redirect (301, 308) or the feed's itunes:new-feed-url moves the remembered URL (episode ids stay:
// they come from the podcast title and each episode's number or guid, never from the URL).
// Thread safety: one call at a time per fetcher.
#pragma once

#include <string>
#include <vector>

#include "indexer/cli/source_reader.hpp"
#include "indexer/index/feed_state.hpp"

namespace podseek {

struct FeedRefresh {
  // kList: the URL served an OPML subscription list, not a feed (see `list`).
  enum class Outcome { kNotModified, kRead, kList, kFailed };
  Outcome outcome = Outcome::kFailed;
  FeedState state;        // what to remember next (kNotModified, kRead); state.podcast is the read title
  SourceRead read;        // the podcast, when kRead
  OpmlRead list;          // the feeds it names, when kList
  std::string error;      // when kFailed: names the URL and what went wrong
  std::vector<std::string> notes;  // e.g. "moved permanently to https://…"
};

// Fetches known.url (conditionally when known has validators) and reads it as a feed. A feed
// naming a new itunes:new-feed-url is fetched from there once (when that fails, the old one's
// content is used and a note says so). A URL that serves an OPML list is read as one (kList).
// Never throws for a bad feed: the error is in the result.
FeedRefresh refresh_feed(const FeedState& known, const SourceOptions& options);

}  // namespace podseek
