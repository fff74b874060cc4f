// Reads a podcast feed into a Podcast: RSS 2.0 (with the iTunes and Podcasting 2.0 namespaces),
// or Atom (RFC 4287, with the same namespaces inside <entry>: atom_parser.hpp).
// Messy feeds are read as far as possible: each problem is a warning naming its item.
// Thread safety: one call per thread per fetcher; the function keeps no state of its own.
#pragma once

#include <string>
#include <vector>

#include "common/episode.hpp"
#include "indexer/feed/feed_fetcher.hpp"
#include "indexer/feed/feed_options.hpp"

namespace podseek {

struct FeedParseResult {
  Podcast podcast;
  // Each names its place: `item 3 ("Title"): pubDate "yesterday" is not a date; left empty`,
  // or `feed: …` for the channel.
  std::vector<std::string> warnings;
  // itunes:author, itunes:owner and host names of the channel (feed_publisher.hpp): never guests.
  std::vector<std::string> publisher_names;
  // The channel's itunes:new-feed-url ("" when none): where the publisher says the feed now is.
  std::string new_feed_url;
  // Why the items read may not be all the feed has ("" when it is whole): XML that was not
  // well-formed (a download cut short reads as a shorter feed; an undeclared namespace prefix
  // alone is no reason), or a channel without items.
  // Pruning the podcast's other episodes on such a read would lose them (index_run.cpp).
  std::string maybe_incomplete;
  // Why the whole feed asks not to be listed (feed_block.hpp: itunes:block, podcast:block), "" when
  // it may be. A blocked feed gives its podcast's title and no episodes: none is to be indexed.
  std::string blocked;
  // The episode ids of items with itunes:block "yes": not in podcast.episodes, and to be removed
  // from the index if an earlier run indexed them.
  std::vector<std::string> blocked_episode_ids;
};

// Parses `xml`, an RSS feed or an Atom feed (by its root element), read from `source_url`; as
// parse_rss below, and for Atom as parse_atom (atom_parser.hpp) says. Throws InputError naming
// source_url when the text is not XML, or its root is neither <rss> nor an Atom <feed>.
FeedParseResult parse_feed(const std::string& xml, const std::string& source_url, FeedFetcher& fetcher,
                           const FeedOptions& options = {});

// Parses `xml`, an RSS feed read from `source_url` (a URL or a file path; relative chapter and transcript
// URLs are resolved against it and fetched with `fetcher`). Skipped with a warning: items with
// the guid of an earlier item, and items with neither title nor description. An episode number
// already taken (a new season restarting at 1) is dropped with a warning, since the number makes
// the episode's id. A channel with itunes:block or podcast:block (feed_block.hpp) gives
// `blocked` and no episodes. Throws InputError naming source_url when the text is not XML, has no
// <rss><channel>, or the channel has no title.
FeedParseResult parse_rss(const std::string& xml, const std::string& source_url, FeedFetcher& fetcher,
                          const FeedOptions& options = {});

// Fetches `url_or_path` with `fetcher` and parses it (parse_feed). Throws InputError when it cannot be fetched.
FeedParseResult read_feed(const std::string& url_or_path, FeedFetcher& fetcher, const FeedOptions& options = {});

}  // namespace podseek
